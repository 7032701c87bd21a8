package org.createyourresume.ats.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.ResumeRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading PDFs: text, spans and facts; and refusing hostile ones quickly with a clear message. */
class PdfExtractorTests {

  private static final Duration BOUND = Duration.ofSeconds(15);
  private final PdfExtractor pdf = new PdfExtractor(AtsLimits.DEFAULT);

  @Test
  void readsOurPdfWithSpansWeightsAndFacts() {
    byte[] bytes = ResumeRenderer.create().render(TestResumes.load("full.json"), RenderOptions.pdf()).content();
    ExtractedDocument doc = pdf.extract(bytes);
    assertThat(doc.format()).isEqualTo(SourceFormat.PDF);
    assertThat(doc.pages()).isEqualTo(1);
    LayoutLine entry = doc.lines().stream().filter(l -> l.text().startsWith("Finlo Payments")).findFirst().orElseThrow();
    assertThat(entry.spans()).hasSize(2);
    assertThat(entry.spans().get(0).bold()).isTrue();
    assertThat(entry.spans().get(1).text()).isEqualTo("Mar 2021 – Present");
    DocumentFacts facts = doc.facts();
    assertThat(facts.tagged()).isTrue();
    assertThat(facts.unmappedGlyphs()).isZero();
    assertThat(facts.hiddenGlyphs()).isZero();
    assertThat(facts.images()).isEmpty();
    assertThat(facts.tables()).isZero();
    assertThat(facts.columns()).isEmpty();
    assertThat(facts.fonts()).isNotEmpty().allMatch(f -> f.embedded() && f.unicodeMap());
  }

  @Test
  void aPasswordProtectedPdfIsRefused() throws Exception {
    byte[] locked = HostileFiles.encryptedPdf("user-secret");
    assertThatThrownBy(() -> pdf.extract(locked))
        .isInstanceOfSatisfying(AtsException.class, e -> {
          assertThat(e.code()).isEqualTo("file.encrypted");
          assertThat(e.isUserError()).isTrue();
        })
        .hasMessageContaining("password");
  }

  @Test
  void aPdfThatForbidsCopyingIsReadAndMarked() throws Exception {
    ExtractedDocument doc = pdf.extract(HostileFiles.encryptedPdf(""));
    assertThat(doc.facts().copyRestricted()).isTrue();
    assertThat(doc.text()).contains("secret@example.com");
  }

  @Test
  void garbageAfterAPdfHeaderIsACorruptFile() {
    byte[] junk = ("%PDF-1.7\n" + "x".repeat(5000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> pdf.extract(junk))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.corrupt"))
        .hasMessageContaining("not a readable PDF");
  }

  @Test
  void aTruncatedPdfIsRefusedOrReadButNeverCrashes() throws Exception {
    byte[] whole = HostileFiles.simplePdf("Ann Smith ann@example.com");
    byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
    assertTimeoutPreemptively(BOUND, () -> {
      try {
        pdf.extract(half);
      } catch (AtsException e) {
        assertThat(e.code()).isEqualTo("file.corrupt");
      }
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 50, 80, 95})
  void aPdfCutShortIsRefusedAsIncompleteNotReadAsAScan(int percent) throws Exception {
    byte[] whole = HostileFiles.simplePdf("Ann Smith ann@example.com");
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length * percent / 100);
    assertTimeoutPreemptively(BOUND, () ->
        assertThatThrownBy(() -> pdf.extract(cut))
            .isInstanceOfSatisfying(AtsException.class,
                e -> assertThat(e.code()).isEqualTo("file.corrupt"))
            .message()
            .containsAnyOf("incomplete", "cut short")
            .doesNotContain("scan", "text layer"));
    assertThat(pdf.extract(whole).lines()).isNotEmpty();
  }

  @Test
  void aPdfWithoutItsCatalogueIsRefusedInOurOwnWords() {
    byte[] noRoot = ("%PDF-1.4\n1 0 obj\n<< /Type /Page >>\nendobj\ntrailer\n<< /Size 2 >>\n"
        + "%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> pdf.extract(noRoot))
        .isInstanceOfSatisfying(AtsException.class,
            e -> assertThat(e.code()).isEqualTo("file.corrupt"))
        .hasMessageContaining("not a readable PDF")
        .message()
        .doesNotContainIgnoringCase("trailer")
        .doesNotContain("root object", "(");
  }

  @Test
  void aFlateBombIsStoppedAtTheUnpackedSizeLimit() throws Exception {
    byte[] bomb = HostileFiles.flateBombPdf(96);
    assertThat(bomb.length).isLessThan(1024 * 1024);
    long before = usedMemory();
    assertTimeoutPreemptively(BOUND, () ->
        assertThatThrownBy(() -> pdf.extract(bomb))
            .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.hostile"))
            .hasMessageContaining("unpacks to more than 64 MB"));
    assertThat(usedMemory() - before).isLessThan(256L * 1024 * 1024);
  }

  @Test
  void tooManyPagesAreRefused() throws Exception {
    byte[] pages = HostileFiles.manyPagesPdf(60);
    assertThatThrownBy(() -> pdf.extract(pages))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.too-many-pages"))
        .hasMessageContaining("60 pages");
  }

  @Test
  void aFormThatDrawsItselfEndsInBoundedTime() throws Exception {
    byte[] loop = HostileFiles.recursiveFormPdf();
    assertTimeoutPreemptively(BOUND, () -> {
      try {
        ExtractedDocument doc = pdf.extract(loop);
        assertThat(doc.text()).isEmpty();
      } catch (AtsException e) {
        assertThat(e.code()).isIn("file.hostile", "file.timeout", "file.corrupt");
      }
    });
  }

  @Test
  void readingStopsAtTheDeadline() {
    byte[] bytes = ResumeRenderer.create().render(TestResumes.load("three-pages.json"), RenderOptions.pdf()).content();
    PdfExtractor hurried = new PdfExtractor(AtsLimits.DEFAULT.withTimeout(Duration.ZERO));
    assertThatThrownBy(() -> hurried.extract(bytes))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.timeout"))
        .hasMessageContaining("took longer than");
  }

  private static long usedMemory() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  @Test
  void tagsSetSideBySideAsBoxesAreSeparateSpansButStretchedWordSpacesAreNot() {
    DrawnPdf drawn = DrawnPdf.a4();
    float x = 60;
    for (String tag : new String[] {"Java", " Go", " SQL", " Domain-driven design"}) {
      drawn.text(x, 100, 10, false, tag);
      x += DrawnPdf.width(tag, 10, false) + 5; // a tag's padding and margin: ink, no characters
    }
    x = 60;
    for (String word : new String[] {"Cut", " costs", " by", " ten", " percent"}) {
      drawn.text(x, 130, 10, false, word);
      x += DrawnPdf.width(word, 10, false) + 2; // a justified line's stretched spaces
    }
    ExtractedDocument doc = pdf.extract(drawn.bytes(DrawnPdf.Order.AS_ADDED));
    assertThat(doc.lines()).hasSize(2);
    assertThat(doc.lines().get(0).spans()).extracting(s -> s.text())
        .containsExactly("Java", "Go", "SQL", "Domain-driven design");
    assertThat(doc.lines().get(1).spans()).extracting(s -> s.text()).containsExactly("Cut costs by ten percent");
  }
}
