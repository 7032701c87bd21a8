package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.parse.ParsedEntry;

/** Bullets of one or two lines; every job with some. */
public final class BulletLengthCheck implements Check {

  private static final int LONG = 35;
  private static final int SHORT = 4;

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    List<String> tooLong = new ArrayList<>();
    List<String> tooShort = new ArrayList<>();
    for (String b : r.workBullets()) {
      int words = b.strip().split("\\s+").length;
      if (words > LONG) {
        tooLong.add(Findings.clip(b));
      } else if (words < SHORT) {
        tooShort.add(b);
      }
    }
    if (!tooLong.isEmpty()) {
      findings.accept(Findings.of("bullets.long", Category.CONTENT, Severity.MINOR, Math.min(4, 2 * tooLong.size()),
          Findings.plural(tooLong.size(), "bullet") + " over " + LONG + " words",
          "Long bullets are skimmed past; the key result gets lost in the middle.",
          "Keep each bullet to one or two lines: one action, one result. Split the rest.", tooLong,
          tooLong.size(), LONG));
    }
    if (!tooShort.isEmpty()) {
      findings.accept(Findings.of("bullets.short", Category.CONTENT, Severity.MINOR, Math.min(3, tooShort.size()),
          Findings.plural(tooShort.size(), "bullet") + " under " + SHORT + " words",
          "Very short bullets name a task without saying what came of it.",
          "Say what you did and what changed because of it.", tooShort, tooShort.size(), SHORT));
    }
    List<String> bare = new ArrayList<>();
    for (ParsedEntry job : r.parsed().jobs()) {
      if (job.bullets().isEmpty() && job.paragraphs().isEmpty()) {
        bare.add(job.company() != null ? job.company() : String.valueOf(job.title()));
      }
    }
    if (!bare.isEmpty()) {
      findings.accept(Findings.of("bullets.missing", Category.CONTENT, Severity.MINOR, Math.min(6, 2 * bare.size()),
          Findings.plural(bare.size(), "job") + " without a description",
          "A job with only a title and dates gives an ATS no keywords to match and a recruiter"
              + " nothing to judge.",
          "Add two to five bullets with what you achieved there.", bare, bare.size()));
    }
  }
}
