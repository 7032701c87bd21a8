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
 * Our own exports imported back: for every template, every test resume is rendered to PDF and to
 * DOCX, imported, and compared with its source field by field ({@link ImportAccuracy}). Each
 * template and format must give back at least 98% of the fields; the table printed at the end is
 * the one in docs/BENCHMARKS.md ("Import accuracy").
 */
class ImportRoundTripTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();
  private static final ResumeImporter IMPORTER = ResumeImporter.create();
  private static final Map<String, ImportAccuracy.Score> RESULTS = new ConcurrentSkipListMap<>();

  static Stream<Arguments> templatesAndFormats() {
    List<Arguments> cases = new ArrayList<>();
    for (TemplateInfo template : RENDERER.templates()) {
      cases.add(Arguments.of(template.id(), OutputFormat.PDF));
      cases.add(Arguments.of(template.id(), OutputFormat.DOCX));
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
      assertThat(imported.format().name()).isEqualTo(format.name());
      ImportAccuracy.Score score = ImportAccuracy.compare(resume, imported.resume());
      total = total.plus(score);
      score.misses().forEach(m -> misses.add(name + " " + m));
    }
    RESULTS.put(template + " " + format, total);
    assertThat(total.percent()).as(String.join("\n", misses)).isGreaterThanOrEqualTo(98.0);
  }

  private static String extension(OutputFormat format) {
    return format.name().toLowerCase(Locale.ROOT);
  }

  /** The table for docs/BENCHMARKS.md. */
  @AfterAll
  static void printTable() {
    StringBuilder out = new StringBuilder("\nImport accuracy, our own exports (" + TestResumes.names().size()
        + " test resumes)\n\n| template | PDF: fields matched | PDF | DOCX: fields matched | DOCX |\n|---|--:|--:|--:|--:|\n");
    for (TemplateInfo template : RENDERER.templates()) {
      ImportAccuracy.Score pdf = RESULTS.get(template.id() + " PDF");
      ImportAccuracy.Score docx = RESULTS.get(template.id() + " DOCX");
      out.append("| ").append(template.id()).append(" | ").append(cell(pdf)).append(" | ").append(cell(docx)).append(" |\n");
    }
    System.out.println(out);
  }

  private static String cell(ImportAccuracy.Score s) {
    return s == null ? "– | –" : s.matched() + " / " + s.total() + " | "
        + String.format(Locale.ROOT, "%.1f%%", s.percent());
  }
}
