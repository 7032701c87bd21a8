package org.createyourresume.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsOptions;
import org.createyourresume.ats.AtsReport;
import org.createyourresume.ats.FieldDifference;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.ScorePart;
import org.createyourresume.ats.match.Importance;
import org.createyourresume.ats.match.JobMatch;
import org.createyourresume.ats.match.Keyword;
import org.createyourresume.ats.parse.ParsedEntry;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ParsedSection;
import org.createyourresume.json.ReadResult;
import org.createyourresume.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cyr check}: read a resume as an ATS does, score it, and match it to a job posting. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a resume the way an applicant tracking system (ATS) reads it: what it extracts and",
      "parses, a 0-100 score, and every finding with how to fix it, the best fix first.",
      "A JSON Resume file is rendered in its own template first and its fields compared with what",
      "an ATS reads back."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Checked (and at least --min-score).",
      "2:Unusable input: unreadable, not a PDF/DOCX/JSON Resume, damaged, protected or hostile file.",
      "3:The score is below --min-score.",
      "4:Internal error (a bug: please report it)."
    })
final class CheckCommand implements Callable<Integer> {

  /** Job postings are text; anything bigger than this is a mistake. */
  static final long MAX_JOB_BYTES = 200L * 1024;

  @ParentCommand private ResumeCli cli;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The resume: .pdf, .docx or JSON Resume .json.")
  private Path file;

  @Option(names = "--job", paramLabel = "JOB.txt", description = "A job posting (plain text) to match the resume against.")
  private Path job;

  @Option(names = "--json", description = "Print the whole report as JSON, for machines.")
  private boolean json;

  @Option(names = "--grammar", description = "Also check spelling and grammar (English; takes a few seconds more).")
  private boolean grammar;

  @Option(names = "--min-score", paramLabel = "N", description = "Exit with 3 when the score is below N (0-100).")
  private Integer minScore;

