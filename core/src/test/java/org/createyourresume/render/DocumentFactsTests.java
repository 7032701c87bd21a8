package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a reader, a screen reader and an ATS learn from the file beyond its text. */
class DocumentFactsTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  static List<String> templates() {
    return RENDERER.templates().stream().map(TemplateInfo::id).toList();
  }

  private static PdfFacts render(String template) {
    Resume resume = TestResumes.load("full.json");
    return PdfFacts.of(RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content());
  }

  @ParameterizedTest
  @MethodSource("templates")
  void carriesTitleAuthorSubjectKeywordsAndLanguage(String template) {
    PdfFacts pdf = render(template);
    assertThat(pdf.info().getTitle()).isEqualTo("Amelia Fernández-Ortiz – Resume");
    assertThat(pdf.info().getAuthor()).isEqualTo("Amelia Fernández-Ortiz");
    assertThat(pdf.info().getSubject())
        .isEqualTo("Resume of Amelia Fernández-Ortiz, Senior Software Engineer");
    assertThat(pdf.info().getKeywords()).contains("Java", "Kotlin", "Kubernetes");
    assertThat(pdf.info().getProducer()).isEqualTo("Create Your Resume");
    assertThat(pdf.language()).isEqualTo("en");
    assertThat(pdf.isTagged()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("templates")
  void bookmarksEverySection(String template) {
    assertThat(render(template).bookmarks())
        .containsExactlyInAnyOrder(
            "Summary", "Experience", "Education", "Skills", "Certifications", "Languages");
  }

  @ParameterizedTest
  @MethodSource("templates")
  void linksCarryTheirDescription(String template) {
    assertThat(render(template).links())
        .extracting(PdfFacts.LinkFact::uri, PdfFacts.LinkFact::contents)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "mailto:amelia.fernandez@example.com", "Email amelia.fernandez@example.com"),
            org.assertj.core.groups.Tuple.tuple(
                "https://www.linkedin.com/in/ameliafo/", "LinkedIn profile linkedin.com/in/ameliafo"))
        .allSatisfy(link -> assertThat(link.toList().get(1)).isNotNull());
  }

  /** Templates that set no text side by side: one column and no split header. */
  static java.util.stream.Stream<String> oneColumnTemplates() {
    return RENDERER.templates().stream().filter(t -> t.columns() == 1).map(TemplateInfo::id)
        .filter(id -> !render(id).text().isEmpty() && !splitHeader(id));
  }

  private static boolean splitHeader(String template) {
    return PdfFacts.of(RENDERER.render(TestResumes.load("full.json"), RenderOptions.pdf().withTemplate(template))
        .content()).info().getCustomMetadataValue("reading-order") != null;
  }

  /**
   * A split header (name and headline left, contact lines right) is written, and read, name
   * first, then the headline, then the contact lines: never a contact line between the two.
   */
  @org.junit.jupiter.api.Test
  void aSplitHeaderIsWrittenNameHeadlineThenContacts() {
    String text = PdfFacts.flat(render("executive").text());
    assertThat(text).startsWith("Amelia Fernández-Ortiz Senior Software Engineer amelia.fernandez@example.com");
  }

  /**
   * On a page of one column the file's text order is the order of positions on the page. Pages
   * with a sidebar are read sidebar first, as one block, by design: SidebarLayoutTests checks
   * them with several extractors. A split header is read name first (below).
   */
  @ParameterizedTest
  @MethodSource("oneColumnTemplates")
  void readingOrderInTheFileIsTheVisualOrder(String template) {
    PdfFacts pdf = render(template);
    assertThat(PdfFacts.flat(pdf.text())).isEqualTo(PdfFacts.flat(pdf.textByPosition()));
  }
}
