package org.createyourresume.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The preview cache stays within its bounds however many different pages pass through it. */
class PdfCacheTests {

  private static final FontFamily CARLITO =
      new FontCatalog().find("Carlito").orElseThrow();

  @Test
  void manyDifferentPagesStayWithinTheEntryAndByteBounds() {
    PdfCache cache = new PdfCache(20, 1_000_000);
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      byte[] pdf = new byte[30_000 + random.nextInt(90_000)];
      cache.put(PdfCache.key("<p>resume " + i + "</p>", CARLITO), new PdfWriter.Written(pdf, 1));
      assertThat(cache.size()).isLessThanOrEqualTo(20);
      assertThat(cache.bytes()).isLessThanOrEqualTo(1_000_000);
    }
    assertThat(cache.size()).isPositive();
    // the newest page is kept, the oldest long gone
    assertThat(cache.get(PdfCache.key("<p>resume 1999</p>", CARLITO))).isPresent();
    assertThat(cache.get(PdfCache.key("<p>resume 0</p>", CARLITO))).isEmpty();
  }

  @Test
  void theLeastRecentlyUsedGoesFirstAndTheCountOfBytesFollows() {
    PdfCache cache = new PdfCache(2, 10_000);
    PdfCache.Key a = PdfCache.key("a", CARLITO);
    PdfCache.Key b = PdfCache.key("b", CARLITO);
    PdfCache.Key c = PdfCache.key("c", CARLITO);
    cache.put(a, new PdfWriter.Written(new byte[100], 1));
    cache.put(b, new PdfWriter.Written(new byte[200], 1));
    cache.get(a); // a is now the most recently used
    cache.put(c, new PdfWriter.Written(new byte[300], 1));
    assertThat(cache.get(b)).isEmpty();
    assertThat(cache.get(a)).isPresent();
    assertThat(cache.bytes()).isEqualTo(400);
    cache.put(a, new PdfWriter.Written(new byte[50], 1));
    assertThat(cache.bytes()).isEqualTo(350);
  }

  @Test
  void thePageAndTheFontFamilyBothMakeTheKey() {
    FontFamily other = new FontCatalog().find("Noto Serif").orElseThrow();
    assertThat(PdfCache.key("<p>x</p>", CARLITO)).isEqualTo(PdfCache.key("<p>x</p>", CARLITO));
    assertThat(PdfCache.key("<p>x</p>", CARLITO)).isNotEqualTo(PdfCache.key("<p>y</p>", CARLITO));
    assertThat(PdfCache.key("<p>x</p>", CARLITO)).isNotEqualTo(PdfCache.key("<p>x</p>", other));
  }

  @Test
  void aPdfLargerThanTheWholeCacheIsNotKept() {
    PdfCache cache = new PdfCache(4, 1_000);
    cache.put(PdfCache.key("big", CARLITO), new PdfWriter.Written(new byte[1_001], 1));
    assertThat(cache.size()).isZero();
    assertThat(cache.bytes()).isZero();
  }
}
