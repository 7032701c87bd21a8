package org.createyourresume.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTests {

  @TempDir Path dir;

  /** A fixture of the core test jar, copied to a file. */
  private Path fixture(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = CheckCommandTests.class.getResourceAsStream("/ats/" + name)) {
      Files.copy(in, target);
    }
    return target;
  }

  @Test
  void aGoodPdfScoresFullMarksAndShowsWhatAnAtsReads() throws IOException {
    Path pdf = fixture("good.pdf");
    CliRun run = CliRun.of("check", pdf.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("ATS check of " + pdf + " (PDF, 1 page, ")
        .contains("Score: 100/100  (parsing 45/45, sections 30/30, content 25/25)")
        .contains("No problems found.")
        .contains("  Name: Jordan Avery\n")
        .contains("  Email: jordan.avery@example.org\n")
        .contains("  Job: Brightline Logistics | Senior Data Engineer | Mar 2021 – Present | 4 bullets\n");
  }

  @Test
  void findingsComeWithTheirFix() throws IOException {
    CliRun run = CliRun.of("check", fixture("two-column.pdf").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("  1. major, -15: Two-column layout [layout.columns]")
        .contains("     Fix: Use a single column");
  }

  @Test
  void belowTheMinimumScoreExitsThree() throws IOException {
    Path pdf = fixture("undated.pdf");
    CliRun run = CliRun.of("check", pdf.toString(), "--min-score", "95");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.errLines()).containsExactly("error: " + pdf + " scored 90, below --min-score 95");
    assertThat(CliRun.of("check", pdf.toString(), "--min-score", "90").exitCode()).isZero();
  }

  @Test
  void aJsonResumeIsRenderedAndReadBack() throws IOException {
    Path json = dir.resolve("resume.json");
    Files.writeString(json, TestResumes.text("full.json"));
    CliRun run = CliRun.of("check", json.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("(PDF, rendered with the classic template, 1 page")
        .contains("Closed loop: every field (name, contact, jobs, bullets, schools, skills) reads back exactly.");
  }

  @Test
  void aJobPostingGivesTheMatchAndWhereMissingKeywordsCouldGo() throws IOException {
    Path job = dir.resolve("job.txt");
    Files.writeString(job, "Senior Data Engineer\nRequirements\n- Python, Kafka and Snowflake\n- k8s\n");
    CliRun run = CliRun.of("check", fixture("good.pdf").toString(), "--job", job.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Job match: ")
        .contains("for \"Senior Data Engineer\"")
        .contains("Kubernetes (Experience)")
        .contains("    - Snowflake: add to Skills section");
  }

  @Test
  void jsonOutputIsTheWholeReport() throws IOException {
    CliRun run = CliRun.of("check", fixture("pronouns.pdf").toString(), "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode report = JsonMapper.builder().build().readTree(run.out());
    assertThat(report.get("score").asInt()).isEqualTo(92);
    assertThat(report.get("findings").get(0).get("id").asString()).isEqualTo("wording.pronouns");
    assertThat(report.get("parsed").get("name").asString()).isEqualTo("Jordan Avery");
    assertThat(report.get("text").asString()).startsWith("Jordan Avery\n");
  }

  @Test
  void damagedAndProtectedFilesAreOneLineErrors() throws IOException {
    Path broken = dir.resolve("broken.pdf");
    Files.writeString(broken, "%PDF-1.7\n" + "garbage ".repeat(500));
    CliRun run = CliRun.of("check", broken.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("error: " + broken + ": the file is not a readable PDF");
    Path photo = dir.resolve("photo.png");
    Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    assertThat(CliRun.of("check", photo.toString()).errLines()).singleElement().asString()
        .isEqualTo("error: " + photo + ": photo.png is not a PDF, DOCX or JSON Resume file; save the resume as PDF or DOCX");
  }

  @Test
  void missingFilesAndBadOptionsAreUsageErrors() {
    CliRun missing = CliRun.of("check", dir.resolve("nope.pdf").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.errLines()).containsExactly("error: cannot read " + dir.resolve("nope.pdf") + ": no such file");
    CliRun range = CliRun.of("check", "x.pdf", "--min-score", "101");
    assertThat(range.exitCode()).isEqualTo(2);
    assertThat(range.errLines()).containsExactly("error: --min-score must be between 0 and 100, not 101");
  }

  @Test
  void helpListsTheOptionsAndExitCodes() {
    CliRun run = CliRun.of("check", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--job=JOB.txt", "--json", "--grammar", "--min-score=N", "3   The score is below --min-score.");
  }
}
