package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own exports imported back: for every template, every test resume is rendered to PDF, DOCX,
 * Markdown and plain text, imported, and compared with its source field by field ({@link
 * ImportAccuracy}). Each template must give back at least 98% of the fields from PDF, DOCX and
 * Markdown, 90% from plain text; the table printed at the end is the one in docs/BENCHMARKS.md
 * ("Import accuracy"). The review must also not flag as unsure more than a few of the fields it
 * read right.
 */
class ImportRoundTripTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();
  private static final ResumeImporter IMPORTER = ResumeImporter.create();
  private static final Map<String, ImportAccuracy.Score> RESULTS = new ConcurrentSkipListMap<>();
  /**
   * The share of right fields of our own exports, per format, the review may flag as unsure. A
   * flag at a section counts for every field under it: plain text is at 5.2% because the exports
   * of the three-page resume lose a line of its education ("First Class Honours"), which the
   * section flag rightly points at, with the section's fifteen right fields.
   */
  static final double FLAGGED_RIGHT_CEILING = 5.5;
  /** Per format: right fields the review flagged as unsure, and right fields. */
  private static final Map<OutputFormat, java.util.concurrent.atomic.AtomicIntegerArray> FLAGS =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** The files the issue asks about, then the text exports, which import the same way. */
  private static final List<OutputFormat> FORMATS =
      List.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.MD, OutputFormat.TXT);

  static Stream<Arguments> templatesAndFormats() {
    List<Arguments> cases = new ArrayList<>();
    for (TemplateInfo template : RENDERER.templates()) {
      for (OutputFormat format : FORMATS) {
        cases.add(Arguments.of(template.id(), format));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("templatesAndFormats")
  void everyTestResumeComesBackFieldByField(String template, OutputFormat format) {
    ImportAccuracy.Score total = new ImportAccuracy.Score(List.of());
    List<String> misses = new ArrayList<>();
    for (String name : TestResumes.names()) {
      Resume resume = TestResumes.load(name);
      byte[] file = RENDERER.render(resume, new RenderOptions(format, template)).content();
      ImportResult imported = IMPORTER.importFile(file, name.replace(".json", "." + extension(format)));
      assertThat(imported.format()).isEqualTo(switch (format) {
        case PDF -> ImportFormat.PDF;
        case DOCX -> ImportFormat.DOCX;
        case MD -> ImportFormat.MARKDOWN;
        default -> ImportFormat.TEXT;
      });
      ImportAccuracy.Score score = ImportAccuracy.compare(resume, imported.resume());
      total = total.plus(score);
      List<org.createyourresume.model.Problem> unsure = imported.warnings().stream()
          .filter(w -> ImportResult.GUESS_CODES.contains(w.code())).toList();
      var flags = FLAGS.computeIfAbsent(format, f -> new java.util.concurrent.atomic.AtomicIntegerArray(2));
      for (ImportAccuracy.Field f : score.fields()) {
        if (f.matches()) {
          flags.incrementAndGet(1);
          if (OtherToolsCorpusTests.flagged(f.path(), unsure)) {
            flags.incrementAndGet(0);
          }
        }
      }
      score.misses().forEach(m -> misses.add(name + " " + m));
    }
    RESULTS.put(template + " " + format, total);
    assertThat(total.percent()).as(String.join("\n", misses)).isGreaterThanOrEqualTo(floor(format));
  }

  /**
   * 98% for the formats that carry layout; plain text has none, so a heading the vocabulary does
   * not know ("Patents Granted" where a template prints headings as written) cannot be told from
   * a line of text, nor two undated entries apart.
   */
  private static double floor(OutputFormat format) {
    return format == OutputFormat.TXT ? 90.0 : 98.0;
  }

  private static String extension(OutputFormat format) {
    return format.id();
  }

  /** The table for docs/BENCHMARKS.md. */
  @AfterAll
  static void printTable() {
    StringBuilder out = new StringBuilder("\nImport accuracy, our own exports (" + TestResumes.names().size()
        + " test resumes)\n\n| template |");
    FORMATS.forEach(f -> out.append(' ').append(f).append(": fields matched | ").append(f).append(" |"));
    out.append("\n|---|").append("--:|--:|".repeat(FORMATS.size())).append('\n');
    for (TemplateInfo template : RENDERER.templates()) {
      out.append("| ").append(template.id()).append(" |");
      FORMATS.forEach(f -> out.append(' ').append(cell(RESULTS.get(template.id() + " " + f))).append(" |"));
      out.append('\n');
    }
    out.append("\nReview flags on our own exports: right fields flagged as unsure\n\n");
    FLAGS.forEach((format, n) -> out.append(String.format(java.util.Locale.ROOT, "| %s | %d / %d | %.1f%% |%n", format,
        n.get(0), n.get(1), 100.0 * n.get(0) / Math.max(1, n.get(1)))));
    System.out.println(out);
    // the review must not cry wolf on what it reads well: 1.5% to 5.2% when this ceiling was set
    FLAGS.forEach((format, n) -> assertThat(100.0 * n.get(0) / Math.max(1, n.get(1)))
        .as("right fields of our own %s exports flagged as unsure", format).isLessThanOrEqualTo(FLAGGED_RIGHT_CEILING));
  }

  private static String cell(ImportAccuracy.Score s) {
    return s == null ? "– | –" : s.matched() + " / " + s.total() + " | "
        + String.format(Locale.ROOT, "%.1f%%", s.percent());
  }
}
