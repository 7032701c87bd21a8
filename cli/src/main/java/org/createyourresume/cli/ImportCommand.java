package org.createyourresume.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.createyourresume.importer.ImportException;
import org.createyourresume.importer.ImportResult;
import org.createyourresume.json.JsonResumeWriter;
import org.createyourresume.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cyr import}: any resume file in, a JSON Resume document out. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Turn a resume into a JSON Resume document: a PDF or DOCX (read the way an ATS reads it),",
      "plain text or Markdown, a LinkedIn data export (.zip), an older JSON Resume or a FRESH file.",
      "What was guessed or left out is printed as a warning, one per line, with its field."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Imported (check the warnings, if any).",
      "1:The output file could not be written.",
      "2:Unusable input: missing, unreadable, of an unknown type, damaged, protected or hostile file.",
      "4:Internal error (a bug: please report it)."
    })
final class ImportCommand implements Callable<Integer> {

  @ParentCommand private ResumeCli cli;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The resume: .pdf, .docx, .txt, .md, .zip (LinkedIn) or .json.")
  private Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT.json",
      description = "Write the JSON Resume document here (whole or not at all); default: standard output.")
  private String output;

  @Override
  public Integer call() {
    byte[] content = ResumeInput.bytes(file, cli.importer().limits().maxBytes());
    ImportResult result;
    try {
      result = cli.importer().importFile(content, file.getFileName().toString());
    } catch (ImportException e) {
      throw CliException.invalidInput(file + ": " + e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Problem warning : result.warnings()) {
      err.println("warning: " + file + ": " + warning);
    }
    err.flush();
    byte[] json = new JsonResumeWriter().write(result.resume()).concat("\n").getBytes(StandardCharsets.UTF_8);
    int warnings = result.warnings().size();
    return OutputFile.writeJson(cli.binaryOut(), spec.commandLine().getOut(), output, json,
        "from " + result.format().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", " + warnings
            + (warnings == 1 ? " warning" : " warnings"));
  }
}
