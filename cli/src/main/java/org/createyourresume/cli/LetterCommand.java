package org.createyourresume.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsOptions;
import org.createyourresume.compose.LetterChecker;
import org.createyourresume.compose.LetterDraft;
import org.createyourresume.compose.LetterDrafter;
import org.createyourresume.compose.LetterFinding;
import org.createyourresume.compose.LetterReport;
import org.createyourresume.importer.ImportException;
import org.createyourresume.importer.LetterImportResult;
import org.createyourresume.json.JsonResumeWriter;
import org.createyourresume.json.ReadResult;
import org.createyourresume.letter.Letter;
import org.createyourresume.letter.Letters;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
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
      "written from the resume and the job posting. The letter's checks are printed as notes.",
      "With --import LETTER.pdf|.docx|.txt|.md, read a letter you already have into its fields",
      "instead and write the resume with it added to its letters (JSON); what was guessed is",
      "printed as a warning, one per line, with its field."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Written (check the warnings and notes, if any).",
      "1:The output file could not be written.",
      "2:Unusable input: a missing or invalid resume, an unknown letter or template, a letter file that cannot be imported.",
      "4:Internal error (a bug: please report it)."
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
      description = "Output file, or - for standard output; default: Firstname_Lastname_Cover_Letter.<format>"
          + " (with --import: standard output).")
  private String output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf",
      description = "pdf, docx, txt, md, html or json (the letter's JSON; default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--import", paramLabel = "LETTER",
      description = "A letter file (.pdf, .docx, .txt, .md) to add to the resume's letters; writes the resume (JSON).")
  private Path importFile;

  @Override
  public Integer call() {
    if (importFile != null) {
      return importLetter();
    }
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

  /** {@code --import}: the letter in the file, added to the resume's letters, the resume written as JSON. */
  private int importLetter() {
    for (String option : List.of("--job", "--letter", "--draft", "--template", "--format")) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw CliException.invalidInput(option + " cannot be used with --import, which writes the resume with the letter added");
      }
    }
    ReadResult read = ResumeInput.readOrFail(file, cli.renderer().validator());
    PrintWriter err = spec.commandLine().getErr();
    for (Problem problem : read.problems()) {
      err.println("warning: " + file + ": " + problem);
    }
    byte[] content = ResumeInput.bytes(importFile, cli.letterImporter().limits().maxBytes());
    LetterImportResult result;
    try {
      result = cli.letterImporter().importFile(content, importFile.getFileName().toString(), read.resume().basics());
    } catch (ImportException e) {
      throw CliException.invalidInput(importFile + ": " + e.getMessage());
    }
    List<Letter> letters = new ArrayList<>(Letters.read(read.resume()));
    Letter imported = result.letter();
    Set<String> taken = new HashSet<>();
    letters.forEach(l -> taken.add(l.id()));
    String id = imported.id();
    for (int n = 2; taken.contains(id); n++) {
      id = imported.id() + "-" + n;
    }
    letters.add(new Letter(id, imported.role(), imported.recipient(), imported.date(), imported.subject(),
        imported.greeting(), imported.body(), imported.closing(), imported.signature(), null, null, null));
    for (Problem warning : result.warnings()) {
      err.println("warning: " + importFile + ": " + warning);
    }
    err.flush();
    Resume withLetter = Letters.withLetters(read.resume(), letters);
    byte[] json = new JsonResumeWriter().write(withLetter).concat("\n").getBytes(StandardCharsets.UTF_8);
    int unsure = result.unsureFields().size();
    return OutputFile.writeJson(cli.binaryOut(), spec.commandLine().getOut(), output, json,
        "letter '" + id + "' added from " + result.format().name().toLowerCase(Locale.ROOT) + ", " + unsure
            + (unsure == 1 ? " field" : " fields") + " to check");
  }
}
