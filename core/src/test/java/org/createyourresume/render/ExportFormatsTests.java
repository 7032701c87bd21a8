package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DOCX, plain text and Markdown carry every field, in order, and only what is safe. */
class ExportFormatsTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  static Stream<Arguments> templatesAndResumes() {
    List<Arguments> cases = new ArrayList<>();
    for (TemplateInfo template : RENDERER.templates()) {
      for (String resume : TestResumes.names()) {
        cases.add(Arguments.of(template.id(), resume));
      }
    }
    return cases.stream();
  }

  private static byte[] render(String name, String template, OutputFormat format) {
    return RENDERER.render(TestResumes.load(name), new RenderOptions(format, template)).content();
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("templatesAndResumes")
  void docxHoldsEveryFieldInOrder(String template, String name) {
    Resume resume = TestResumes.load(name);
    DocxFacts docx = DocxFacts.of(render(name, template, OutputFormat.DOCX));
    InOrder.assertFieldsInOrder(
        "docx " + template + " × " + name, PdfFacts.flat(docx.text()), ExpectedFields.asWritten(resume, template));
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("templatesAndResumes")
  void plainTextHoldsEveryFieldInOrder(String template, String name) {
    Resume resume = TestResumes.load(name);
    String text = new String(render(name, template, OutputFormat.TXT), StandardCharsets.UTF_8);
    InOrder.assertFieldsInOrder(
        "txt " + template + " × " + name, PdfFacts.flat(text), ExpectedFields.inline(resume, template));
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("templatesAndResumes")
  void markdownHoldsEveryFieldInOrderAsText(String template, String name) {
    Resume resume = TestResumes.load(name);
    String markdown = new String(render(name, template, OutputFormat.MD), StandardCharsets.UTF_8);
    InOrder.assertFieldsInOrder(
        "md " + template + " × " + name, PdfFacts.flat(markdownText(markdown)), ExpectedFields.inline(resume, template));
  }

  /** The text a Markdown reader shows, checking on the way that no node is raw HTML. */
  static String markdownText(String markdown) {
    Node document = Parser.builder().build().parse(markdown);
    StringBuilder text = new StringBuilder();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            text.append(node.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak node) {
            text.append(' ');
          }

          @Override
          public void visit(HtmlInline node) {
            throw new AssertionError("raw HTML in Markdown: " + node.getLiteral());
          }

          @Override
          public void visit(HtmlBlock node) {
            throw new AssertionError("raw HTML in Markdown: " + node.getLiteral());
          }

          @Override
          protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof org.commonmark.node.Block) {
              text.append('\n');
            }
          }
        });
    return text.toString();
  }

  @ParameterizedTest
  @MethodSource("templates")
  void docxHasNoTablesTextBoxesImagesOrHeaderContent(String template) {
    DocxFacts docx = DocxFacts.of(render("every-section.json", template, OutputFormat.DOCX));
    String body = docx.part("word/document.xml");
    assertThat(body).doesNotContain("<w:tbl", "<w:txbxContent", "<w:drawing", "<w:pict", "<w:framePr", "<w:headerReference", "<w:footerReference");
    assertThat(docx.parts().keySet()).noneMatch(p -> p.matches("word/(header|footer)\\d*\\.xml") || p.startsWith("word/media/"));
  }

  @ParameterizedTest
  @MethodSource("templates")
  void docxUsesNamedStylesRealBulletsAndProperties(String template) {
    Resume resume = TestResumes.load("full.json");
    DocxFacts docx = DocxFacts.of(RENDERER.render(resume, new RenderOptions(OutputFormat.DOCX, template)).content());
    List<DocxFacts.Paragraph> paragraphs = docx.paragraphs();
    assertThat(paragraphs.get(0)).isEqualTo(new DocxFacts.Paragraph("Title", false, "Amelia Fernández-Ortiz"));
    List<String> pdfSections = PdfFacts.of(RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content())
        .bookmarks().stream().map(String::toLowerCase).toList();
    // the Word document keeps the written order; a page with a sidebar reads (and bookmarks) the
    // sidebar's sections first
    if (columns(template) == 1) {
      assertThat(paragraphs).filteredOn(p -> "Heading1".equals(p.style())).extracting(p -> p.text().toLowerCase())
          .containsExactlyElementsOf(pdfSections);
    } else {
      assertThat(paragraphs).filteredOn(p -> "Heading1".equals(p.style())).extracting(p -> p.text().toLowerCase())
          .containsExactlyInAnyOrderElementsOf(pdfSections);
    }
    int bullets = resume.workList().stream().mapToInt(w -> w.highlightList().size()).sum();
    assertThat(paragraphs).filteredOn(DocxFacts.Paragraph::listItem).hasSize(bullets)
        .allSatisfy(p -> assertThat(p.text()).doesNotStartWith("•"));
    assertThat(docx.part("word/numbering.xml")).contains("w:val=\"bullet\"", "w:val=\"•\"");
    assertThat(docx.part("word/styles.xml")).contains("w:styleId=\"Heading1\"", "w:styleId=\"Title\"", "Noto Serif".equals(templateFont(template)) ? "Noto Serif" : templateFont(template));
    String styles = docx.part("word/styles.xml");
    String heading = styles.substring(styles.indexOf("w:styleId=\"Heading1\""), styles.indexOf("</w:style>", styles.indexOf("w:styleId=\"Heading1\"")));
    assertThat(heading).as("Heading 1 is bold, sized, kept with the next paragraph, an outline level")
        .contains("<w:b/>", "<w:sz ", "<w:keepNext/>", "<w:outlineLvl w:val=\"0\"/>");
    String entryTitle = styles.substring(styles.indexOf("w:styleId=\"EntryTitle\""));
    assertThat(entryTitle.substring(0, entryTitle.indexOf("</w:style>"))).as("dates sit at a right tab stop")
        .contains("<w:tab w:val=\"right\"");
    assertThat(docx.part("docProps/core.xml"))
        .contains("<dc:title>Amelia Fernández-Ortiz – Resume</dc:title>", "<dc:creator>Amelia Fernández-Ortiz</dc:creator>");
    boolean inline = template.equals("compact") || template.equals("starter");
    boolean educationFirst = template.equals("starter") || template.equals("academic");
    assertThat(paragraphs).filteredOn(p -> "EntryTitle".equals(p.style())).first().extracting(DocxFacts.Paragraph::text)
        .isEqualTo(educationFirst
            ? (inline ? "Universidad Politécnica de Valencia, Master of Science, Computer Science\tSep 2015 – Jun 2017"
                : "Universidad Politécnica de Valencia\tSep 2015 – Jun 2017")
            : inline
                ? "Finlo Payments, Senior Software Engineer | Madrid, Spain\tMar 2021 – Present"
                : "Finlo Payments\tMar 2021 – Present");
  }

  private static int columns(String template) {
    return RENDERER.templates().stream().filter(t -> t.id().equals(template)).findFirst().orElseThrow().columns();
  }

  private static String templateFont(String template) {
    return RENDERER.templates().stream().filter(t -> t.id().equals(template)).findFirst().orElseThrow().fontFamily();
  }

  static List<String> templates() {
    return RENDERER.templates().stream().map(TemplateInfo::id).toList();
  }

  @Test
  void plainTextWrapsWithHangingBulletsAndKeepsToAsciiWhenAsked() {
    Resume resume = TestResumes.load("full.json");
    String text = new String(RENDERER.render(resume, RenderOptions.of(OutputFormat.TXT).withText(40, true)).content(), StandardCharsets.UTF_8);
    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
    assertThat(text).contains("- Redesigned the settlement workflow,\n  cutting end-of-day processing from 3");
    assertThat(text).contains("Mar 2021 - Present\n").contains("\n+34 612 345 678 |");
    assertThat(text.replaceAll("[\\p{L}\\p{M}]", "").chars()).allMatch(c -> c < 128);
  }

  @Test
  void plainTextUnwrappedKeepsEachParagraphOnOneLine() {
    String text = new String(render("full.json", "classic", OutputFormat.TXT), StandardCharsets.UTF_8);
    assertThat(text).startsWith("Amelia Fernández-Ortiz\nSenior Software Engineer\namelia.fernandez@example.com | +34 612 345 678 | ");
    assertThat(text).contains("\n\nEXPERIENCE\nFinlo Payments | Senior Software Engineer | Madrid, Spain | Mar 2021 – Present\n");
    assertThat(text).contains("\n• Redesigned the settlement workflow, cutting end-of-day processing from 3 hours to 25 minutes.\n");
  }

  @Test
  void markdownEscapesWhatWouldBeMarkup() {
    Resume resume = Resume.named("<script>alert(1)</script> *bold* [link](javascript:x) # 1. _x_");
    String markdown = new String(RENDERER.render(resume, RenderOptions.of(OutputFormat.MD)).content(), StandardCharsets.UTF_8);
    assertThat(markdownText(markdown).strip()).isEqualTo("<script>alert(1)</script> *bold* [link](javascript:x) # 1. _x_");
  }

  @Test
  void htmlIsOneSelfContainedPageWithoutScripts() {
    String html = new String(render("full.json", "modern", OutputFormat.HTML), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<html").contains("lang=\"en\"", "<style>", "<h1 class=\"name\">", "<h2>Experience</h2>");
    assertThat(html).doesNotContain("<script", "<link ", "<img", "@page", "<bookmarks>");
  }
}
