package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.json.ReadResult;
import org.createyourresume.model.Resume;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resumes made by other tools (Chromium printing hand-written HTML in three layouts, LibreOffice
 * exporting two documents to PDF and DOCX; see {@code importer/third-party/README.md}), imported
 * and compared field by field with what each shows. The floor asserted is one the importer
 * reaches; the table printed at the end is the one in docs/BENCHMARKS.md.
 */
class ThirdPartyImportTests {

  /** Every file must give back at least this share of its fields. */
  static final double FLOOR_PER_FILE = 90.0;
  /** And all files together at least this. */
  static final double FLOOR_OVERALL = 95.0;

  private static final ResumeImporter IMPORTER = ResumeImporter.create();
  private static final Map<String, ImportAccuracy.Score> RESULTS = new ConcurrentSkipListMap<>();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "chromium-classic.pdf", "chromium-modern.pdf", "chromium-timeline.pdf",
    "libreoffice-nurse.pdf", "libreoffice-nurse.docx",
    "libreoffice-operations.pdf", "libreoffice-operations.docx"
  })
  void importsResumesMadeByOtherTools(String file) {
    ImportResult imported = IMPORTER.importFile(ResumeImporterTests.fixture("third-party/" + file), file);
    String stem = file.substring(0, file.lastIndexOf('.'));
    ReadResult expected = new JsonResumeReader().read(
        new String(ResumeImporterTests.fixture("third-party/" + stem + ".expected.json"), StandardCharsets.UTF_8));
    assertThat(expected.problems()).as("the expected file reads cleanly").isEmpty();
    Resume want = expected.resume();
    ImportAccuracy.Score score = ImportAccuracy.compare(want, imported.resume());
    RESULTS.put(file, score);
    assertThat(score.percent()).as(String.join("\n", score.misses().stream().map(Object::toString).toList()))
        .isGreaterThanOrEqualTo(FLOOR_PER_FILE);
  }

  @AfterAll
  static void printTableAndHoldTheOverallFloor() {
    ImportAccuracy.Score all = new ImportAccuracy.Score(java.util.List.of());
    StringBuilder out = new StringBuilder("\nImport accuracy, resumes made by other tools\n\n"
        + "| file | made with | fields matched | accuracy | missed |\n|---|---|--:|--:|---|\n");
    for (var e : RESULTS.entrySet()) {
      ImportAccuracy.Score s = e.getValue();
      all = all.plus(s);
      out.append("| ").append(e.getKey()).append(" | ")
          .append(e.getKey().startsWith("chromium") ? "Chromium (print to PDF)" : "LibreOffice (export)")
          .append(" | ").append(s.matched()).append(" / ").append(s.total()).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f%%", s.percent())).append(" | ")
          .append(String.join("; ", s.misses().stream().map(m -> m.path()).toList())).append(" |\n");
    }
    out.append(String.format(Locale.ROOT, "| all | | %d / %d | %.1f%% | |%n", all.matched(), all.total(), all.percent()));
    System.out.println(out);
    if (RESULTS.size() == 7) {
      assertThat(all.percent()).isGreaterThanOrEqualTo(FLOOR_OVERALL);
    }
  }
}
