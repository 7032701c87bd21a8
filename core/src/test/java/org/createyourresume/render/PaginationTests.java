package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.createyourresume.model.Basics;
import org.createyourresume.model.Education;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Skill;
import org.createyourresume.model.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Multi-page resumes break between entries, never inside one, and never after a heading. */
class PaginationTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  static List<String> templates() {
    return RENDERER.templates().stream().map(TemplateInfo::id).toList();
  }

  /** Job {@code n}: "Employer 7" with bullets "Job 7 achievement 1" … of varying length. */
  private static Work job(int n, int bullets) {
    List<String> highlights = new ArrayList<>();
    for (int b = 1; b <= bullets; b++) {
      highlights.add(
          "Job " + n + " achievement " + b + ": delivered a measurable improvement to the"
              + " platform and its users" + ", with careful planning".repeat((n + b) % 4));
    }
    return new Work(
        "Employer " + n, "City " + n, null, "Role " + n, null,
        (2024 - n) + "-01", (2025 - n) + "-01", null, highlights, null);
  }

  private static Resume longResume(int jobs, int bullets) {
    List<Work> work = new ArrayList<>();
    for (int n = 1; n <= jobs; n++) {
      work.add(job(n, bullets + n % 3));
    }
    List<Education> education = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      education.add(new Education("University " + n, null, "Subject " + n, "Degree " + n,
          "2000-09", "2004-06", null, List.of("Course A" + n, "Course B" + n), null));
    }
    Basics basics = new Basics("Pat Long", "Engineer", null, "pat@example.com", null, null,
        "A summary that is long enough to take two lines on the page in every template we have,"
            + " so that the first section is not trivially short.", null, null, null);
    return new Resume(null, basics, work, null, education, null, null, null,
        List.of(new Skill("Tools", null, List.of("Java", "SQL"), null)), null, null, null, null, null, null);
  }

  /** Which page each line of text is on, footers left out. */
  private static List<List<String>> pages(byte[] pdf) {
    List<List<String>> pages = new ArrayList<>();
    for (String page : PdfFacts.of(pdf).pageTexts()) {
      pages.add(page.lines().map(String::strip).filter(l -> !l.isEmpty())
          .filter(l -> !l.matches("Page \\d+ of \\d+")).toList());
    }
    return pages;
  }

  private static int pageOf(List<List<String>> pages, String start) {
    for (int p = 0; p < pages.size(); p++) {
      for (String line : pages.get(p)) {
        if (line.startsWith(start) || line.startsWith("• " + start)) {
          return p;
        }
      }
    }
    throw new AssertionError("not found: " + start);
  }

  @ParameterizedTest
  @MethodSource("templates")
  void entriesThatFitOnAPageAreNeverSplit(String template) {
    Resume resume = longResume(14, 4);
    RenderResult result = RENDERER.render(resume, RenderOptions.pdf().withTemplate(template));
    assertThat(result.pages()).isGreaterThanOrEqualTo(2);
    List<List<String>> pages = pages(result.content());
    for (Work job : resume.workList()) {
      int first = pageOf(pages, job.name());
      String lastBullet = job.highlightList().get(job.highlightList().size() - 1);
      int last = pageOf(pages, lastBullet.substring(0, lastBullet.indexOf(':') + 1));
      assertThat(last).as("%s ends on the page it starts on", job.name()).isEqualTo(first);
    }
  }

  @ParameterizedTest
  @MethodSource("templates")
  void noPageEndsWithAHeading(String template) {
    Resume resume = longResume(9, 3);
    List<String> headings = List.of("SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS");
    List<List<String>> pages = pages(RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content());
    assertThat(pages).hasSizeGreaterThan(1);
    for (int p = 0; p < pages.size(); p++) {
      List<String> lines = pages.get(p);
      String lastLine = lines.get(lines.size() - 1).toUpperCase(Locale.ROOT);
      assertThat(headings).as("last line of page %d", p + 1).doesNotContain(lastLine);
    }
    // the education heading and its first school are always on one page
    assertThat(pageOf(pages, "University 1")).isEqualTo(pageOfHeading(pages, "EDUCATION"));
  }

  private static int pageOfHeading(List<List<String>> pages, String heading) {
    for (int p = 0; p < pages.size(); p++) {
      if (pages.get(p).stream().anyMatch(l -> l.equalsIgnoreCase(heading))) {
        return p;
      }
    }
    throw new AssertionError("no heading " + heading);
  }

  /**
   * Whatever lands at the foot of a page is printed once: the resume is pushed down a line at a
   * time so that every kind of line (entry titles, bullets, skills-grid lines, headings) meets
   * the page break somewhere.
   */
  @ParameterizedTest
  @MethodSource("templates")
  void noLineIsPrintedOnTwoPages(String template) {
    for (int filler = 0; filler < 36; filler++) {
      Resume base = longResume(6, 3);
      String summary = "Padding sentence to move everything below it down the page. ".repeat(filler * 2);
      Basics b = base.basics();
      Basics padded = new Basics(b.name(), b.label(), null, b.email(), null, null, summary, null, null, null);
      List<Skill> skills = new ArrayList<>();
      for (int s = 1; s <= 4; s++) {
        skills.add(new Skill("Group " + s, null, List.of("Skill " + s + "a", "Skill " + s + "b", "Skill " + s + "c"), null));
      }
      Resume resume = new Resume(null, padded, base.work(), null, base.education(), null, null, null,
          skills, null, null, null, null, null, null);
      List<List<String>> pages = pages(RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content());
      for (int p = 0; p + 1 < pages.size(); p++) {
        assertThat(repeatedAcrossBreak(pages.get(p), pages.get(p + 1)))
            .as("%s, %d filler sentences: lines that end page %d and start page %d", template, filler * 2, p + 1, p + 2)
            .isEmpty();
      }
    }
  }

  /**
   * The lines a page ends with that the next page starts with again, in the same order: what
   * painting a line on both sides of a break looks like. (Two different lines that happen to read
   * the same, such as the issuer "CompTIA" of two certificates, are not in that position.)
   */
  static List<String> repeatedAcrossBreak(List<String> page, List<String> next) {
    for (int k = Math.min(3, Math.min(page.size(), next.size())); k >= 1; k--) {
      List<String> end = page.subList(page.size() - k, page.size());
      if (end.equals(next.subList(0, k))) {
        return end;
      }
    }
    return List.of();
  }

  /** The same for every test resume, among them one that once printed a skills line twice. */
  @ParameterizedTest
  @MethodSource("templates")
  void noTestResumePrintsALineTwice(String template) {
    for (String name : org.createyourresume.model.TestResumes.names()) {
      List<List<String>> pages = pages(RENDERER.render(
          org.createyourresume.model.TestResumes.load(name), RenderOptions.pdf().withTemplate(template)).content());
      for (int p = 0; p + 1 < pages.size(); p++) {
        assertThat(repeatedAcrossBreak(pages.get(p), pages.get(p + 1)))
            .as("%s × %s: lines that end page %d and start page %d", template, name, p + 1, p + 2)
            .isEmpty();
      }
    }
  }

  @Test
  void anEntryTallerThanAPageStillFlowsOntoTheNext() {
    List<String> bullets = new ArrayList<>();
    for (int b = 1; b <= 60; b++) {
      bullets.add("Bullet " + b + " of a very long entry that a careful user would never write, "
          + "but which must still print in full rather than disappear or overflow the page.");
    }
    Work huge = new Work("Huge Employer", null, null, "Role", null, "2010", "2020", null, bullets, null);
    Resume resume = new Resume(null, new Basics("Pat Long", null, null, null, null, null, null, null, null, null),
        List.of(huge), null, null, null, null, null, null, null, null, null, null, null, null);
    RenderResult result = RENDERER.render(resume, RenderOptions.pdf());
    assertThat(result.pages()).isGreaterThanOrEqualTo(2);
    String text = PdfFacts.flat(PdfFacts.of(result.content()).text());
    for (int b = 1; b <= 60; b++) {
      assertThat(text).contains("Bullet " + b + " of a very long entry");
    }
  }

  @Test
  void aOnePageResumeHasNoPageNumber() {
    Resume resume = longResume(1, 2);
    RenderResult result = RENDERER.render(resume, RenderOptions.pdf());
    assertThat(result.pages()).isEqualTo(1);
    assertThat(PdfFacts.of(result.content()).text()).doesNotContain("Page 1");
  }

  @Test
  void laterPagesAreNumbered() {
    RenderResult result = RENDERER.render(longResume(14, 4), RenderOptions.pdf());
    List<String> pageTexts = PdfFacts.of(result.content()).pageTexts();
    assertThat(pageTexts.get(0)).doesNotContain("Page 1 of");
    assertThat(pageTexts.get(1)).contains("Page 2 of " + result.pages());
  }
}
