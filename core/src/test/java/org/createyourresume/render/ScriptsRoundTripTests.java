package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.model.Work;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resumes written in other scripts, with Latin product names mixed in, read back from every
 * template's PDF: every name, employer, title, bullet and school is in the extracted text, in
 * logical order (right-to-left text as written, not as drawn), and no character was left out.
 *
 * <p>PDFBox guesses a line's direction from its leftmost strong character as drawn, so it reads
 * an Arabic or Hebrew line that ends (at the left) with a Latin word such as "PostgreSQL" in the
 * wrong run order. Those mixed lines are checked with pdftotext, which reads their words in order,
 * where {@code CYR_TEST_PDFTOTEXT} names it (CI); PDFBox checks every other field.
 */
class ScriptsRoundTripTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  static final List<String> FIXTURES =
      List.of("scripts/german.json", "greek.json", "cyrillic.json", "scripts/arabic.json", "scripts/hebrew.json",
          "scripts/hindi.json", "scripts/chinese.json", "scripts/japanese.json", "scripts/korean.json");

  static Stream<Arguments> everyTemplateAndScript() {
    List<Arguments> all = new ArrayList<>();
    List<String> templates = RENDERER.templates().stream().map(TemplateInfo::id).toList();
    for (String fixture : FIXTURES) {
      for (String template : templates) {
        all.add(Arguments.of(fixture, template));
      }
    }
    return all.stream();
  }

  static Stream<Arguments> everyScript() {
    return FIXTURES.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyTemplateAndScript")
  void everyFieldReadsBackInLogicalOrderWithNothingLeftOut(String fixture, String template) {
    Resume resume = TestResumes.load(fixture);
    RenderResult result = RENDERER.render(resume, RenderOptions.pdf().withTemplate(template));
    assertThat(result.diagnostics()).as("diagnostics").isEmpty();
    String text = comparable(PdfFacts.of(result.content()).text());
    for (String field : fields(resume)) {
      if (!mixesDirections(field)) {
        assertThat(text).as("%s in %s", field, template).contains(comparable(field));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyScript")
  @EnabledIfEnvironmentVariable(named = "CYR_TEST_PDFTOTEXT", matches = ".+")
  void pdftotextReadsEveryFieldInLogicalOrder(String fixture, @TempDir Path dir) throws Exception {
    Resume resume = TestResumes.load(fixture);
    Path file = dir.resolve("resume.pdf");
    Files.write(file, RENDERER.render(resume, RenderOptions.pdf().withTemplate("classic")).content());
    String text = comparable(run(System.getenv("CYR_TEST_PDFTOTEXT"), "-enc", "UTF-8", file.toString(), "-"));
    for (String field : fields(resume)) {
      if (mixesDirections(field)) {
        // a full stop or % sign between an Arabic or Hebrew run and a Latin word or number has no
        // direction of its own; pdftotext puts it on the side it guesses ("%40" for "40%"), so
        // the letters and digits are compared, in order, without punctuation
        assertThat(text.replaceAll("\\p{P}", "")).as(field).contains(comparable(field).replaceAll("\\p{P}", ""));
      } else {
        assertThat(text).as(field).contains(comparable(field));
      }
    }
  }

  /** The fields every template prints as they are: names, employers, titles, bullets, schools. */
  private static List<String> fields(Resume resume) {
    List<String> fields = new ArrayList<>();
    fields.add(resume.basicsOrEmpty().name());
    for (Work w : resume.workList()) {
      fields.add(w.name());
      fields.add(w.position());
      fields.addAll(w.highlightList());
    }
    resume.educationList().forEach(e -> fields.add(e.institution()));
    return fields;
  }

  /** Whether {@code text} has right-to-left letters and also Latin letters or digits. */
  private static boolean mixesDirections(String text) {
    boolean rtl = text.codePoints().anyMatch(c -> {
      byte d = Character.getDirectionality(c);
      return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    });
    return rtl && text.codePoints().anyMatch(c -> c < 0x80 && Character.isLetterOrDigit(c));
  }

  /**
   * Text without white space or the invisible direction marks pdftotext adds, in NFKC, which folds Arabic presentation forms to their letters as
   * text extractors do: a field may wrap over lines, and Chinese and Japanese wrap between any two
   * characters, without a space to mark the break.
   */
  private static String comparable(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00a0\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]+", "");
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }
}
