package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;

/** Bullets with a number: a count, a percentage, money or time. */
public final class QuantifiedCheck implements Check {

  private static final Pattern NUMBER = Pattern.compile(
      "\\d|%|[$€£¥₹]|(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
          + "hundred|thousand|million|billion|half|double|doubled|tripled|triple)\\b");

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    List<String> bullets = r.workBullets();
    if (bullets.size() < 3) {
      return;
    }
    List<String> plain = new ArrayList<>();
    for (String b : bullets) {
      if (!NUMBER.matcher(b).find()) {
        plain.add(Findings.clip(b));
      }
    }
    double quantified = 1 - (double) plain.size() / bullets.size();
    if (quantified >= 0.4) {
      return;
    }
    boolean few = quantified < 0.15;
    findings.accept(Findings.of("bullets.quantified", Category.CONTENT, few ? Severity.MAJOR : Severity.MINOR,
        few ? 8 : 4,
        "Only " + Math.round(quantified * 100) + "% of bullets have a number",
        "Numbers (people, %, money, time saved, users) make a result concrete and are what"
            + " recruiters look for; checker sites count them.",
        "Add a measure to your strongest bullets: how many, how much, how fast, compared to what.",
        plain, Math.round(quantified * 100)));
  }
}
