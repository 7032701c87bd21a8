package org.createyourresume.ats.checks;

import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.SectionKind;

/** The sections every ATS looks for: Experience, Education, Skills, and a Summary. */
public final class SectionsCheck implements Check {

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    ParsedResume p = r.parsed();
    if (!p.has(SectionKind.EXPERIENCE)) {
      findings.accept(missing("sections.missing-experience", "Experience", Severity.MAJOR, 8,
          "ATS map your jobs from the Experience section; without one, your work history is not"
              + " recognised (projects and volunteering are filed separately).",
          "Add an \"Experience\" section (internships, part-time and volunteer work count) with a"
              + " heading of that name."));
    }
    if (!p.has(SectionKind.EDUCATION)) {
      findings.accept(missing("sections.missing-education", "Education", Severity.MAJOR, 6,
          "Many searches filter on degree and school; without an Education section those fields"
              + " stay empty.",
          "Add an \"Education\" section with your school, degree and dates."));
    }
    if (!p.has(SectionKind.SKILLS)) {
      findings.accept(missing("sections.missing-skills", "Skills", Severity.MINOR, 4,
          "ATS match keywords from a Skills section first; without one your skills are only found"
              + " if they happen to appear in bullets.",
          "Add a \"Skills\" section listing tools, technologies and methods, comma-separated."));
    }
    if (!p.has(SectionKind.SUMMARY) && p.summary() == null) {
      findings.accept(missing("sections.missing-summary", "Summary", Severity.MINOR, 2,
          "A short summary at the top is where a recruiter (and the ranking) reads your target role"
              + " and strongest keywords first.",
          "Add a \"Summary\" of two to four lines naming your role, years of experience and top"
              + " skills."));
    }
  }

  private static Finding missing(String id, String name, Severity severity, int points,
      String explanation, String fix) {
    return Findings.of(id, Category.SECTIONS, severity, points,
        "No " + name + " section", explanation, fix);
  }
}
