package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;

/** The same verb opening many bullets, or one word used over and over. */
public final class RepetitionCheck implements Check {

  private static final Set<String> COMMON = Set.of(
      "with", "from", "that", "this", "their", "over", "into", "across", "more", "than", "team",
      "teams", "using", "work", "also", "within", "while", "through", "which", "about", "after",
      "each", "other", "they", "them", "have", "were", "been", "where", "when", "what", "such");

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    if (!r.english()) {
      return; // its word lists are English
    }
    Map<String, Integer> starters = new LinkedHashMap<>();
    for (String b : r.workBullets()) {
      String first = b.strip().split("[\\s,;:]+", 2)[0].toLowerCase(Locale.ROOT);
      if (!first.isEmpty() && !first.equals("i") && !first.equals("we")) {
        starters.merge(first, 1, Integer::sum);
      }
    }
    List<String> repeated = new ArrayList<>();
    starters.forEach((w, n) -> {
      if (n >= 3) {
        repeated.add("\"" + capital(w) + "\" opens " + n + " bullets");
      }
    });
    Set<String> skills = new HashSet<>();
    r.parsed().skills().forEach(s -> skills.add(s.toLowerCase(Locale.ROOT)));
    // the words of the candidate's own titles ("data", "engineer") are expected to recur
    List<String> titles = new ArrayList<>();
    if (r.parsed().headline() != null) {
      titles.add(r.parsed().headline());
    }
    r.parsed().jobs().forEach(j -> titles.add(String.valueOf(j.title())));
    for (String t : titles) {
      for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        skills.add(w);
      }
    }
    Map<String, Integer> words = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>(r.descriptions());
    if (r.parsed().summary() != null) {
      texts.add(r.parsed().summary());
    }
    for (String t : texts) {
      for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (w.length() >= 4 && !COMMON.contains(w) && !skills.contains(w)) {
          words.merge(w, 1, Integer::sum);
        }
      }
    }
    int overused = Math.max(6, r.words() / 120); // longer resumes may repeat their field's words
    words.forEach((w, n) -> {
      if (n >= overused && !starters.containsKey(w)) {
        repeated.add("\"" + w + "\" used " + n + " times");
      }
    });
    if (repeated.isEmpty()) {
      return;
    }
    findings.accept(Findings.of("wording.repeated", Category.CONTENT, Severity.MINOR, Math.min(4, 1 + repeated.size()),
        "Repeated words",
        "The same word again and again reads as a template and wastes room that other keywords"
            + " could match.",
        "Vary the verbs (Led, Directed, Coordinated, Oversaw…) and cut repeats that add nothing.",
        repeated));
  }

  private static String capital(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
