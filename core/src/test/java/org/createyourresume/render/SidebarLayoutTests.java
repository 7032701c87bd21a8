package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.ExtractedDocument;
import org.createyourresume.ats.extract.PdfExtractor;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sidebar is read as one block by every extractor: all of its text comes before all of the main
 * column's (or after it), never a sidebar line between two lines of a job. Checked with PDFBox
 * (as most Java ATS parsers use it), our own extractor (what the checker and importer read),
 * Poppler's pdftotext in its default and raw modes and MuPDF's text output. The external programs
 * run where {@code CYR_TEST_PDFTOTEXT} and {@code CYR_TEST_MUTOOL} name them (CI installs both).
 *
 * <p>pdftotext {@code -layout} prints the page as it looks, the two columns side by side on the
 * same output lines by design; there we check that no line of either column is broken up.
 */
class SidebarLayoutTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();
  private static final Resume RESUME = TestResumes.load("full.json");

  /** Text only the sidebar holds in every sidebar template (skills keywords, languages). */
  private static final List<String> SIDE = List.of("kubernetes, kafka, postgresql", "spanish");
  /** Text only the main column holds. */
  private static final List<String> MAIN =
      List.of("backend engineer with nine years", "finlo payments", "officina software",
          "universidad polit");

  @TempDir static Path dir;

  static List<String> sidebarTemplates() {
    return RENDERER.templates().stream().filter(t -> t.columns() == 2).map(TemplateInfo::id).toList();
  }

  @Test
  void atLeastTwoTemplatesHaveASidebar() {
    assertThat(sidebarTemplates()).hasSizeGreaterThanOrEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sidebarTemplates")
  void theSidebarIsOneBlockForPdfBox(String template) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf(template))) {
      assertOneBlock(new PDFTextStripper().getText(document), "PDFBox");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sidebarTemplates")
  void theSidebarIsOneBlockForOurExtractor(String template) {
    ExtractedDocument extracted = new PdfExtractor(AtsLimits.DEFAULT).extract(pdf(template));
    StringBuilder text = new StringBuilder();
    for (LayoutLine line : extracted.lines()) {
      text.append(line.text()).append('\n');
    }
    assertOneBlock(text.toString(), "our extractor");
    assertThat(extracted.facts().columns()).as("our own sidebar is not reported as a column risk").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sidebarTemplates")
  @EnabledIfEnvironmentVariable(named = "CYR_TEST_PDFTOTEXT", matches = ".+")
  void theSidebarIsOneBlockForPdftotext(String template) throws Exception {
    Path file = write(template);
    assertOneBlock(run(System.getenv("CYR_TEST_PDFTOTEXT"), file.toString(), "-"), "pdftotext");
    assertOneBlock(run(System.getenv("CYR_TEST_PDFTOTEXT"), "-raw", file.toString(), "-"), "pdftotext -raw");
    String layout = normalise(run(System.getenv("CYR_TEST_PDFTOTEXT"), "-layout", file.toString(), "-"));
    for (String whole : List.of("finlo payments", "officina software", "spanish")) {
      assertThat(layout).as("pdftotext -layout keeps lines whole").contains(whole);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sidebarTemplates")
  @EnabledIfEnvironmentVariable(named = "CYR_TEST_MUTOOL", matches = ".+")
  void theSidebarIsOneBlockForMuPdf(String template) throws Exception {
    Path file = write(template);
    assertOneBlock(run(System.getenv("CYR_TEST_MUTOOL"), "draw", "-q", "-F", "txt", "-o", "-", file.toString()),
        "mutool");
  }

  /** A resume whose sidebar would not fit beside the main column on page 1 gets one column. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sidebarTemplates")
  void aSidebarTooLongForThePageFallsBackToOneColumn(String template) throws IOException {
    Resume many = TestResumes.load("every-section.json");
    List<org.createyourresume.model.Skill> skills = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      skills.add(new org.createyourresume.model.Skill("Group " + i, null,
          List.of("Alpha" + i, "Beta" + i, "Gamma" + i, "Delta" + i), null));
    }
    Resume longSide = new Resume(many.schema(), many.basics(), many.work(), many.volunteer(), many.education(),
        many.awards(), many.certificates(), many.publications(), skills, many.languages(), many.interests(),
        many.references(), many.projects(), many.meta(), many.unknown());
    String html = new String(RENDERER.render(longSide, new RenderOptions(OutputFormat.HTML, template)).content(),
        StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<div class=\"side-col\">");
    assertThat(new String(RENDERER.render(RESUME, new RenderOptions(OutputFormat.HTML, template)).content(),
        StandardCharsets.UTF_8)).contains("<div class=\"side-col\">");
  }

  private static void assertOneBlock(String extracted, String extractor) {
    String text = normalise(extracted);
    List<Integer> side = positions(text, SIDE, extractor);
    List<Integer> main = positions(text, MAIN, extractor);
    int sideFirst = side.stream().min(Integer::compare).orElseThrow();
    int sideLast = side.stream().max(Integer::compare).orElseThrow();
    int mainFirst = main.stream().min(Integer::compare).orElseThrow();
    int mainLast = main.stream().max(Integer::compare).orElseThrow();
    assertThat(sideLast < mainFirst || sideFirst > mainLast)
        .as(extractor + " reads the sidebar as one block, not between main-column lines:%n%s", extracted)
        .isTrue();
  }

  private static List<Integer> positions(String text, List<String> markers, String extractor) {
    List<Integer> at = new ArrayList<>();
    for (String marker : markers) {
      int i = text.indexOf(marker);
      assertThat(i).as(extractor + " gives \"" + marker + "\" whole").isNotNegative();
      at.add(i);
    }
    return at;
  }

  private static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static byte[] pdf(String template) {
    return RENDERER.render(RESUME, RenderOptions.pdf().withTemplate(template)).content();
  }

  private static Path write(String template) throws IOException {
    Path file = dir.resolve(template + ".pdf");
    Files.write(file, pdf(template));
    return file;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
