package org.createyourresume.ats.checks;

import java.util.List;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.extract.DocumentFacts;
import org.createyourresume.ats.extract.SourceFormat;

/** File size, page count against experience, copy protection and hidden text. */
public final class FileCheck implements Check {

  private static final long SOFT_LIMIT = 1024L * 1024;
  private static final long HARD_LIMIT = 2560L * 1024;

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    if (r.document().format() == SourceFormat.TEXT) {
      return;
    }
    long bytes = r.document().bytes();
    if (bytes > SOFT_LIMIT) {
      boolean over = bytes > HARD_LIMIT;
      findings.accept(Findings.of("file.size", Category.PARSING, over ? Severity.MAJOR : Severity.MINOR,
          over ? 10 : 3, "Large file (" + bytes / 1024 + " KB)",
          over
              ? "Some ATS refuse files over 2.5 MB, and large files usually mean images."
              : "Resumes are best kept well under 1 MB; large files usually mean images or embedded fonts"
                  + " in full.",
          "Remove images, compress the PDF, or export it again with fonts subset.", List.of(),
          bytes / 1024, over ? 1 : 0));
    }
    int pages = r.document().pages();
    double years = r.yearsOfExperience();
    int maxPages = years < 8 ? 1 : years < 15 ? 2 : 3;
    if (pages > maxPages && pages > 1) {
      findings.accept(Findings.of("file.pages", Category.CONTENT, Severity.MINOR, Math.min(6, 2 * (pages - maxPages)),
          pages + " pages for " + Math.round(years) + " years of experience",
          "Recruiters and ATS rankings favour " + (maxPages == 1 ? "one page" : maxPages + " pages")
              + " for " + (years < 8 ? "under 8" : years < 15 ? "8 to 15" : "over 15")
              + " years of experience; extra pages dilute the matches that count. (Academic CVs are"
              + " an exception.)",
          "Cut older or less relevant entries and bullets to " + (maxPages == 1 ? "one page." : maxPages + " pages."),
          List.of(), pages, Math.round(years), maxPages, years < 8 ? 0 : years < 15 ? 1 : 2));
    }
    DocumentFacts facts = r.document().facts();
    if (facts.copyRestricted()) {
      findings.accept(Findings.of("file.copy-protected", Category.PARSING, Severity.MAJOR, 10,
          "The PDF forbids copying its text",
          "The PDF's permissions forbid extracting text. Some ATS respect that and read nothing.",
          "Export the PDF again without security settings or permissions."));
    }
    boolean scan = facts.images().stream().anyMatch(TextLayerCheck::bigImage);
    if (!scan && facts.hiddenGlyphs() > 20) {
      findings.accept(Findings.of("text.hidden", Category.PARSING, Severity.MAJOR, 12,
          "Hidden text",
          facts.hiddenGlyphs() + " characters are invisible or white on white. ATS read them, and"
              + " recruiters treat hidden keywords as stuffing; some ATS penalise it.",
          "Delete invisible and white text; put real keywords in your skills and bullets.", List.of(),
          facts.hiddenGlyphs()));
    }
  }
}
