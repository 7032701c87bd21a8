package org.createyourresume.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.PdfFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterCommandTests {

  @TempDir Path dir;

  private Path fixture(String name) throws IOException {
    try (InputStream in = LetterCommandTests.class.getResourceAsStream("/letters/" + name)) {
      Path file = dir.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  @Test
  void rendersTheResumesOwnLetter() throws IOException {
    Path out = dir.resolve("letter.pdf");
    CliRun run = CliRun.of("letter", fixture("with-letters.json").toString(), "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("wrote " + out + " (1 page, modern template, PDF)\n");
    String text = PdfFacts.flat(PdfFacts.of(Files.readAllBytes(out)).text());
    assertThat(text).startsWith("Amelia Fernández-Ortiz").contains("Dear Ms Whitfield,")
        .contains("I redesigned the settlement workflow");
    // checks are notes, not failures
    assertThat(run.err()).contains("note: letter /body:").doesNotContain("Exception");
  }

  @Test
  void draftsALetterFromThePostingWhenTheResumeHasNone() throws IOException {
    Path resume = dir.resolve("resume.json");
    Files.writeString(resume, TestResumes.text("full.json"));
    Path out = dir.resolve("draft.txt");
    CliRun run = CliRun.of("letter", resume.toString(), "--job", fixture("posting-backend.txt").toString(),
        "--format", "txt", "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("note: a starter draft for Senior Backend Engineer at Northwind Logistics");
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(text).contains("I am writing to apply for the Senior Backend Engineer position at Northwind Logistics.");
  }

  @Test
  void aPlaceholderInTheDraftIsWarnedAbout() throws IOException {
    Path resume = dir.resolve("resume.json");
    Files.writeString(resume, TestResumes.text("full.json"));
    Path posting = dir.resolve("posting.txt");
    Files.writeString(posting, "We need someone with Java and Kafka experience to build our services.");
    CliRun run = CliRun.of("letter", resume.toString(), "--job", posting.toString(), "-o", dir.resolve("l.pdf").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("warning: letter /body/0: still holds the placeholder \"[Company]\"");
  }

  @Test
  void withoutALetterOrAPostingItSaysWhatToDoInOneLine() throws IOException {
    Path resume = dir.resolve("resume.json");
    Files.writeString(resume, TestResumes.text("full.json"));
    CliRun run = CliRun.of("letter", resume.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().strip()).doesNotContain("\n").contains("has no cover letter").contains("--job");
  }

  @Test
  void anUnknownLetterIdOrTemplateIsAOneLineError() throws IOException {
    Path resume = fixture("with-letters.json");
    CliRun unknownId = CliRun.of("letter", resume.toString(), "--letter", "nope");
    assertThat(unknownId.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(unknownId.err().strip()).doesNotContain("\n").contains("northwind-backend, second");
    CliRun unknownTemplate = CliRun.of("letter", resume.toString(), "-t", "nope", "-o", dir.resolve("x.pdf").toString());
    assertThat(unknownTemplate.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(unknownTemplate.err()).contains("no template \"nope\"").doesNotContain("Exception");
  }

  @Test
  void importsALetterIntoTheResumesLettersAndNamesWhatItGuessed() throws IOException {
    Path resume = fixture("with-letters.json");
    Path letter = dir.resolve("old-letter.txt");
    Files.writeString(letter, """
        Amelia Fernández-Ortiz
        amelia.fernandez@example.com

        4 December 2026

        Contoso Ltd
        1 Main Street
        Leeds LS1 4AP

        Application for Staff Engineer

        Dear Hiring Manager,

        I am writing to apply for the Staff Engineer role at Contoso.

        Kind regards,
        Amelia Fernández-Ortiz
        """);
    Path out = dir.resolve("with-imported.json");
    CliRun run = CliRun.of("letter", resume.toString(), "--import", letter.toString(), "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("wrote " + out + " (letter 'contoso-ltd' added from text, 0 fields to check)\n");
    var read = new org.createyourresume.json.JsonResumeReader().read(Files.readString(out)).resume();
    var letters = org.createyourresume.letter.Letters.read(read);
    assertThat(letters).extracting(org.createyourresume.letter.Letter::id)
        .containsExactly("northwind-backend", "second", "contoso-ltd");
    var imported = letters.get(2);
    assertThat(imported.recipient().company()).isEqualTo("Contoso Ltd");
    assertThat(imported.recipient().address()).isEqualTo("1 Main Street\nLeeds LS1 4AP");
    assertThat(imported.date()).isEqualTo("2026-12-04");
    assertThat(imported.role()).isEqualTo("Staff Engineer");
    assertThat(imported.body()).hasSize(1);

    // imported twice: a second id, never a clash
    CliRun again = CliRun.of("letter", out.toString(), "--import", letter.toString(), "-o", out.toString());
    assertThat(again.out()).contains("letter 'contoso-ltd-2' added");
  }

  @Test
  void helpNamesTheImportAndTheExitCodes() {
    CliRun run = CliRun.of("letter", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--import=LETTER", "Exit codes:", "2   Unusable input");
  }

  @Test
  void aLetterFileThatCannotBeImportedIsAOneLineError() throws IOException {
    Path resume = fixture("with-letters.json");
    Path picture = dir.resolve("letter.png");
    Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    CliRun run = CliRun.of("letter", resume.toString(), "--import", picture.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().strip()).doesNotContain("\n").contains("letter.png is a picture");
    CliRun withFormat = CliRun.of("letter", resume.toString(), "--import", picture.toString(), "--format", "docx");
    assertThat(withFormat.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(withFormat.err().strip()).doesNotContain("\n").contains("--format cannot be used with --import");
  }
}
