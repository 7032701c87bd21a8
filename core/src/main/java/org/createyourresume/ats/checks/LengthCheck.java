package org.createyourresume.ats.checks;

import java.util.List;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;

/** Enough words to match on, not so many that they dilute: about 350 to 1 000 for 1–2 pages. */
public final class LengthCheck implements Check {

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    int words = r.words();
    if (words < 40) {
      return; // nothing to read: TextLayerCheck or the sections checks say why
    }
    if (words < 250) {
      findings.accept(Findings.of("length.short", Category.CONTENT, Severity.MINOR, 4,
          "Only " + words + " words",
          "Short resumes give an ATS few keywords to match; checker sites look for roughly 350 to"
              + " 1 000 words on one or two pages.",
          "Add bullets with results to your jobs and projects, and a skills section.", List.of(), words));
    } else if (words > 1100 && r.yearsOfExperience() < 15) {
      findings.accept(Findings.of("length.long", Category.CONTENT, Severity.MINOR, 3,
          words + " words",
          "Over about 1 000 words the strongest matches are diluted and recruiters skim.",
          "Cut older jobs to a line each and keep the three to five strongest bullets per job.",
          List.of(), words));
    }
  }
}
