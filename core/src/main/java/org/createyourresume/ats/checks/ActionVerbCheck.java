package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;

/** Bullets that open with an action verb ("Led", "Cut", "Built"), not a duty ("Responsible for"). */
public final class ActionVerbCheck implements Check {

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    if (!r.english()) {
      return; // its word lists are English
    }
    List<String> bullets = r.workBullets();
    if (bullets.size() < 2) {
      return;
    }
    List<String> weak = new ArrayList<>();
    for (String bullet : bullets) {
      String lower = bullet.toLowerCase(Locale.ROOT);
      boolean duty = WordLists.WEAK_OPENERS.stream().anyMatch(lower::startsWith);
      String[] words = bullet.strip().split("[\\s,;:]+", 3);
      // "I led …": the pronoun is PronounCheck's finding; the verb after it counts here
      boolean pronoun = words.length > 1 && (words[0].equals("I") || words[0].equalsIgnoreCase("we"));
      String first = pronoun ? words[1] : words[0];
      if (duty || !WordLists.actionVerb(first)) {
        weak.add(Findings.clip(bullet));
      }
    }
    double share = (double) weak.size() / bullets.size();
    if (share <= 0.25) {
      return;
    }
    boolean most = share > 0.6;
    findings.accept(Findings.of("bullets.action-verbs", Category.CONTENT, most ? Severity.MAJOR : Severity.MINOR,
        most ? 8 : 4, weak.size() + " of " + bullets.size() + " bullets do not start with an action verb",
        "Bullets that open with a strong verb (\"Led\", \"Reduced\", \"Built\") read as results;"
            + " \"Responsible for…\" or a noun reads as a duty list. Recruiters skim the first word.",
        "Start each bullet with a past-tense verb for past jobs (present tense for the current one)"
            + " that says what you did.", weak, weak.size(), bullets.size()));
  }
}
