package org.createyourresume.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadWriteBuffer;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.theme.Theme;
import org.createyourresume.render.theme.ThemeCatalog;
import org.junit.jupiter.api.Test;

/**
 * Streams kept in the thread's arrays ({@link StreamMemory}) give the PDF PDFBox's memory gives,
 * byte for byte but for dates and id; a buffer reads and writes as PDFBox's own; and the arrays a
 * thread keeps stay within their bound after many different pages, fonts and scripts.
 */
class StreamMemoryTests {

  private final FontCatalog fonts = new FontCatalog();
  private final PdfWriter ours = new PdfWriter(fonts, EnumSet.allOf(PdfWriter.Shortcut.class));
  private final PdfWriter pdfboxes = new PdfWriter(
      fonts, EnumSet.complementOf(EnumSet.of(PdfWriter.Shortcut.KEPT_STREAM_MEMORY)));

  @Test
  void givesPdfBoxsPdfInEveryTemplate() throws Exception {
    int compared = 0;
    for (String name : List.of("full.json", "every-section.json", "cyrillic.json", "three-pages.json")) {
      for (Theme theme : ThemeCatalog.load().all()) {
        TestPages page = TestPages.of(fonts, TestResumes.load(name), theme);
        // twice: the second render takes the arrays the first one handed back
        for (int i = 0; i < 2; i++) {
          page.assertSameBytes(ours, pdfboxes, name + " in " + theme.id());
        }
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(4 * 13);
  }

  @Test
  void keepsABoundedNumberOfArraysAfterManyDifferentPages() throws Exception {
    Theme classic = ThemeCatalog.load().find("classic").orElseThrow();
    List<String> names = List.of(
        "full.json", "greek.json", "ligatures.json", "academic-cv.json", "accented.json",
        "scripts/chinese.json", "scripts/japanese.json", "scripts/korean.json", "scripts/arabic.json",
        "scripts/hebrew.json", "scripts/hindi.json", "three-pages.json");
    for (Theme theme : ThemeCatalog.load().all()) {
      for (String name : names) {
        Resume resume = TestResumes.load(name);
        TestPages page = TestPages.of(fonts, resume, name.startsWith("scripts/") ? classic : theme);
        ours.write(page.xhtml(), page.family());
        assertThat(StreamMemory.keptArrays()).isLessThanOrEqualTo(StreamMemory.KEPT_ARRAYS);
      }
    }
    assertThat(StreamMemory.keptArrays()).isPositive();
  }

  @Test
  void readsWritesAndSeeksAsPdfBoxsBuffer() throws Exception {
    try (StreamMemory memory = new StreamMemory();
        RandomAccessReadWriteBuffer theirs = new RandomAccessReadWriteBuffer()) {
      RandomAccess mine = memory.createBuffer();
      byte[] block = new byte[10_000];
      for (int i = 0; i < block.length; i++) {
        block[i] = (byte) (i * 31);
      }
      for (RandomAccess each : List.of(mine, theirs)) {
        each.write(block);
        each.write(7);
        each.seek(5);
        each.write(new byte[] {1, 2, 3}, 1, 2);
      }
      assertThat(mine.length()).isEqualTo(theirs.length());
      assertThat(mine.getPosition()).isEqualTo(theirs.getPosition());
      for (long at : new long[] {0, 4, 5, 6, 7, 9_999, 10_000, 10_001, 20_000}) {
        mine.seek(at);
        theirs.seek(at);
        assertThat(mine.getPosition()).as("position after seeking " + at).isEqualTo(theirs.getPosition());
        assertThat(mine.read()).as("byte at " + at).isEqualTo(theirs.read());
        assertThat(mine.isEOF()).isEqualTo(theirs.isEOF());
      }
      mine.seek(0);
      theirs.seek(0);
      byte[] a = new byte[4096];
      byte[] b = new byte[4096];
      int readMine;
      do {
        readMine = mine.read(a, 0, a.length);
        assertThat(readMine).isEqualTo(theirs.read(b, 0, b.length));
        assertThat(a).isEqualTo(b);
      } while (readMine > 0);
      mine.clear();
      theirs.clear();
      assertThat(mine.length()).isEqualTo(theirs.length()).isZero();
      mine.close();
      assertThat(mine.isClosed()).isTrue();
      assertThatThrownBy(mine::read).isInstanceOf(IOException.class);
    }
  }

  @Test
  void anotherThreadsCloseKeepsNothingForIt() throws Exception {
    StreamMemory memory = new StreamMemory();
    RandomAccess buffer = memory.createBuffer();
    buffer.write(new byte[100]);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> kept = other.submit(() -> {
        memory.close();
        return StreamMemory.keptArrays();
      });
      assertThat(kept.get()).isZero();
      assertThat(buffer.isClosed()).isTrue();
    } finally {
      other.shutdownNow();
    }
  }
}
