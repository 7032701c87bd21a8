package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for the importer, one per format: each starts from its own committed seeds
 * ({@code ResumeImporterFuzzTestsInputs/<target>/}), so the fuzzer mutates files that already
 * reach deep into that format's reader. The invariant: a file is either imported or refused with
 * an {@link ImportException} that has a code and a message; any other exception is a bug.
 *
 * <p>Without {@code JAZZER_FUZZ} each target runs its seeds once, as a regression test. With
 * {@code JAZZER_FUZZ=1} and one target selected ({@code -Dtest='ResumeImporterFuzzTests#pdf'}),
 * Jazzer fuzzes it for {@code -Djazzer.max_duration} (see docs/FUZZING.md).
 */
class ResumeImporterFuzzTests {

  private static final ResumeImporter IMPORTER = ResumeImporter.create();

  private static void importOrRefuse(byte[] file, String name) {
    try {
      ImportResult result = IMPORTER.importFile(file, name);
      assertThat(result.resume()).isNotNull();
    } catch (ImportException refused) {
      assertThat(refused.code()).isNotBlank();
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "10s")
  void pdf(byte[] file) {
    importOrRefuse(file, "resume.pdf");
  }

  @FuzzTest(maxDuration = "10s")
  void docx(byte[] file) {
    importOrRefuse(file, "resume.docx");
  }

  @FuzzTest(maxDuration = "10s")
  void text(byte[] file) {
    importOrRefuse(file, "resume.txt");
  }

  @FuzzTest(maxDuration = "10s")
  void markdown(byte[] file) {
    importOrRefuse(file, "resume.md");
  }

  @FuzzTest(maxDuration = "10s")
  void fresh(byte[] file) {
    importOrRefuse(file, "resume.json");
  }

  @FuzzTest(maxDuration = "10s")
  void linkedInExport(byte[] file) {
    importOrRefuse(file, "Basic_LinkedInDataExport.zip");
  }
}
