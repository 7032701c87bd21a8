package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;

/** First-person pronouns in bullets and the summary ("I", "me", "my"). */
public final class PronounCheck implements Check {

  private static final Pattern PRONOUN = Pattern.compile("\\b(I|me|my|mine|myself)\\b|\\b(?i:I'm|I've|I'd)\\b");

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    if (!r.english()) {
      return; // its word lists are English
    }
    List<String> texts = new ArrayList<>(r.descriptions());
    if (r.parsed().summary() != null) {
      texts.add(r.parsed().summary());
    }
    int count = 0;
    List<String> examples = new ArrayList<>();
    for (String t : texts) {
      Matcher m = PRONOUN.matcher(t);
      int here = 0;
      while (m.find()) {
        here++;
      }
      if (here > 0) {
        count += here;
        examples.add(Findings.clip(t));
      }
    }
    if (count < 3) {
      return;
    }
    boolean heavy = count >= 8;
    findings.accept(Findings.of("wording.pronouns", Category.CONTENT, heavy ? Severity.MAJOR : Severity.MINOR,
        heavy ? 8 : 4, count + " first-person pronouns",
        "Resumes are written without \"I\", \"me\" and \"my\": the reader knows who it is about, and"
            + " the pronouns take the place of the verbs and results that rank.",
        "Drop the pronoun and start with the verb: \"I managed a team of 5\" → \"Managed a team of 5\".",
        examples, count));
  }
}
