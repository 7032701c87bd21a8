package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.json.ReadResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resumes made by other tools (Chromium printing hand-written HTML, LibreOffice exporting
 * documents to PDF and DOCX; see {@code importer/third-party/README.md}), imported and compared
 * field by field with what each shows. Most of them were used to improve the parser; the
 * held-out ones were written afterwards and measured as they came. The floors asserted are ones
 * the importer reaches; the table printed at the end is the one in docs/BENCHMARKS.md.
 */
class ThirdPartyImportTests {

  /** Every file the parser was improved on must give back at least this share of its fields. */
  static final double FLOOR_PER_FILE = 95.0;
  /** And those files together at least this. */
  static final double FLOOR_OVERALL = 98.0;
  /** Each held-out file at least this. */
  static final double FLOOR_HELD_OUT = 90.0;
  private static final int IMPROVED_ON = 10;

  private static final ResumeImporter IMPORTER = ResumeImporter.create();
  private static final Map<String, ImportAccuracy.Score> RESULTS = new ConcurrentSkipListMap<>();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "chromium-classic.pdf", "chromium-modern.pdf", "chromium-timeline.pdf",
    "libreoffice-nurse.pdf", "libreoffice-nurse.docx",
    "libreoffice-operations.pdf", "libreoffice-operations.docx",
    "chromium-sidebar.pdf", "libreoffice-europass.pdf", "libreoffice-europass.docx"
  })
  void importsResumesMadeByOtherTools(String file) {
    ImportAccuracy.Score score = score("third-party/", file);
    RESULTS.put(file, score);
    assertThat(score.percent()).as(String.join("\n", score.misses().stream().map(Object::toString).toList()))
        .isGreaterThanOrEqualTo(FLOOR_PER_FILE);
  }

  /**
   * Written after the parser was improved on the files above, and never used to tune it: what
   * the importer makes of layouts it was not shown.
   */
  @ParameterizedTest(name = "held out: {0}")
  @ValueSource(strings = {"chromium-jake.pdf", "libreoffice-functional.pdf", "libreoffice-functional.docx"})
  void importsHeldOutResumes(String file) {
    ImportAccuracy.Score score = score("third-party/held-out/", file);
    RESULTS.put("held-out/" + file, score);
    assertThat(score.percent()).as(String.join("\n", score.misses().stream().map(Object::toString).toList()))
        .isGreaterThanOrEqualTo(FLOOR_HELD_OUT);
  }

  private static ImportAccuracy.Score score(String folder, String file) {
    ImportResult imported = IMPORTER.importFile(ResumeImporterTests.fixture(folder + file), file);
    String stem = file.substring(0, file.lastIndexOf('.'));
    ReadResult expected = new JsonResumeReader().read(
        new String(ResumeImporterTests.fixture(folder + stem + ".expected.json"), StandardCharsets.UTF_8));
    assertThat(expected.problems()).as("the expected file reads cleanly").isEmpty();
    return ImportAccuracy.compare(expected.resume(), imported.resume());
  }

  @AfterAll
  static void printTableAndHoldTheOverallFloor() {
    ImportAccuracy.Score all = new ImportAccuracy.Score(java.util.List.of());
    ImportAccuracy.Score improvedOn = new ImportAccuracy.Score(java.util.List.of());
    ImportAccuracy.Score heldOut = new ImportAccuracy.Score(java.util.List.of());
    int improvedFiles = 0;
    StringBuilder out = new StringBuilder("\nImport accuracy, resumes made by other tools\n\n"
        + "| file | made with | fields matched | accuracy | missed |\n|---|---|--:|--:|---|\n");
    for (var e : RESULTS.entrySet()) {
      ImportAccuracy.Score s = e.getValue();
      all = all.plus(s);
      if (e.getKey().startsWith("held-out/")) {
        heldOut = heldOut.plus(s);
      } else {
        improvedOn = improvedOn.plus(s);
        improvedFiles++;
      }
      out.append("| ").append(e.getKey()).append(" | ")
          .append(e.getKey().replace("held-out/", "").startsWith("chromium") ? "Chromium (print to PDF)" : "LibreOffice (export)")
          .append(" | ").append(s.matched()).append(" / ").append(s.total()).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f%%", s.percent())).append(" | ")
          .append(String.join("; ", s.misses().stream().map(m -> m.path()).toList())).append(" |\n");
    }
    out.append(String.format(Locale.ROOT, "| files the parser was improved on | | %d / %d | %.1f%% | |%n",
        improvedOn.matched(), improvedOn.total(), improvedOn.percent()));
    out.append(String.format(Locale.ROOT, "| held-out files | | %d / %d | %.1f%% | |%n",
        heldOut.matched(), heldOut.total(), heldOut.percent()));
    out.append(String.format(Locale.ROOT, "| all | | %d / %d | %.1f%% | |%n", all.matched(), all.total(), all.percent()));
    System.out.println(out);
    if (improvedFiles == IMPROVED_ON) {
      assertThat(improvedOn.percent()).isGreaterThanOrEqualTo(FLOOR_OVERALL);
    }
  }
}
