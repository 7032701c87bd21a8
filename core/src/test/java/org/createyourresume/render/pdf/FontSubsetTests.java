package org.createyourresume.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.PdfFacts;
import org.createyourresume.render.theme.Theme;
import org.createyourresume.render.theme.ThemeCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faces cut to the page's characters before layout ({@link FontSubsets}) give the PDF the faces
 * loaded whole give, for its text, its layout and its fonts, and a character the cut did not
 * foresee still prints.
 */
class FontSubsetTests {

  private final FontCatalog fonts = new FontCatalog();
  private final PdfWriter cut = new PdfWriter(fonts, EnumSet.allOf(PdfWriter.Shortcut.class));
  private final PdfWriter whole = new PdfWriter(fonts, EnumSet.complementOf(EnumSet.of(PdfWriter.Shortcut.CUT_FACES)));

  @Test
  void cutFacesGiveTheSameTextAndLayoutAsWholeFacesInEveryTemplate(@TempDir Path dir)
      throws Exception {
    int compared = 0;
    for (String name : List.of("full.json", "three-pages.json", "accented.json", "greek.json", "cyrillic.json", "ligatures.json")) {
      Resume resume = TestResumes.load(name);
      for (Theme theme : ThemeCatalog.load().all()) {
        TestPages page = TestPages.of(fonts, resume, theme);
        String xhtml = page.xhtml();
        FontFamily family = page.family();
        PdfWriter.Written a = cut.write(xhtml, family);
        PdfWriter.Written b = whole.write(xhtml, family);
        String what = name + " in " + theme.id();
        assertThat(a.pages()).as(what).isEqualTo(b.pages());
        PdfFacts cutFacts = PdfFacts.of(a.pdf());
        PdfFacts wholeFacts = PdfFacts.of(b.pdf());
        assertThat(cutFacts.text()).as(what).isEqualTo(wholeFacts.text());
        assertThat(cutFacts.lines()).as(what).isEqualTo(wholeFacts.lines());
        assertThat(names(cutFacts)).as(what).isEqualTo(names(wholeFacts));
        assertThat(cutFacts.fonts()).as(what).allMatch(f -> f.embedded() && f.unicodeMap());
        String pdftotext = System.getenv("CYR_TEST_PDFTOTEXT");
        if (pdftotext != null) {
          assertThat(pdftotext(pdftotext, a.pdf(), dir)).as(what).isEqualTo(pdftotext(pdftotext, b.pdf(), dir));
        }
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(6 * 13);
    // the characters were all foreseen: no page had to be laid out again
    assertThat(cut.rewrites()).isZero();
  }

  @Test
  void aCharacterOnlyInGeneratedContentOrAPageNumberStillPrints() throws IOException {
    FontFamily family = fonts.find("Carlito").orElseThrow();
    // the arrow comes only from a CSS escape; no digit is in the text, only in the page counter
    String xhtml =
        page(
            "p.lead:before { content: \"\\2192  \"; } @page { @bottom-right { content: \"Seite \" counter(page); font-family: 'Carlito'; } }",
            "<p class=\"lead\">Lead</p><p style=\"page-break-before: always\">Second</p>");
    PdfFacts facts = PdfFacts.of(cut.write(xhtml, family).pdf());
    assertThat(PdfFacts.flat(facts.text())).contains("\u2192 Lead").contains("Seite 2");
    assertThat(cut.rewrites()).isZero();
  }

  @Test
  void aCharacterTheCutDidNotForeseeStillPrints() throws IOException {
    FontFamily family = fonts.find("Carlito").orElseThrow();
    // the faces cut to the base characters only, as if the Greek of the page had not been seen:
    // the engine measures Greek, and the page is written again with the whole faces
    String xhtml = page("", "<p>Omega Ω and ω in Carlito</p>");
    PageCharacters base = PageCharacters.of("");
    assertThat(base.contains('\u03a9')).isFalse();
    PdfWriter.Written written = cut.write(xhtml, family, base);
    assertThat(cut.rewrites()).isEqualTo(1);
    assertThat(PdfFacts.flat(PdfFacts.of(written.pdf()).text())).contains("Omega Ω and ω in Carlito");
    assertThat(withoutDatesAndId(written.pdf())).isEqualTo(withoutDatesAndId(whole.write(xhtml, family).pdf()));
  }

  @Test
  void theSamePageGivesTheSameBytesAndTheSameCutFonts() throws IOException {
    FontFamily family = fonts.find("Carlito").orElseThrow();
    String xhtml = page("", "<p>Zoë Łukasiewicz, Ørsted – “Straße” № 5 … ΑΒΓ</p>");
    byte[] first = cut.write(xhtml, family).pdf();
    byte[] second = cut.write(xhtml, family).pdf();
    assertThat(withoutDatesAndId(second)).isEqualTo(withoutDatesAndId(first));
    // a new catalog (as in another process) cuts the very same font programs
    PageCharacters characters = PageCharacters.of(xhtml);
    FontSubsets one = new FontSubsets(4, 1 << 20);
    FontSubsets other = new FontSubsets(4, 1 << 20);
    byte[] a = one.program("face", fonts.face(family, FontFace.REGULAR), characters);
    byte[] b = other.program("face", new FontCatalog().face(family, FontFace.REGULAR), characters);
    assertThat(a).isEqualTo(b);
    assertThat(one.program("face", fonts.face(family, FontFace.REGULAR), PageCharacters.of(xhtml))).isSameAs(a);
  }

  @Test
  void aCutFaceKeepsEveryCharacterOfTheSetAndItsWidths() throws IOException {
    FontFamily family = fonts.find("Noto Serif").orElseThrow();
    TrueTypeFont full = fonts.face(family, FontFace.BOLD);
    PageCharacters characters = PageCharacters.of("<p>Ünïcödé Ωμέγα Жизнь ǅ</p>");
    // the case of each character comes along
    assertThat(characters.contains('\u03a9')).isTrue();
    assertThat(characters.contains('\u03c9')).isTrue();
    assertThat(characters.contains('\u0416')).isTrue();
    assertThat(characters.contains('\u0436')).isTrue();
    assertThat(characters.contains('\u01c4')).isTrue();
    assertThat(characters.contains('\u01c6')).isTrue();
    TrueTypeFont subset =
        new TTFParser()
            .parse(new RandomAccessReadBuffer(new FontSubsets(2, 1 << 20).program("face", full, characters)));
    assertThat(subset.getNumberOfGlyphs()).isLessThan(full.getNumberOfGlyphs() / 3);
    List<String> wrong = new ArrayList<>();
    characters.forEach(
        c -> {
          try {
            int was = full.getUnicodeCmapLookup().getGlyphId(c);
            int now = subset.getUnicodeCmapLookup().getGlyphId(c);
            if ((was == 0) != (now == 0)
                || (was != 0 && full.getAdvanceWidth(was) != subset.getAdvanceWidth(now))) {
              wrong.add(Integer.toHexString(c));
            }
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    assertThat(wrong).isEmpty();
    assertThat(subset.getName()).matches("[A-Z]{6}\\+NotoSerif-Bold");
  }

  @Test
  void theSetHoldsTheTextAndTheStylesStringsNotTheMarkup() {
    PageCharacters characters =
        PageCharacters.of(
            "<html><head><style>.q:before { content: \"\u0416\\2192\"; } .k { color: red; }</style></head>"
                + "<body><div class=\"zzz\">Ab &#x3a9; &#937;</div></body></html>");
    assertThat(characters.contains('A')).isTrue();
    assertThat(characters.contains('a')).isTrue(); // the other case of A
    assertThat(characters.contains('B')).isTrue();
    assertThat(characters.contains('\u0416')).isTrue();
    assertThat(characters.contains('\u2192')).isTrue();
    assertThat(characters.contains('\u03a9')).isTrue();
    // not from element names, attributes or the CSS outside its strings
    assertThat(characters.contains('z')).isFalse();
    assertThat(characters.contains('k')).isFalse();
    assertThat(characters.contains('y')).isFalse();
  }

  @Test
  void theCacheStaysWithinItsBounds() throws IOException {
    FontFamily family = fonts.find("Carlito").orElseThrow();
    TrueTypeFont face = fonts.face(family, FontFace.REGULAR);
    FontSubsets subsets = new FontSubsets(5, 200_000);
    long largest = 0;
    for (int i = 0; i < 40; i++) {
      // each page brings other letters of Latin Extended-A, Greek or Cyrillic
      String text = new String(Character.toChars(0x100 + 16 * (i % 30)));
      largest = Math.max(largest, subsets.program("face", face, PageCharacters.of(text + i)).length);
      assertThat(subsets.size()).isLessThanOrEqualTo(5);
      assertThat(subsets.bytes()).isLessThanOrEqualTo(200_000);
    }
    assertThat(subsets.size()).isPositive();
    assertThat(largest).isLessThan(200_000);
  }

  private static List<String> names(PdfFacts facts) {
    // the cut faces' names carry another subset tag
    return facts.fonts().stream().map(f -> f.name().replaceFirst("^[A-Z]{6}\\+", "")).sorted().toList();
  }

  private static String page(String css, String body) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title>"
        + "<style>body { font-family: 'Carlito'; } " + css + "</style></head><body>" + body + "</body></html>";
  }

  private static String pdftotext(String tool, byte[] pdf, Path dir) throws Exception {
    Path in = Files.createTempFile(dir, "page", ".pdf");
    Files.write(in, pdf);
    Process process = new ProcessBuilder(tool, "-layout", in.toString(), "-").redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return text;
  }

  /** The PDF with its creation and modification dates and its document id blanked. */
  private static String withoutDatesAndId(byte[] pdf) {
    return new String(pdf, StandardCharsets.ISO_8859_1)
        .replaceAll("D:\\d{14}[^)]*", "D:")
        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)?", "T")
        .replaceAll("/ID ?\\[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>]", "/ID");
  }
}
