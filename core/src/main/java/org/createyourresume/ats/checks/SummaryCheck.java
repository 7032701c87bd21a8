package org.createyourresume.ats.checks;

import java.util.List;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;

/** A summary of two to five lines: about 15 to 100 words. */
public final class SummaryCheck implements Check {

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    String summary = r.parsed().summary();
    if (summary == null) {
      return;
    }
    int words = summary.strip().split("\\s+").length;
    if (words > 100) {
      findings.accept(Findings.of("summary.long", Category.CONTENT, Severity.MINOR, 3,
          "Summary of " + words + " words",
          "A summary is read in seconds; past about 100 words it turns into a paragraph nobody reads,"
              + " and pushes your experience down.",
          "Cut it to two to four lines: role, years, top skills, one standout result.", List.of(),
          words));
    } else if (words < 15) {
      findings.accept(Findings.of("summary.short", Category.CONTENT, Severity.MINOR, 2,
          "Summary of only " + words + " words",
          "A one-line summary gives neither recruiters nor the ranking much to work with.",
          "Write two to four lines: your role, years of experience, top skills and a result.",
          List.of(), words));
    }
  }
}
