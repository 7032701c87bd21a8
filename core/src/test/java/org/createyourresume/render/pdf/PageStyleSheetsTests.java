package org.createyourresume.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.theme.Theme;
import org.createyourresume.render.theme.ThemeCatalog;
import org.junit.jupiter.api.Test;

/**
 * Pages laid out with their style sheet parsed once ({@link PageStyleSheets}) give the PDF the
 * engine gives when it parses the sheet every time, alone and from several threads at once, and
 * the kept sheets stay within their bound.
 */
class PageStyleSheetsTests {

  private final FontCatalog fonts = new FontCatalog();
  private final PdfWriter kept = new PdfWriter(fonts, EnumSet.allOf(PdfWriter.Shortcut.class));
  private final PdfWriter parsed =
      new PdfWriter(fonts, EnumSet.complementOf(EnumSet.of(PdfWriter.Shortcut.KEPT_STYLE_SHEETS)));

  @Test
  void keptSheetsGiveTheSamePdfInEveryTemplate() throws Exception {
    int compared = 0;
    for (String name : List.of("full.json", "every-section.json", "greek.json", "three-pages.json")) {
      Resume resume = TestResumes.load(name);
      for (Theme theme : ThemeCatalog.load().all()) {
        TestPages page = TestPages.of(fonts, resume, theme);
        String expected = TestPages.withoutDatesAndId(parsed.write(page.xhtml(), page.family()).pdf());
        // the first render parses and keeps the sheet, the second takes the kept one
        for (int i = 0; i < 2; i++) {
          assertThat(TestPages.withoutDatesAndId(kept.write(page.xhtml(), page.family()).pdf()))
              .as(name + " in " + theme.id() + ", render " + (i + 1))
              .isEqualTo(expected);
        }
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(4 * 13);
  }

  @Test
  void threadsSharingKeptSheetsGiveTheSamePdfs() throws Exception {
    List<TestPages> pages = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (String template : List.of("classic", "modern", "compact")) {
      TestPages page = TestPages.of(
          fonts, TestResumes.load("full.json"), ThemeCatalog.load().find(template).orElseThrow());
      pages.add(page);
      expected.add(TestPages.withoutDatesAndId(parsed.write(page.xhtml(), page.family()).pdf()));
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> same = new ArrayList<>();
      for (int i = 0; i < 48; i++) {
        int which = i % pages.size();
        same.add(threads.submit(() -> {
          TestPages page = pages.get(which);
          return TestPages.withoutDatesAndId(kept.write(page.xhtml(), page.family()).pdf())
              .equals(expected.get(which));
        }));
      }
      for (Future<Boolean> each : same) {
        assertThat(each.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void keepsABoundedNumberOfSheetsAndNoLongOnes() throws Exception {
    String json = TestResumes.text("every-section.json");
    Theme classic = ThemeCatalog.load().find("classic").orElseThrow();
    for (int i = 0; i < PageStyleSheets.KEPT + 6; i++) {
      // a design of its own for each page: another accent colour, another style sheet
      Resume resume = new JsonResumeReader()
          .read(json.replace("#7C2D12", String.format("#%06X", 0x102030 + i)))
          .resume();
      TestPages page = TestPages.of(fonts, resume, classic);
      kept.write(page.xhtml(), page.family());
      assertThat(PageStyleSheets.size()).isLessThanOrEqualTo(PageStyleSheets.KEPT);
    }
    assertThat(PageStyleSheets.size()).isEqualTo(PageStyleSheets.KEPT);

    TestPages page = TestPages.of(fonts, TestResumes.load("full.json"), classic);
    String padded = page.xhtml().replace(
        "<style>", "<style>/*" + "x".repeat(PageStyleSheets.KEPT_CHARACTERS) + "*/");
    assertThat(padded).isNotEqualTo(page.xhtml());
    assertThat(TestPages.withoutDatesAndId(kept.write(padded, page.family()).pdf()))
        .isEqualTo(TestPages.withoutDatesAndId(parsed.write(padded, page.family()).pdf()));
    assertThat(PageStyleSheets.keepsOneStartingWith("/*xxx")).isFalse();
  }
}
