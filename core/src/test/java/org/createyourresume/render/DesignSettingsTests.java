package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.createyourresume.model.CustomEntry;
import org.createyourresume.model.CustomSection;
import org.createyourresume.model.Design;
import org.createyourresume.model.Margins;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every setting of the design extension changes the output of every template as it says. */
class DesignSettingsTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();
  private static final double MM = 72 / 25.4;

  static List<String> templates() {
    return RENDERER.templates().stream().map(TemplateInfo::id).toList();
  }

  /** The test resume in {@code template} with one design change applied. */
  private static PdfFacts render(String template, UnaryOperator<Design> change) {
    Resume resume = TestResumes.load("full.json");
    Design design = change.apply(resume.design().withTemplate(template));
    RenderResult result = RENDERER.render(resume.withDesign(design), RenderOptions.pdf());
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.template()).isEqualTo(template);
    return PdfFacts.of(result.content());
  }

  private static Design with(Design d, String field, Object value) {
    return new Design(
        d.template(),
        field.equals("fontFamily") ? (String) value : d.fontFamily(),
        field.equals("fontSize") ? (Double) value : d.fontSize(),
        field.equals("accentColor") ? (String) value : d.accentColor(),
        field.equals("margins") ? (Margins) value : d.margins(),
        field.equals("lineSpacing") ? (Double) value : d.lineSpacing(),
        field.equals("pageSize") ? (String) value : d.pageSize(),
        field.equals("dateFormat") ? (String) value : d.dateFormat(),
        field.equals("language") ? (String) value : d.language(),
        field.equals("sectionOrder") ? castList(value) : d.sectionOrder(),
        field.equals("hiddenSections") ? castList(value) : d.hiddenSections(),
        field.equals("sectionTitles") ? castMap(value) : d.sectionTitles(),
        field.equals("customSections") ? castCustom(value) : d.customSections(),
        d.unknown());
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object value) {
    return (List<String>) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> castMap(Object value) {
    return (Map<String, String>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<CustomSection> castCustom(Object value) {
    return (List<CustomSection>) value;
  }

  private static PdfFacts.LineFact line(PdfFacts pdf, String startingWith) {
    return pdf.lines().stream()
        .filter(l -> l.text().startsWith(startingWith))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with " + startingWith));
  }

  @ParameterizedTest
  @MethodSource("templates")
  void fontFamily(String template) {
    for (String family : RENDERER.fontFamilies()) {
      PdfFacts pdf = render(template, d -> with(d, "fontFamily", family));
      String postscript = family.replace(" ", "");
      assertThat(pdf.fonts())
          .as(family)
          .allSatisfy(f -> assertThat(f.name()).matches("[A-Z]{6}\\+" + postscript + "(-.*)?"));
    }
  }

  @ParameterizedTest
  @MethodSource("templates")
  void fontSize(String template) {
    for (double size : new double[] {9, 12.5}) {
      PdfFacts pdf = render(template, d -> with(d, "fontSize", size));
      assertThat(line(pdf, "Redesigned the settlement").fontSize()).isCloseTo((float) size, within(0.05f));
    }
  }

  @ParameterizedTest
  @MethodSource("templates")
  void accentColor(String template) {
    assertThat(render(template, d -> with(d, "accentColor", "#b31b1b")).colours()).contains("#b31b1b");
    assertThat(render(template, d -> with(d, "accentColor", "#0a7a3a")).colours())
        .contains("#0a7a3a")
        .doesNotContain("#b31b1b");
  }

  @ParameterizedTest
  @MethodSource("templates")
  void margins(String template) {
    PdfFacts pdf = render(template, d -> with(d, "margins", new Margins(30.0, 12.0, 20.0, 35.0, null)));
    float left = (float) pdf.lines().stream().mapToDouble(PdfFacts.LineFact::x).min().orElseThrow();
    float top = (float) pdf.lines().stream().mapToDouble(PdfFacts.LineFact::baseline).min().orElseThrow();
    assertThat(left).isCloseTo((float) (35 * MM), within(1.5f));
    // the first baseline sits one ascent below the top margin
    assertThat(top).isBetween((float) (30 * MM), (float) (30 * MM + 40));
    float right = (float) pdf.lines().stream().mapToDouble(PdfFacts.LineFact::x).max().orElseThrow();
    assertThat(right).isLessThan((float) (210 * MM - 12 * MM));
  }

  @ParameterizedTest
  @MethodSource("templates")
  void lineSpacing(String template) {
    float tight = summaryLineGap(render(template, d -> with(d, "lineSpacing", 1.0)));
    float loose = summaryLineGap(render(template, d -> with(d, "lineSpacing", 1.8)));
    float fontSize = line(render(template, d -> d), "Backend engineer").fontSize();
    // 0.8 more line height is 0.8 font sizes more between baselines
    assertThat((loose - tight) / fontSize).isCloseTo(0.8f, within(0.05f));
  }

  /** Distance between the first two baselines of the (wrapping) summary. */
  private static float summaryLineGap(PdfFacts pdf) {
    List<PdfFacts.LineFact> lines = pdf.lines();
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).text().startsWith("Backend engineer")) {
        return lines.get(i + 1).baseline() - lines.get(i).baseline();
      }
    }
    throw new AssertionError("summary not found");
  }

  @ParameterizedTest
  @MethodSource("templates")
  void pageSize(String template) {
    assertThat(render(template, d -> with(d, "pageSize", "Letter")).mediaBox())
        .containsExactly(612f, 792f);
    float[] a4 = render(template, d -> with(d, "pageSize", "A4")).mediaBox();
    assertThat(a4[0]).isCloseTo(595.3f, within(0.5f));
    assertThat(a4[1]).isCloseTo(841.9f, within(0.5f));
  }

  @ParameterizedTest
  @MethodSource("templates")
  void dateFormat(String template) {
    Map<String, String> shown =
        Map.of(
            "MMM YYYY", "Mar 2021 – Present",
            "MMMM YYYY", "March 2021 – Present",
            "MM/YYYY", "03/2021 – Present",
            "YYYY-MM", "2021-03 – Present",
            "YYYY", "2021 – Present");
    shown.forEach(
        (pattern, text) ->
            assertThat(PdfFacts.flat(render(template, d -> with(d, "dateFormat", pattern)).text()))
                .as(pattern)
                .contains(text));
  }

  @ParameterizedTest
  @MethodSource("templates")
  void language(String template) {
    PdfFacts pdf = render(template, d -> with(d, "language", "de"));
    assertThat(pdf.language()).isEqualTo("de");
    assertThat(PdfFacts.flat(pdf.text())).contains("2021 – heute").doesNotContain("Present");
  }

  @ParameterizedTest
  @MethodSource("templates")
  void sectionOrderHiddenSectionsAndTitles(String template) {
    PdfFacts pdf =
        render(
            template,
            d -> with(
                with(
                    with(d, "sectionOrder", List.of("education", "skills", "work")),
                    "hiddenSections", List.of("languages", "certificates")),
                "sectionTitles", Map.of("work", "Professional Experience", "skills", "Core Skills")));
    String text = PdfFacts.flat(pdf.text()).toUpperCase(Locale.ROOT);
    int education = text.indexOf("EDUCATION");
    int skills = text.indexOf("CORE SKILLS");
    int work = text.indexOf("PROFESSIONAL EXPERIENCE");
    int summary = text.indexOf("SUMMARY");
    boolean sidebar = RENDERER.templates().stream().anyMatch(t -> t.id().equals(template) && t.columns() == 2);
    if (sidebar) {
      // the sidebar (skills) is read first, as one block; the main column keeps the order
      assertThat(skills).isPositive().isLessThan(education);
    } else {
      assertThat(education).isPositive().isLessThan(skills);
      assertThat(skills).isLessThan(work);
    }
    assertThat(education).isLessThan(work);
    assertThat(work).isLessThan(summary);
    assertThat(text).doesNotContain("SPANISH (NATIVE)").doesNotContain("CKAD").doesNotContain("LANGUAGES\n");
    assertThat(pdf.bookmarks()).containsExactlyElementsOf(sidebar
        ? List.of("Core Skills", "Education", "Professional Experience", "Summary")
        : List.of("Education", "Core Skills", "Professional Experience", "Summary"));
    assertThat(pdf.info().getKeywords()).contains("Kubernetes");
  }

  @ParameterizedTest
  @MethodSource("templates")
  void hiddenSkillsLeaveTheKeywordsToo(String template) {
    PdfFacts pdf = render(template, d -> with(d, "hiddenSections", List.of("skills")));
    assertThat(pdf.info().getKeywords()).isNull();
    assertThat(PdfFacts.flat(pdf.text())).doesNotContain("Kubernetes, Kafka");
  }

  @ParameterizedTest
  @MethodSource("templates")
  void customSections(String template) {
    CustomSection talks =
        new CustomSection(
            "talks",
            "Conference Talks",
            List.of(
                new CustomEntry(
                    "Settling payments in minutes", "JavaLand", "Brühl, Germany", "2024-03",
                    null, null, "How we rebuilt end-of-day settlement.",
                    List.of("Live demo of the new pipeline"), null)),
            null);
    PdfFacts pdf =
        render(template, d -> with(with(d, "customSections", List.of(talks)), "sectionOrder", List.of("talks")));
    String text = PdfFacts.flat(pdf.text());
    assertThat(text.toUpperCase(Locale.ROOT)).contains("CONFERENCE TALKS");
    assertThat(text).contains("Settling payments in minutes", "JavaLand", "Brühl, Germany", "Mar 2024",
        "How we rebuilt end-of-day settlement.", "Live demo of the new pipeline");
    assertThat(text.indexOf("Settling payments")).isLessThan(text.indexOf("Backend engineer"));
  }
}
