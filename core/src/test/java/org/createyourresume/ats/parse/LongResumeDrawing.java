package org.createyourresume.ats.parse;

import java.util.ArrayList;
import java.util.List;
import org.createyourresume.ats.extract.DrawnPdf;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Work;

/**
 * Draws the jobs of a long resume the way other tools lay them out over many pages: each page
 * break falls before an entry (the entry starts at the top of the next page) or inside one (its
 * bullets go on over the break), with a running header and a page-number footer.
 */
final class LongResumeDrawing {
  private LongResumeDrawing() {}

  /** How an entry's first lines are set. */
  enum Style {
    /** Employer bold on the left, dates on the right; the role under it in regular weight. */
    BOLD_TITLE,
    /** A line of dates first, then the employer in bold, then the role. */
    DATES_FIRST,
    /** The employer in regular weight but larger than the body, dates on the right. */
    LARGER_TITLE
  }

  static final float LEFT = 56;
  static final float RIGHT = 539;
  static final float BODY = 10;
  static final float PITCH = 13;

  /**
   * The resume's name, contact and jobs, every other entry forced onto a new page, with running
   * text on every page after the first.
   */
  static DrawnPdf draw(Resume resume, Style style) {
    DrawnPdf pdf = DrawnPdf.a4();
    String name = resume.basicsOrEmpty().name();
    pdf.text(LEFT, 50, 22, true, name);
    pdf.text(LEFT, 80, BODY, false, resume.basicsOrEmpty().email());
    pdf.text(LEFT, 94, BODY, false, resume.basicsOrEmpty().phone());
    pdf.text(LEFT, 122, 13, true, "EXPERIENCE");
    float[] y = {146};
    List<Work> jobs = resume.workList();
    int page = 1;
    for (int i = 0; i < jobs.size(); i++) {
      Work w = jobs.get(i);
      float needed = 3 * PITCH + 2 * PITCH;
      if (i > 0 && (i % 2 == 0 || y[0] + needed > 780)) {
        page = newPage(pdf, name, page);
        y[0] = 72; // the entry starts at the top of the page, right under the running header
      }
      String dates = month(w.startDate()) + " – " + (w.endDate() == null ? "Present" : month(w.endDate()));
      switch (style) {
        case BOLD_TITLE -> {
          pdf.text(LEFT, y[0], 11, true, w.name());
          pdf.textRight(RIGHT, y[0], BODY, false, dates);
          y[0] += PITCH + 1;
          pdf.text(LEFT, y[0], BODY, false, w.position());
        }
        case DATES_FIRST -> {
          pdf.text(LEFT, y[0], BODY, false, dates);
          y[0] += PITCH;
          pdf.text(LEFT, y[0], 11, true, w.name());
          y[0] += PITCH + 1;
          pdf.text(LEFT, y[0], BODY, false, w.position());
        }
        case LARGER_TITLE -> {
          pdf.text(LEFT, y[0], 13, false, w.name());
          pdf.textRight(RIGHT, y[0] + 2, BODY, false, dates);
          y[0] += PITCH + 3;
          pdf.text(LEFT, y[0], BODY, false, w.position());
        }
      }
      y[0] += PITCH;
      for (int k = 0; k < w.highlightList().size(); k++) {
        List<String> lines = wrap(w.highlightList().get(k), RIGHT - LEFT - 14);
        for (int j = 0; j < lines.size(); j++) {
          // besides breaks where the page is full: one inside a bullet, one between two bullets
          boolean forced = (i == 5 && k == 3 && j == 1) || (i == 9 && k == 4 && j == 0);
          if (y[0] > 790 || forced) {
            // a bullet (or its wrapped line) goes on over the page break
            page = newPage(pdf, name, page);
            y[0] = 72;
          }
          if (j == 0) {
            pdf.text(LEFT + 4, y[0], BODY, false, "•");
          }
          pdf.text(LEFT + 14, y[0], BODY, false, lines.get(j));
          y[0] += PITCH;
        }
      }
      y[0] += PITCH; // the gap between entries
    }
    // education at the top of a page of its own: a heading, not an entry, starts it
    page = newPage(pdf, name, page);
    y[0] = 72;
    pdf.text(LEFT, y[0], 13, true, "EDUCATION");
    y[0] += 24;
    for (var school : resume.educationList()) {
      pdf.text(LEFT, y[0], 11, true, school.institution());
      pdf.textRight(RIGHT, y[0], BODY, false, month(school.startDate()) + " – " + month(school.endDate()));
      y[0] += PITCH + 1;
      pdf.text(LEFT, y[0], BODY, false, school.studyType() + ", " + school.area());
      y[0] += 2 * PITCH;
    }
    footer(pdf, page);
    return pdf;
  }

  private static int newPage(DrawnPdf pdf, String name, int page) {
    footer(pdf, page);
    pdf.newPage();
    pdf.text(LEFT, 30, 8, false, name + " – Résumé");
    pdf.textRight(RIGHT, 30, 8, false, "Page " + (page + 1));
    return page + 1;
  }

  private static void footer(DrawnPdf pdf, int page) {
    pdf.text(LEFT, 812, 8, false, "Page " + page + " of the résumé of " + "the applicant");
  }

  /** "2022-03" as "Mar 2022". */
  static String month(String iso) {
    String[] names = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return names[Integer.parseInt(iso.substring(5, 7)) - 1] + " " + iso.substring(0, 4);
  }

  static List<String> wrap(String text, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String next = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && DrawnPdf.width(next, BODY, false) > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(next);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
