package org.createyourresume.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.createyourresume.json.ReadResult;
import org.createyourresume.model.Problem;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderDiagnostic;
import org.createyourresume.render.RenderException;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.RenderResult;
import org.createyourresume.render.ResumeFileName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cyr render}: parse, check, render, write. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render a JSON Resume file as PDF, Word (DOCX), plain text, Markdown, HTML or JSON.",
      "Problems in the resume are printed as warnings; what can be rendered is rendered."
    })
final class RenderCommand implements Callable<Integer> {

  @ParentCommand private ResumeCli cli;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "RESUME.json", description = "The resume to render.")
  private Path file;

  @Option(
      names = {"-t", "--template"},
      paramLabel = "ID",
      description = "Template id (see 'cyr templates'); default: the resume's own, else classic.")
  private String template;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Output file, or - for standard output; default: Firstname_Lastname_Resume.<format>.")
  private String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "pdf",
      description = "pdf, docx, txt, md, html or json (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(
      names = "--width",
      paramLabel = "N",
      defaultValue = "0",
      description = "txt: wrap lines at N characters (at least 20); 0 keeps lines whole (default).")
  private int width;

  @Option(names = "--ascii", description = "txt: '-' instead of '•' and '–' for bullets and dates.")
  private boolean ascii;

  @Override
  public Integer call() {
    OutputFormat outputFormat =
        OutputFormat.of(format)
            .orElseThrow(
                () -> CliException.invalidInput(
                    "unknown format '" + format + "' (choose pdf, docx, txt, md, html or json)"));
    if (width != 0 && width < 20) {
      throw CliException.invalidInput("--width must be 0 (no wrapping) or at least 20");
    }
    ReadResult read = ResumeInput.readOrFail(file, cli.renderer().validator());
    PrintWriter err = spec.commandLine().getErr();
    for (Problem problem : read.problems()) {
      err.println("warning: " + file + ": " + problem);
    }
    RenderResult result;
    try {
      result =
          cli.renderer()
              .render(read.resume(), new RenderOptions(outputFormat, template, width, ascii));
    } catch (RenderException e) {
      if (e.isUserError()) {
        throw CliException.invalidInput(e.getMessage());
      }
      throw e;
    }
    List<String> missing = new ArrayList<>();
    for (RenderDiagnostic diagnostic : result.diagnostics()) {
      if (diagnostic.id().equals("glyph.missing")) {
        missing.add(diagnostic.toString());
      } else {
        err.println("warning: " + file + ": " + diagnostic);
      }
    }
    err.flush();
    if (!missing.isEmpty()) {
      // a resume with text left out is not what the user wrote: no file, and the fields named
      throw CliException.invalidInput(file + ": " + String.join("; ", missing));
    }
    return OutputFile.writeRendered(cli.binaryOut(), spec.commandLine().getOut(), output,
        ResumeFileName.of(read.resume(), outputFormat), result, outputFormat);
  }
}
