package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.grammar.GrammarChecker;
import org.createyourresume.ats.parse.ParsedResume;


/** Spelling and grammar (English), with technical terms allowed. Runs only when asked for. */
public final class SpellingCheck implements Check {

  private final GrammarChecker grammar;

  public SpellingCheck(GrammarChecker grammar) {
    this.grammar = grammar;
  }

  /**
   * The lines of a parsed resume that are checked: the headline, the summary, and the paragraphs
   * and bullets of the sections in the candidate's own words (not names, contact, dates or skill
   * lists, which are not sentences).
   */
  public static List<String> lines(ParsedResume parsed) {
    List<String> lines = new ArrayList<>();
    if (parsed.headline() != null) {
      lines.add(parsed.headline());
    }
    if (parsed.summary() != null) {
      lines.addAll(List.of(parsed.summary().split("\n")));
    }
    parsed.sections().stream().filter(s -> s.kind().ownWords()).forEach(s -> s.entries().forEach(e -> {
      lines.addAll(e.paragraphs());
      lines.addAll(e.bullets());
    }));
    return lines;
  }

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    // the resume's own skills are its user dictionary: a tool it lists is not a typo
    List<GrammarChecker.Issue> issues = grammar.check(lines(r.parsed()), r.parsed().skills());
    Set<String> spelling = new LinkedHashSet<>();
    List<String> grammarExamples = new ArrayList<>();
    for (GrammarChecker.Issue issue : issues) {
      if (issue.spelling()) {
        spelling.add(issue.text() + (issue.suggestions().isEmpty() ? "" : " → " + issue.suggestions().get(0)));
      } else {
        // one line per distinct problem, saying how often it occurs rather than repeating it
        grammarExamples.add("\"" + issue.text() + "\": " + issue.message()
            + (issue.suggestions().isEmpty() ? "" : " (→ " + issue.suggestions().get(0) + ")")
            + (issue.occurrences() > 1 ? " — " + issue.occurrences() + " times" : ""));
      }
    }
    if (!spelling.isEmpty()) {
      findings.accept(Findings.of("language.spelling", Category.CONTENT,
          spelling.size() > 3 ? Severity.MAJOR : Severity.MINOR, Math.min(8, 2 * spelling.size()),
          Findings.plural(spelling.size(), "possible spelling mistake"),
          "Misspelt words are not found by keyword searches (an ATS looks for \"management\", not"
              + " \"managment\") and recruiters notice them first.",
          "Correct the words listed; if one is a real name or term, ignore this.", new ArrayList<>(spelling),
          spelling.size()));
    }
    if (!grammarExamples.isEmpty()) {
      findings.accept(Findings.of("language.grammar", Category.CONTENT, Severity.MINOR,
          Math.min(4, grammarExamples.size()), Findings.plural(grammarExamples.size(), "possible grammar issue"),
          "Grammar slips cost credibility with the recruiter who reads what the ATS ranked.",
          "Review each one; LanguageTool's suggestion is shown in brackets.", grammarExamples,
          grammarExamples.size()));
    }
  }
}
