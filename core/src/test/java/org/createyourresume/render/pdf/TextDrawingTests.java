package org.createyourresume.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.theme.Theme;
import org.createyourresume.render.theme.ThemeCatalog;
import org.junit.jupiter.api.Test;

/**
 * Text drawn without the engine measuring it first ({@link CachedWidthTextRenderer}) gives the PDF
 * the engine gives, byte for byte but for the creation date and document id: in every template,
 * and for text the first face cannot print (other scripts drawn in fallback faces, shaped
 * Devanagari, right-to-left text), which is left to the engine.
 */
class TextDrawingTests {

  private final FontCatalog fonts = new FontCatalog();
  private final PdfWriter ours = new PdfWriter(fonts, EnumSet.allOf(PdfWriter.Shortcut.class));
  private final PdfWriter engines = new PdfWriter(
      fonts, EnumSet.complementOf(EnumSet.of(PdfWriter.Shortcut.DRAWN_WITHOUT_MEASURING)));

  @Test
  void givesTheEnginesPdfInEveryTemplate() throws Exception {
    int compared = 0;
    for (String name : List.of("full.json", "greek.json", "cyrillic.json", "ligatures.json", "three-pages.json")) {
      compared += compareInEveryTemplate(TestResumes.load(name), name);
    }
    assertThat(compared).isGreaterThanOrEqualTo(5 * 13);
  }

  @Test
  void givesTheEnginesPdfForTextInFallbackFaces() throws Exception {
    Theme classic = ThemeCatalog.load().find("classic").orElseThrow();
    for (String name : List.of("chinese", "japanese", "korean", "arabic", "hebrew", "hindi")) {
      Resume resume = TestResumes.load("scripts/" + name + ".json");
      TestPages page = TestPages.of(fonts, resume, classic);
      page.assertSameBytes(ours, engines, name);
    }
  }

  private int compareInEveryTemplate(Resume resume, String name) throws Exception {
    int compared = 0;
    for (Theme theme : ThemeCatalog.load().all()) {
      TestPages page = TestPages.of(fonts, resume, theme);
      page.assertSameBytes(ours, engines, name + " in " + theme.id());
      compared++;
    }
    return compared;
  }
}
