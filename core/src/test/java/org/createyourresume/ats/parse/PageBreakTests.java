package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.DrawnPdf;
import org.createyourresume.ats.extract.PdfExtractor;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.model.Work;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Page breaks in long resumes drawn as other tools draw them: an entry that starts at the top of
 * a page is an entry of its own, a bullet that runs over a break stays one bullet, and the running
 * header and the page-number footer are never part of an entry.
 */
class PageBreakTests {

  private static final PdfExtractor PDF = new PdfExtractor(AtsLimits.DEFAULT);
  private static final ResumeParser PARSER = new ResumeParser();

  @ParameterizedTest
  @EnumSource(LongResumeDrawing.Style.class)
  void everyJobOfANinePageResumeComesBackWhole(LongResumeDrawing.Style style) {
    Resume resume = TestResumes.load("long/nine-pages.json");
    DrawnPdf drawing = LongResumeDrawing.draw(resume, style);
    assertThat(drawing.pageCount()).isGreaterThanOrEqualTo(9);
    ParsedResume parsed = PARSER.parse(PDF.extract(drawing.bytes(DrawnPdf.Order.AS_ADDED)).lines());
    List<String> misses = misses(resume, parsed);
    System.out.println("Page breaks, " + style + ": " + (fields(resume) - misses.size()) + " / " + fields(resume)
        + " job fields read back");
    assertThat(misses).isEmpty();
    assertThat(parsed.jobs()).hasSize(16);
    assertThat(parsed.schools()).extracting(ParsedEntry::institution)
        .containsExactly("University of Nottingham", "University of Lincoln");
  }

  static int fields(Resume resume) {
    int n = 0;
    for (Work w : resume.workList()) {
      n += 3 + w.highlightList().size();
    }
    return n;
  }

  /** Employer, role, start date and every bullet of every job, compared one by one. */
  static List<String> misses(Resume resume, ParsedResume parsed) {
    List<String> misses = new ArrayList<>();
    List<Work> jobs = resume.workList();
    for (int i = 0; i < jobs.size(); i++) {
      Work w = jobs.get(i);
      ParsedEntry p = i < parsed.jobs().size() ? parsed.jobs().get(i) : null;
      same(misses, "work[" + i + "].name", w.name(), p == null ? null : p.company());
      same(misses, "work[" + i + "].position", w.position(), p == null ? null : p.title());
      same(misses, "work[" + i + "].startDate", LongResumeDrawing.month(w.startDate()),
          p == null || p.dates() == null || p.dates().start() == null ? null : p.dates().text().split(" – ")[0]);
      for (int j = 0; j < w.highlightList().size(); j++) {
        same(misses, "work[" + i + "].highlights[" + j + "]", w.highlightList().get(j),
            p == null || j >= p.bullets().size() ? null : p.bullets().get(j));
      }
      if (p != null && p.bullets().size() > w.highlightList().size()) {
        misses.add("work[" + i + "]: " + p.bullets().size() + " bullets, extra: "
            + p.bullets().subList(w.highlightList().size(), p.bullets().size()));
      }
    }
    return misses;
  }

  private static void same(List<String> misses, String field, String expected, String actual) {
    if (!expected.equals(actual)) {
      misses.add(field + ": expected \"" + expected + "\", got \"" + actual + "\"");
    }
  }
}