  @Override
  public Integer call() {
    if (minScore != null && (minScore < 0 || minScore > 100)) {
      throw CliException.invalidInput("--min-score must be between 0 and 100, not " + minScore);
    }
    AtsChecker checker = cli.checker();
    AtsOptions options = AtsOptions.defaults()
        .withGrammar(grammar ? AtsOptions.Grammar.WAIT : AtsOptions.Grammar.OFF)
        .withJobDescription(job == null ? null : jobText(job));
    if (grammar) {
      checker.prepareGrammar();
    }
    AtsReport report;
    try {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        ReadResult read = ResumeInput.readOrFail(file, cli.renderer().validator());
        PrintWriter err = spec.commandLine().getErr();
        for (Problem problem : read.problems()) {
          err.println("warning: " + file + ": " + problem);
        }
        err.flush();
        report = checker.checkResume(read.resume(), options);
      } else {
        report = checker.checkFile(ResumeInput.bytes(file, checker.limits().maxBytes()), file.getFileName().toString(), options);
      }
    } catch (AtsException e) {
      if (e.isUserError()) {
        throw CliException.invalidInput(file + ": " + e.getMessage());
      }
      throw e;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(report.toJson(true));
    } else {
      print(report, out);
    }
    out.flush();
    if (minScore != null && report.score() < minScore) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("error: " + file + " scored " + report.score() + ", below --min-score " + minScore);
      err.flush();
      return ExitCodes.BELOW_THRESHOLD;
    }
    return ExitCodes.OK;
  }

  static String jobText(Path path) {
    byte[] bytes = ResumeInput.bytes(path, MAX_JOB_BYTES);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw CliException.invalidInput(path + " is not UTF-8 text; save the job posting as plain text");
    }
  }

  // ------------------------------------------------------------------ the human report

  private void print(AtsReport r, PrintWriter out) {
    String pages = r.pages() + (r.pages() == 1 ? " page" : " pages");
    String made = r.template() != null ? ", rendered with the " + r.template() + " template" : "";
    out.println("ATS check of " + file + " (" + r.format() + made + ", " + pages + ", " + r.words() + " words)");
    out.println();
    out.println("Score: " + r.score() + "/100  (" + r.scoreParts().stream()
        .map(CheckCommand::part).collect(Collectors.joining(", ")) + ")");
    if (r.language() != null && !"en".equals(r.language())) {
      out.println("Language: " + languageName(r.language()) + " (action verbs, pronouns, buzzwords and repeated words"
          + " are checked in English only, so they were left out).");
    }
    if (r.grammar() == AtsReport.GrammarStatus.NOT_ENGLISH) {
      out.println("Spelling and grammar: not checked (the resume is not in English).");
    } else if (r.grammar() == AtsReport.GrammarStatus.OFF) {
      out.println("Spelling and grammar: not checked (add --grammar).");
    }
    out.println();
    List<Finding> findings = r.findings().stream().filter(f -> f.severity() != Finding.Severity.INFO).toList();
    List<Finding> notes = r.findings().stream().filter(f -> f.severity() == Finding.Severity.INFO).toList();
    if (findings.isEmpty()) {
      out.println("No problems found.");
    } else {
      out.println("Findings, best fix first:");
      int n = 1;
      for (Finding f : findings) {
        out.printf("%3d. %s%s: %s [%s]%n", n++, f.severity().name().toLowerCase(Locale.ROOT),
            f.points() > 0 ? ", -" + f.points() : "", f.title(), f.id());
        out.println("     " + f.explanation());
        out.println("     Fix: " + f.fix());
        for (String e : f.examples()) {
          out.println("     - " + e);
        }
      }
    }
    for (Finding f : notes) {
      out.println("Note: " + f.title() + ". " + f.fix() + (f.examples().isEmpty() ? "" : " (" + String.join("; ", f.examples()) + ")"));
    }
    out.println();
    printParsed(r.parsed(), out);
    if (r.template() != null) {
      out.println();
      if (r.differences().isEmpty()) {
        out.println("Closed loop: every field (name, contact, jobs, bullets, schools, skills) reads back exactly.");
      } else {
        out.println("Closed loop: " + r.differences().size() + " fields read back differently:");
        for (FieldDifference d : r.differences()) {
          out.println("  - " + d);
        }
      }
    }
    if (r.jobMatch() != null) {
      out.println();
      printMatch(r.jobMatch(), out);
    }
  }

  /** "German" for "de". */
  private static String languageName(String tag) {
    String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? tag : name;
  }

  private static String part(ScorePart p) {
    return p.category().name().toLowerCase(Locale.ROOT) + " " + p.earned() + "/" + p.possible();
  }

  private static void printParsed(ParsedResume p, PrintWriter out) {
    out.println("What an ATS reads:");
    field(out, "Name", p.name());
    field(out, "Headline", p.headline());
    field(out, "Email", p.contact().email());
    field(out, "Phone", p.contact().phone());
    field(out, "Location", p.contact().location());
    field(out, "Links", p.contact().links().isEmpty() ? null : String.join(", ", p.contact().links()));
    out.println("  Sections: " + (p.sections().isEmpty() ? "none found" : p.sections().stream()
        .map(CheckCommand::sectionName).collect(Collectors.joining(", "))));
    for (ParsedEntry job : p.jobs()) {
      out.println("  Job: " + orDash(job.company()) + " | " + orDash(job.title()) + " | "
          + (job.dates() == null ? "no dates" : job.dates().text()) + " | " + job.bullets().size() + " bullets");
    }
    for (ParsedEntry school : p.schools()) {
      out.println("  School: " + orDash(school.institution()) + " | " + orDash(school.degree()) + " | "
          + (school.dates() == null ? "no dates" : school.dates().text()));
    }
    if (!p.skills().isEmpty()) {
      out.println("  Skills: " + String.join(", ", p.skills()));
    }
  }

  private static String sectionName(ParsedSection s) {
    String name = s.standardHeading() ? s.kind().standardHeading() : "\"" + s.heading() + "\" (not recognised)";
    return s.entries().isEmpty() ? name : name + " (" + s.entries().size() + ")";
  }

  private static void printMatch(JobMatch m, PrintWriter out) {
    out.println("Job match: " + m.matchRate() + "%" + (m.jobTitle() == null ? "" : " for \"" + m.jobTitle() + "\"")
        + ("en".equals(m.language()) ? "" : ", read as a " + languageName(m.language()) + " posting")
        + " (aim for 80% or more)");
    if (!m.matched().isEmpty()) {
      out.println("  Matched: " + m.matched().stream().map(k -> k.name() + " (" + k.foundIn() + ")")
          .collect(Collectors.joining(", ")));
    }
    if (!m.missing().isEmpty()) {
      out.println("  Missing, most important first:");
      for (Keyword k : m.missing()) {
        out.println("    - " + k.name() + (k.asWritten().equalsIgnoreCase(k.name()) ? "" : " (\"" + k.asWritten() + "\")")
            + (k.importance() == Importance.PREFERRED ? " [nice to have]" : "") + ": add to " + k.suggestion());
      }
    }
  }

  private static void field(PrintWriter out, String label, String value) {
    out.println("  " + label + ": " + (value == null ? "(not found)" : value));
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
