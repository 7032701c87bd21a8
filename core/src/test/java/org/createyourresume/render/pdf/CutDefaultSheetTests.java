package org.createyourresume.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.css.newmatch.Selector;
import com.openhtmltopdf.css.sheet.Ruleset;
import com.openhtmltopdf.css.sheet.Stylesheet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.theme.Theme;
import org.createyourresume.render.theme.ThemeCatalog;
import org.junit.jupiter.api.Test;

/**
 * The engine's default sheet cut to our pages' elements ({@link CutDefaultSheet}) gives the PDF the
 * whole sheet gives, byte for byte but for dates and id, in every template; every page our
 * templates write takes the cut sheet; and only selectors naming other elements are left out.
 */
class CutDefaultSheetTests {

  private final FontCatalog fonts = new FontCatalog();
  private final PdfWriter ours = new PdfWriter(fonts, EnumSet.allOf(PdfWriter.Shortcut.class));
  private final PdfWriter engines = new PdfWriter(
      fonts, EnumSet.complementOf(EnumSet.of(PdfWriter.Shortcut.CUT_DEFAULT_SHEET)));

  @Test
  void givesTheWholeSheetsPdfInEveryTemplate() throws Exception {
    int compared = 0;
    for (String name :
        List.of("full.json", "every-section.json", "greek.json", "cyrillic.json", "three-pages.json")) {
      Resume resume = TestResumes.load(name);
      for (Theme theme : ThemeCatalog.load().all()) {
        TestPages page = TestPages.of(fonts, resume, theme);
        assertThat(CutDefaultSheet.fits(XhtmlParser.parse(page.xhtml())))
            .as(name + " in " + theme.id() + " holds only the cut sheet's elements")
            .isTrue();
        page.assertSameBytes(ours, engines, name + " in " + theme.id());
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(5 * 13);
  }

  @Test
  void givesTheWholeSheetsPdfForOtherScripts() throws Exception {
    Theme classic = ThemeCatalog.load().find("classic").orElseThrow();
    for (String name : List.of("chinese", "arabic", "hebrew", "hindi")) {
      TestPages page = TestPages.of(fonts, TestResumes.load("scripts/" + name + ".json"), classic);
      page.assertSameBytes(ours, engines, name);
    }
  }

  @Test
  void aPageWithOtherElementsGetsTheWholeSheet() throws Exception {
    TestPages page = TestPages.of(
        fonts, TestResumes.load("full.json"), ThemeCatalog.load().find("classic").orElseThrow());
    // a table and an emphasis: elements the default sheet styles and our templates never write
    String other = page.xhtml().replaceFirst(
        "</body>", "<table><tr><td>cell <em>one</em></td></tr></table></body>");
    assertThat(CutDefaultSheet.fits(XhtmlParser.parse(other))).isFalse();
    assertThat(TestPages.withoutDatesAndId(ours.write(other, page.family()).pdf()))
        .isEqualTo(TestPages.withoutDatesAndId(engines.write(other, page.family()).pdf()));
  }

  @Test
  void leavesOutOnlySelectorsThatNameOtherElements() {
    Stylesheet whole = CutDefaultSheet.engines();
    List<String> dropped = new ArrayList<>();
    int kept = 0;
    for (Object each : whole.getContents()) {
      if (each instanceof Ruleset rules) {
        for (Selector selector : rules.getFSSelectors()) {
          Set<String> names = CutDefaultSheet.names(selector);
          if (CutDefaultSheet.ELEMENTS.containsAll(names)) {
            kept++;
          } else {
            dropped.add(selector.toString());
          }
        }
      }
    }
    assertThat(CutDefaultSheet.selectors()).isEqualTo(kept);
    assertThat(kept + dropped.size()).isEqualTo(CutDefaultSheet.count(whole));
    // most of the sheet is for elements our pages never hold
    assertThat(CutDefaultSheet.selectors()).isLessThan(CutDefaultSheet.count(whole) / 3);
    assertThat(dropped).isNotEmpty();
  }

  @Test
  void readsTheElementNamesOfEachCompound() {
    Stylesheet sheet = CutDefaultSheet.engines();
    List<String> seen = new ArrayList<>();
    for (Object each : sheet.getContents()) {
      if (each instanceof Ruleset rules) {
        for (Selector selector : rules.getFSSelectors()) {
          StringBuilder css = new StringBuilder();
          selector.toCSS(css, new java.util.HashSet<>());
          String text = css.toString().trim();
          switch (text) {
            case "table[align=\"center\"] > caption[align=\"left\"]" ->
                assertThat(CutDefaultSheet.names(selector)).containsExactlyInAnyOrder("table", "caption");
            case "ol ul" -> assertThat(CutDefaultSheet.names(selector)).containsExactlyInAnyOrder("ol", "ul");
            case "[dir=\"rtl\"]" -> assertThat(CutDefaultSheet.names(selector)).isEmpty();
            case "a:link" -> assertThat(CutDefaultSheet.names(selector)).containsExactly("a");
            default -> {
              continue;
            }
          }
          seen.add(text);
        }
      }
    }
    assertThat(seen).contains("ol ul", "[dir=\"rtl\"]", "a:link",
        "table[align=\"center\"] > caption[align=\"left\"]");
  }
}
