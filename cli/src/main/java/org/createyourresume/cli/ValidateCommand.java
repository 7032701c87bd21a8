package org.createyourresume.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.createyourresume.json.ReadResult;
import org.createyourresume.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cyr validate}: every problem with its field path; exit 1 if any is an error. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a JSON Resume file and report every problem with its field path and line.",
      "Exits with 1 if the resume has errors; warnings alone do not fail."
    })
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand private ResumeCli cli;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "RESUME.json", description = "The resume to check.")
  private Path file;

  @Override
  public Integer call() {
    ReadResult result;
    try {
      result = ResumeInput.read(file, cli.renderer().validator());
    } catch (org.createyourresume.json.JsonResumeException e) {
      spec.commandLine().getOut().println(file + ": error: " + e.getMessage());
      spec.commandLine().getOut().flush();
      return ExitCodes.FAILED;
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Problem problem : result.problems()) {
      out.println(file + ": " + (problem.isError() ? "error" : "warning") + ": " + problem);
    }
    int errors = result.errors().size();
    int warnings = result.warnings().size();
    if (errors == 0) {
      out.println(file + " is valid" + (warnings == 0 ? "" : " (" + plural(warnings, "warning") + ")"));
    } else {
      out.println(file + ": " + plural(errors, "error") + ", " + plural(warnings, "warning"));
    }
    out.flush();
    return errors == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static String plural(int count, String word) {
    return count + " " + word + (count == 1 ? "" : "s");
  }
}
