package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;

/** Clichés and buzzwords ("team player", "results-driven", "synergy"). */
public final class BuzzwordCheck implements Check {

  private static final List<Pattern> PATTERNS =
      WordLists.BUZZWORDS.stream()
          .map(b -> Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(b) + "(?![\\p{L}-])"))
          .toList();

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    if (!r.english()) {
      return; // its word lists are English
    }
    String text = r.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    List<String> found = new ArrayList<>();
    for (int i = 0; i < PATTERNS.size(); i++) {
      String phrase = WordLists.BUZZWORDS.get(i);
      if (text.contains(phrase) && PATTERNS.get(i).matcher(text).find()
          && found.stream().noneMatch(f -> f.contains(phrase) || phrase.contains(f))) {
        found.add(phrase);
      }
    }
    if (found.isEmpty()) {
      return;
    }
    findings.accept(Findings.of("wording.buzzwords", Category.CONTENT, Severity.MINOR, Math.min(5, found.size() + 1),
        Findings.plural(found.size(), "cliché") + " or buzzword" + (found.size() == 1 ? "" : "s"),
        "Phrases like \"" + found.get(0) + "\" appear on thousands of resumes and prove nothing;"
            + " recruiters skip them, and no ATS search uses them.",
        "Replace each with evidence: a result, a number, a named tool or method.", found,
        found.size(), found.get(0)));
  }
}
