package org.createyourresume.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.PdfFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTests {

  @TempDir Path dir;

  private Path resume(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, TestResumes.text("full.json"));
    return file;
  }

  @Test
  void writesThePdfUnderTheNameRecruitersExpect() throws IOException {
    Path in = resume("resume.json");
    Path out = dir.resolve("out.pdf");
    CliRun run = CliRun.of("render", in.toString(), "-t", "modern", "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("wrote " + out + " (1 page, modern template, PDF)\n");
    assertThat(PdfFacts.flat(PdfFacts.of(Files.readAllBytes(out)).text()))
        .startsWith("Amelia Fernández-Ortiz Senior Software Engineer");
  }

  @Test
  void defaultsToFirstnameLastnameResumeInTheCurrentFolder() throws IOException {
    Path in = resume("resume.json");
    CliRun run = CliRun.of("render", in.toString());
    Path expected = Path.of("Amelia_Fernandez-Ortiz_Resume.pdf");
    try {
      assertThat(run.exitCode()).isZero();
      assertThat(expected).exists();
      assertThat(run.out()).contains("classic template");
    } finally {
      Files.deleteIfExists(expected);
    }
  }

  @Test
  void writesToStandardOutputWithDash() throws IOException {
    CliRun run = CliRun.of("render", resume("r.json").toString(), "-o", "-", "--format", "html");
    assertThat(run.exitCode()).isZero();
    assertThat(new String(run.binary(), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("<html").contains("Amelia Fernández-Ortiz");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void rendersJsonResumeBack() throws IOException {
    Path out = dir.resolve("copy.json");
    CliRun run = CliRun.of("render", resume("r.json").toString(), "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out)).contains("\"name\" : \"Finlo Payments\"");
  }

  @Test
  void anUnknownTemplateIsOneLineAndExitTwo() throws IOException {
    CliRun run = CliRun.of("render", resume("r.json").toString(), "-t", "fancy", "-o", dir.resolve("x.pdf").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("error: no template \"fancy\" (choose one of classic, modern, compact, technical, harbor,"
            + " atlas, summit, timeline, minimal, executive, starter, academic, portrait)");
    assertThat(dir.resolve("x.pdf")).doesNotExist();
  }

  @Test
  void aMissingFileIsOneLineAndExitTwo() {
    CliRun run = CliRun.of("render", dir.resolve("nope.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("error: cannot read " + dir.resolve("nope.json") + ": no such file");
  }

  @Test
  void malformedJsonNamesTheLineAndColumn() throws IOException {
    Path in = dir.resolve("bad.json");
    Files.writeString(in, "{\n  \"basics\": {\"name\": \"A\",}\n}");
    CliRun run = CliRun.of("render", in.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("error: " + in + ": not valid JSON at line 2, column 26");
  }

  @Test
  void binaryInputIsRefusedPlainly() throws IOException {
    Path in = dir.resolve("resume.pdf");
    Files.write(in, new byte[] {'%', 'P', 'D', 'F', (byte) 0xC3, (byte) 0x28, 0, 1});
    CliRun run = CliRun.of("render", in.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("error: " + in + " is not UTF-8 text (is it a JSON Resume file?)");
  }

  @Test
  void problemsInTheResumeAreWarningsAndTheRenderGoesOn() throws IOException {
    Path in = dir.resolve("odd.json");
    Files.writeString(in, "{\"basics\": {\"name\": \"Sam Doe\"}, \"work\": [{\"name\": \"Acme\", \"startDate\": \"2019-13\"}]}");
    Path out = dir.resolve("odd.pdf");
    CliRun run = CliRun.of("render", in.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines()).containsExactly(
        "warning: " + in + ": work[0].startDate (line 1, column 59): \"2019-13\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
    assertThat(PdfFacts.of(Files.readAllBytes(out)).text()).contains("2019-13");
  }

  @Test
  void textNoBundledFontCanShowFailsTheRenderNamingTheField(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("runes.json");
    Files.writeString(in, "{\"basics\": {\"name\": \"Sam Doe\"}, \"work\": [{\"name\": \"Acme\", \"highlights\": [\"Shipped \u16A0 twice\"]}]}");
    Path out = dir.resolve("runes.pdf");
    CliRun run = CliRun.of("render", in.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "error: " + in + ": /work/0/highlights/0: left out characters the font cannot show: \"\u16A0\" (U+16A0)");
    assertThat(out).doesNotExist();
  }

  @Test
  void arabicChineseAndHindiRenderWithTheBundledFonts(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("scripts.json");
    Files.writeString(in, "{\"basics\": {\"name\": \"ليلى حداد\"}, \"work\": [{\"name\": \"杭州云帆科技\", \"highlights\": [\"अनुभव\"]}]}");
    Path out = dir.resolve("scripts.pdf");
    CliRun run = CliRun.of("render", in.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines()).isEmpty();
    assertThat(PdfFacts.of(Files.readAllBytes(out)).text()).contains("杭州云帆科技", "अनुभव");
  }

  @Test
  void aFailedWriteLeavesNoFileBehind() throws IOException {
    Path target = dir.resolve("missing-folder").resolve("out.pdf");
    CliRun run = CliRun.of("render", resume("r.json").toString(), "-o", target.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith("error: cannot write " + target);
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("r.json");
    }
  }

  @Test
  void anExistingFileIsReplacedWhole() throws IOException {
    Path out = dir.resolve("out.pdf");
    Files.writeString(out, "old content");
    CliRun run = CliRun.of("render", resume("r.json").toString(), "-o", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(new String(Files.readAllBytes(out), 0, 5)).isEqualTo("%PDF-");
    try (var files = Files.list(dir)) {
      assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part"))).isEmpty();
    }
  }

  @Test
  void anUnknownFormatIsAUsageError() throws IOException {
    CliRun run = CliRun.of("render", resume("r.json").toString(), "--format", "docx2");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("error: unknown format 'docx2' (choose pdf, docx, txt, md, html or json)");
  }

  @Test
  void writesPlainTextWrappedAndAsciiOnly() throws IOException {
    CliRun run = CliRun.of("render", resume("r.json").toString(), "--format", "txt", "--width", "60", "--ascii", "-o", "-");
    assertThat(run.exitCode()).isZero();
    String text = new String(run.binary(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
    assertThat(text).contains("- Redesigned the settlement workflow").contains("Mar 2021 - Present").doesNotContain("•");
  }

  @Test
  void writesAWordDocument() throws IOException {
    Path out = dir.resolve("cv.docx");
    CliRun run = CliRun.of("render", resume("r.json").toString(), "--format", "docx", "-o", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("wrote " + out + " (classic template, DOCX)\n");
    byte[] bytes = Files.readAllBytes(out);
    assertThat(new String(bytes, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
  }

  @Test
  void aTooNarrowWidthIsAUsageError() throws IOException {
    CliRun run = CliRun.of("render", resume("r.json").toString(), "--format", "txt", "--width", "5");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("error: --width must be 0 (no wrapping) or at least 20");
  }

  @Test
  void helpListsOptionsAndExitCodes() {
    CliRun run = CliRun.of("render", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--template", "--output", "--format", "RESUME.json");
  }
}
