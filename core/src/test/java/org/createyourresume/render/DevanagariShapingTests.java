package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hindi drawn shaped, read from the glyphs each template's PDF draws: a conjunct is one glyph of
 * the font's own (not its letters and a visible virama), the short i sign stands before its
 * consonant, the layout measures the shaped text, and the text read back is the source, word for
 * word, with PDFBox and pdftotext.
 */
class DevanagariShapingTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  /** "kshatriya", with the conjunct क्ष and the short i sign before the conjunct त्र; "ki". */
  private static final String SUMMARY = "क्षत्रिय कि बैंकिंग क्षेत्र में पाँच वर्षों के अनुभव वाली डेटा विश्लेषक।";

  private static Resume resume;

  @BeforeAll
  static void resume() {
    String json = TestResumes.text("scripts/hindi.json");
    resume = new JsonResumeReader()
        .read(json.replace("बैंकिंग क्षेत्र में पाँच वर्षों के अनुभव वाली डेटा विश्लेषक।", SUMMARY))
        .resume();
    assertThat(resume.basicsOrEmpty().summary()).isEqualTo(SUMMARY);
  }

  static Stream<String> templates() {
    return RENDERER.templates().stream().map(TemplateInfo::id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void aConjunctIsTheFontsOwnGlyphAndTheShortISignStandsBeforeItsConsonant(String template) throws IOException {
    byte[] pdf = RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content();
    List<Glyph> glyphs = drawn(pdf);

    List<Glyph> kshatriya = word(glyphs, "क्षत्रिय");
    assertThat(kshatriya).as("glyphs standing for क्षत्रिय").isNotEmpty();
    assertThat(kshatriya.size()).as("glyphs for 8 characters").isLessThan("क्षत्रिय".length());
    Glyph ksha = kshatriya.get(0);
    assertThat(ksha.text()).startsWith("क्ष");
    for (int letter : new int[] {'क', '्', 'ष'}) {
      assertThat(ksha.outline()).as("क्ष is not drawn as U+%04X", letter).isNotEqualTo(nominal(ksha, letter));
    }

    List<Glyph> ki = word(glyphs, "कि");
    assertThat(ki).hasSize(2);
    Glyph ka = ki.stream().filter(g -> g.outline().equals(nominal(g, 'क'))).findFirst().orElseThrow();
    Glyph iSign = ki.get(0) == ka ? ki.get(1) : ki.get(0);
    assertThat(iSign.x()).as("the i sign's glyph is left of क").isLessThan(ka.x());

    assertThat(PdfFacts.flat(PdfFacts.of(pdf).text())).contains(SUMMARY);
  }

  @Test
  void theLayoutMeasuresTheShapedText() throws IOException {
    // Classic centres the name on the page: measured unshaped (wider, with visible viramas), the
    // shaped name would be drawn off centre by half the difference
    byte[] pdf = RENDERER.render(resume, RenderOptions.pdf().withTemplate("classic")).content();
    List<Glyph> name = word(drawn(pdf), "अनन्या");
    List<Glyph> surname = word(drawn(pdf), "शर्मा");
    float left = name.get(0).x();
    Glyph last = surname.get(surname.size() - 1);
    float right = last.x() + last.width();
    float pageCentre = PdfFacts.of(pdf).mediaBox()[0] / 2;
    assertThat((left + right) / 2).isCloseTo(pageCentre, org.assertj.core.data.Offset.offset(1f));
  }

  @Test
  void theSameResumeGivesTheSameBytes() {
    byte[] first = RENDERER.render(resume, RenderOptions.pdf()).content();
    byte[] second = RENDERER.render(resume, RenderOptions.pdf()).content();
    assertThat(PreviewRenderTests.withoutDatesAndId(second)).isEqualTo(PreviewRenderTests.withoutDatesAndId(first));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  @EnabledIfEnvironmentVariable(named = "CYR_TEST_PDFTOTEXT", matches = ".+")
  void pdftotextReadsTheShapedTextWordForWord(String template, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("resume.pdf");
    Files.write(file, RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content());
    Process process = new ProcessBuilder(System.getenv("CYR_TEST_PDFTOTEXT"), "-enc", "UTF-8", file.toString(), "-")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(PdfFacts.flat(text)).contains(SUMMARY, resume.basicsOrEmpty().name());
  }

  /** A glyph drawn as text: the text it stands for, where it is, and its outline's bounds. */
  private record Glyph(String text, float x, float width, String font, List<Float> outline) {}

  /** The glyphs drawn as text in Devanagari faces, in drawing order. */
  private static List<Glyph> drawn(byte[] pdf) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          if (text.getFont() instanceof PDType0Font type0
              && type0.getName().contains("Devanagari")
              && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
            try {
              int gid = cid.codeToGID(text.getCharacterCodes()[0]);
              glyphs.add(new Glyph(
                  text.getUnicode(), text.getX(), text.getWidth(), type0.getName(),
                  outline(cid.getTrueTypeFont().getGlyph().getGlyph(gid))));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          super.processTextPosition(text);
        }
      };
      stripper.getText(document);
    }
    return glyphs;
  }

  /** The run of consecutive glyphs whose texts make up {@code word} exactly, or none. */
  private static List<Glyph> word(List<Glyph> glyphs, String word) {
    for (int from = 0; from < glyphs.size(); from++) {
      StringBuilder text = new StringBuilder();
      for (int to = from; to < glyphs.size() && word.startsWith(text.toString()); to++) {
        text.append(glyphs.get(to).text());
        if (text.toString().equals(word)) {
          return glyphs.subList(from, to + 1);
        }
      }
    }
    return List.of();
  }

  /** The bounds of the font's own glyph for {@code letter}, in the bundled face {@code glyph} was drawn in. */
  private static List<Float> nominal(Glyph glyph, int letter) {
    String name = glyph.font().substring(glyph.font().indexOf('+') + 1);
    String folder = name.startsWith("NotoSerif") ? "noto-serif-devanagari" : "noto-sans-devanagari";
    try (InputStream in = DevanagariShapingTests.class.getResourceAsStream(
        "/org/createyourresume/render/fonts/" + folder + "/" + name + ".ttf")) {
      TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBuffer(in));
      return outline(face.getGlyph().getGlyph(face.getUnicodeCmapLookup().getGlyphId(letter)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Float> outline(GlyphData data) {
    if (data == null) {
      return List.of();
    }
    return List.of(
        data.getBoundingBox().getLowerLeftX(), data.getBoundingBox().getLowerLeftY(),
        data.getBoundingBox().getUpperRightX(), data.getBoundingBox().getUpperRightY(),
        (float) data.getDescription().getPointCount());
  }
}
