package org.createyourresume.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsOptions;
import org.createyourresume.compose.LetterChecker;
import org.createyourresume.compose.LetterDraft;
import org.createyourresume.compose.LetterDrafter;
import org.createyourresume.compose.LetterFinding;
import org.createyourresume.compose.LetterReport;
import org.createyourresume.json.ReadResult;
import org.createyourresume.letter.Letter;
import org.createyourresume.letter.Letters;
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

/** {@code cyr letter}: the resume's cover letter, or a starter draft for a job, in the resume's design. */
@Command(
    name = "letter",
    mixinStandardHelpOptions = true,
    description = {
      "Render a cover letter in the resume's design: the resume file's own letter",
      "(meta.createYourResume.letters), or, when it has none or with --draft, a starter draft",
      "written from the resume and the job posting. The letter's checks are printed as notes."
    })
final class LetterCommand implements Callable<Integer> {

  @ParentCommand private ResumeCli cli;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "RESUME.json", description = "The resume (and its letters).")
  private Path file;

  @Option(names = "--job", paramLabel = "POSTING.txt", description = "The job posting (plain text).")
  private Path job;

  @Option(names = "--letter", paramLabel = "ID", description = "Which of the resume's letters; default: the first.")
  private String letterId;

  @Option(names = "--draft", description = "Write a starter draft from --job even if the resume has letters.")
  private boolean draft;

  @Option(names = {"-t", "--template"}, paramLabel = "ID",
      description = "Template id (see 'cyr templates'); default: the resume's own, else classic.")
  private String template;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Output file, or - for standard output; default: Firstname_Lastname_Cover_Letter.<format>.")
  private String output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf",
      description = "pdf, docx, txt, md, html or json (the letter's JSON; default: ${DEFAULT-VALUE}).")
  private String format;

  @Override
  public Integer call() {
    OutputFormat outputFormat = OutputFormat.of(format).orElseThrow(() -> CliException.invalidInput(
        "unknown format '" + format + "' (choose pdf, docx, txt, md, html or json)"));
    ReadResult read = ResumeInput.readOrFail(file, cli.renderer().validator());
    PrintWriter err = spec.commandLine().getErr();
    for (Problem problem : read.problems()) {
      err.println("warning: " + file + ": " + problem);
    }
    String posting = job == null ? null : CheckCommand.jobText(job);
    Letter letter = letter(read, posting, err);
    RenderResult result;
    try {
      result = cli.renderer().renderLetter(read.resume(), letter, new RenderOptions(outputFormat, template));
    } catch (RenderException e) {
      if (e.isUserError()) {
        throw CliException.invalidInput(e.getMessage());
      }
      throw e;
    }
    for (RenderDiagnostic diagnostic : result.diagnostics()) {
      err.println("warning: letter " + diagnostic);
    }
    try {
      LetterReport report = new LetterChecker(cli.checker()).check(read.resume(), letter, posting, AtsOptions.Grammar.OFF);
      for (LetterFinding f : report.findings()) {
        // placeholders are already warned about by the render
        if (!f.code().equals("letter.placeholder")) {
          err.println("note: letter " + (f.pointer().isEmpty() ? "" : f.pointer() + ": ") + f.message());
        }
      }
    } catch (AtsException e) {
      err.println("note: the letter could not be checked against the posting: " + e.getMessage());
    }
    err.flush();
    return OutputFile.writeRendered(cli.binaryOut(), spec.commandLine().getOut(), output,
        ResumeFileName.ofLetter(read.resume(), outputFormat), result, outputFormat);
  }

  private Letter letter(ReadResult read, String posting, PrintWriter err) {
    List<Letter> letters = Letters.read(read.resume());
    if (letterId != null) {
      return letters.stream().filter(l -> letterId.equals(l.id())).findFirst().orElseThrow(() ->
          CliException.invalidInput(file + " has no letter '" + letterId + "'"
              + (letters.isEmpty() ? "" : " (it has: " + String.join(", ",
                  letters.stream().map(l -> String.valueOf(l.id())).toList()) + ")")));
    }
    if (!letters.isEmpty() && !draft) {
      return letters.get(0);
    }
    if (posting == null) {
      throw CliException.invalidInput(file + " has no cover letter; give the job posting with --job POSTING.txt to draft one");
    }
    LetterDraft drafted;
    try {
      drafted = new LetterDrafter(cli.checker()).draft(read.resume(), posting, LocalDate.now());
    } catch (AtsException e) {
      throw CliException.invalidInput(e.getMessage());
    }
    err.println("note: a starter draft for " + (drafted.role() == null ? "the role" : drafted.role())
        + (drafted.company() == null ? "" : " at " + drafted.company())
        + ": rewrite its paragraphs in your own words before sending");
    return drafted.letter();
  }
}
