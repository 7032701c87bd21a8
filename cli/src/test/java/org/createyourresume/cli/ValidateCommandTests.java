package org.createyourresume.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTests {

  @TempDir Path dir;

  @Test
  void aValidResumeExitsZero() throws IOException {
    Path in = dir.resolve("resume.json");
    Files.writeString(in, TestResumes.text("full.json"));
    CliRun run = CliRun.of("validate", in.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(in + " is valid\n");
  }

  @Test
  void reportsEveryProblemWithPathAndLineThenExitsOne() throws IOException {
    Path in = dir.resolve("resume.json");
    Files.writeString(
        in,
        """
        {
          "basics": {"name": "Sam Doe", "email": "sam-at-example"},
          "work": [
            {"name": "A", "startDate": "2020"},
            {"name": "B", "startDate": "2021-01", "endDate": "2019-01"},
            {"name": "C", "startDate": "2019-13"}
          ]
        }
        """);
    CliRun run = CliRun.of("validate", in.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            in + ": error: basics.email (line 2, column 33): \"sam-at-example\" is not an email address (like name@example.com)",
            in + ": error: work[1].endDate (line 5, column 43): ends (2019-01) before it starts (2021-01)",
            in + ": error: work[2].startDate (line 6, column 19): \"2019-13\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
            in + ": 3 errors, 0 warnings");
  }

  @Test
  void warningsAloneDoNotFail() throws IOException {
    Path in = dir.resolve("resume.json");
    Files.writeString(in, "{\"basics\": {\"name\": \"Sam\", \"website\": \"https://sam.example\"}}");
    CliRun run = CliRun.of("validate", in.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).endsWith(in + " is valid (1 warning)\n");
  }

  @Test
  void textThatIsNotJsonIsInvalid() throws IOException {
    Path in = dir.resolve("resume.json");
    Files.writeString(in, "name: Sam");
    CliRun run = CliRun.of("validate", in.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith(in + ": error: not valid JSON at line 1, column 1");
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    CliRun run = CliRun.of("validate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "error: Missing required parameter: 'RESUME.json'",
            "(run 'cyr validate --help' for usage)");
  }
}
