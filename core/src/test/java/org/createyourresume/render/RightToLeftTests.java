package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An Arabic or Hebrew resume mirrors its page in every format that has a layout. */
class RightToLeftTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  @ParameterizedTest(name = "{0} in {2}")
  @CsvSource({
    "scripts/arabic.json, الخبرة العملية, classic",
    "scripts/arabic.json, الخبرة العملية, timeline",
    "scripts/hebrew.json, ניסיון תעסוקתי, modern",
  })
  void headingsStartAtTheRightAndDatesSitAtTheLeft(String fixture, String heading, String template) {
    Resume resume = TestResumes.load(fixture);
    var pdf = PdfFacts.of(RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content());
    float pageWidth = pdf.mediaBox()[0];
    var headingLine = pdf.lines().stream().filter(l -> l.text().strip().equals(heading)).findFirst().orElseThrow();
    assertThat(headingLine.x()).as("left edge of the heading").isGreaterThan(pageWidth / 2);
    // the first job's row: the employer at the right, its dates (the digits) in the left half
    String employer = resume.workList().get(0).name();
    float baseline = pdf.lines().stream()
        .filter(l -> Normalizer.normalize(l.text(), Normalizer.Form.NFKC).contains(employer))
        .findFirst().orElseThrow().baseline();
    List<TextPosition> row = glyphs(RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content())
        .stream().filter(g -> Math.abs(g.getYDirAdj() - baseline) < 1).toList();
    assertThat(row).anyMatch(g -> g.getXDirAdj() > pageWidth * 0.75);
    assertThat(row).filteredOn(g -> Character.isDigit(g.getUnicode().charAt(0))).isNotEmpty()
        .allMatch(g -> g.getXDirAdj() + g.getWidthDirAdj() < pageWidth / 2);

    // the same resume in English reads from the left
    Resume english = resume.withDesign(resume.design().withLanguage("en"));
    var ltr = PdfFacts.of(RENDERER.render(english, RenderOptions.pdf().withTemplate(template)).content());
    var experience = ltr.lines().stream().filter(l -> l.text().strip().equalsIgnoreCase("Experience")).findFirst().orElseThrow();
    assertThat(experience.x()).isLessThan(pageWidth / 4);
  }

  @Test
  void aMirroredSidebarKeepsItsRuleOnTheSideFacingTheMainColumn() throws IOException {
    Resume resume = TestResumes.load("scripts/arabic.json");
    byte[] pdf = RENDERER.render(resume, RenderOptions.pdf().withTemplate("atlas")).content();
    // the sidebar (skills) is at the left of the mirrored page
    String group = resume.skillList().get(0).name();
    float sidebarLeft = PdfFacts.of(pdf).lines().stream()
        .filter(l -> Normalizer.normalize(l.text(), Normalizer.Form.NFKC).contains(group))
        .findFirst().orElseThrow().x();
    float half = PdfFacts.of(pdf).mediaBox()[0] / 2;
    assertThat(sidebarLeft).as("the sidebar is at the left").isLessThan(half);
    // the rule: the tallest run of inked pixels in one column of the left half, at 72 dpi
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImage(0, 1f);
      int ruleX = -1;
      int longest = 0;
      for (int x = 0; x < page.getWidth() / 2; x++) {
        int run = 0;
        for (int y = 0; y < page.getHeight(); y++) {
          run = (page.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : run + 1;
          if (run > longest) {
            longest = run;
            ruleX = x;
          }
        }
      }
      assertThat(longest).as("height of the sidebar rule in points").isGreaterThan(20);
      // right-aligned, the skills line starts inside the sidebar; the rule must not be left of it
      assertThat((float) ruleX).as("the rule is right of the sidebar's text").isGreaterThan(sidebarLeft).isLessThan(half);
    }
  }

  private static List<TextPosition> glyphs(byte[] pdf) {
    List<TextPosition> all = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          all.add(text);
        }
      };
      stripper.setEndPage(1);
      stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"scripts/arabic.json, ar", "scripts/hebrew.json, he"})
  void htmlAndWordDocumentsAreRightToLeftToo(String fixture, String language) {
    Resume resume = TestResumes.load(fixture);
    String html = new String(RENDERER.render(resume, RenderOptions.of(OutputFormat.HTML)).content(), StandardCharsets.UTF_8);
    assertThat(html).contains("lang=\"" + language + "\"", "dir=\"rtl\"", "direction: rtl");
    DocxFacts docx = DocxFacts.of(RENDERER.render(resume, RenderOptions.of(OutputFormat.DOCX)).content());
    assertThat(docx.part("word/styles.xml")).contains("<w:bidi/>", "w:bidi=\"" + language + "\"");

    Resume english = resume.withDesign(resume.design().withLanguage("en"));
    String ltrHtml = new String(RENDERER.render(english, RenderOptions.of(OutputFormat.HTML)).content(), StandardCharsets.UTF_8);
    assertThat(ltrHtml).contains("dir=\"ltr\"").doesNotContain("direction: rtl");
    assertThat(DocxFacts.of(RENDERER.render(english, RenderOptions.of(OutputFormat.DOCX)).content()).part("word/styles.xml"))
        .doesNotContain("<w:bidi/>");
  }
}
