package org.createyourresume.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportCommandTests {

  @TempDir Path dir;

  /** A fixture of the core test jar, copied to a file. */
  private Path fixture(String resource, String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = ImportCommandTests.class.getResourceAsStream(resource)) {
      Files.copy(in, target);
    }
    return target;
  }

  private static JsonNode json(byte[] bytes) {
    return JsonMapper.builder().build().readTree(new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void aPdfBecomesJsonResumeOnStandardOutput() throws IOException {
    Path pdf = fixture("/ats/good.pdf", "good.pdf");
    CliRun run = CliRun.of("import", pdf.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode resume = json(run.binary());
    assertThat(resume.get("basics").get("name").asString()).isEqualTo("Jordan Avery");
    assertThat(resume.get("basics").get("email").asString()).isEqualTo("jordan.avery@example.org");
    assertThat(resume.get("work").get(0).get("name").asString()).isEqualTo("Brightline Logistics");
    assertThat(resume.get("work").get(0).get("startDate").asString()).isEqualTo("2021-03");
  }

  @Test
  void warningsGoToStandardErrorOnePerLineWithTheirField() throws IOException {
    Path text = dir.resolve("cv.txt");
    Files.writeString(text, "Kim Park\nkim@example.com\nEXPERIENCE\nGlobex | Planner\n- Planned 40 routes a week.\n");
    CliRun run = CliRun.of("import", text.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines()).isNotEmpty().allMatch(l -> l.startsWith("warning: " + text + ": "));
    assertThat(run.errLines()).anyMatch(l -> l.contains("work[0].startDate: no dates were found"));
    assertThat(json(run.binary()).get("work").get(0).get("name").asString()).isEqualTo("Globex");
  }

  @Test
  void aSectionThatMayBeIncompleteIsAWarningAtTheSection() throws IOException {
    Path text = dir.resolve("cv.txt");
    Files.writeString(text, "Kim Park\nkim@example.com · Leeds, UK\n\nEXPERIENCE\nPlanner | Globex | Leeds   2019 – 2022\n"
        + "- Planned 40 routes a week.\n\nSKILLS\n\nEDUCATION\nUniversity of Leeds   2015 – 2018\nBSc Geography\n");
    CliRun run = CliRun.of("import", text.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines()).contains("warning: " + text + ": skills: not sure this section is complete: the heading"
        + " \"SKILLS\" was found with nothing under it, so its items may be missing or read into another section;"
        + " check it against the file");
  }

  @Test
  void theOutputFileIsWrittenWhole() throws IOException {
    Path source = dir.resolve("old.json");
    Files.writeString(source, TestResumes.text("dialects/other-tools.json"));
    Path out = dir.resolve("new.json");
    CliRun run = CliRun.of("import", source.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("wrote " + out + " (from json resume, ");
    assertThat(run.errLines()).contains("warning: " + source
        + ": work[0].company (line 12, column 7): read as \"name\", the standard name of this field");
    JsonNode resume = JsonMapper.builder().build().readTree(Files.readString(out));
    assertThat(resume.get("basics").get("name").asString()).isEqualTo("Kenji Watanabe");
    assertThat(resume.get("work").get(0).get("name").asString()).isEqualTo("Naniwa Mobile Games");
    assertThat(run.binary()).isEmpty();
  }

  @Test
  void unusableFilesAreOneLineErrorsAndNothingIsWritten() throws IOException {
    Path scan = fixture("/ats/image-only.pdf", "scan.pdf");
    Path out = dir.resolve("out.json");
    CliRun run = CliRun.of("import", scan.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("error: " + scan + ": this PDF has no text layer");
    assertThat(out).doesNotExist();
    Path doc = dir.resolve("cv.doc");
    Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
    assertThat(CliRun.of("import", doc.toString()).errLines()).singleElement().asString()
        .isEqualTo("error: " + doc + ": cv.doc is an old Word .doc file; save it as .docx or PDF and import that");
    CliRun missing = CliRun.of("import", dir.resolve("nope.pdf").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.errLines()).containsExactly("error: cannot read " + dir.resolve("nope.pdf") + ": no such file");
  }

  @Test
  void anUnwritableOutputIsExitOne() throws IOException {
    Path source = dir.resolve("resume.json");
    Files.writeString(source, TestResumes.text("full.json"));
    CliRun run = CliRun.of("import", source.toString(), "-o", dir.resolve("no/such/folder/out.json").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().contains("does not exist");
  }

  @Test
  void helpListsTheFormatsAndExitCodes() {
    CliRun run = CliRun.of("import", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: cyr import").contains("-o, --output=OUT.json", "FRESH",
        "2   Unusable input");
  }
}
