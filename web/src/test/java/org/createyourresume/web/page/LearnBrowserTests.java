package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The learning centre in a real browser: reading, progress, search, phones, print, a11y. */
class LearnBrowserTests extends BrowserTestSupport {

  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String PORTS = "/learn/internet-web-basics/ports-and-port-numbers";

  private String text(String selector) {
    return page.locator(selector).innerText().strip();
  }

  @Test
  void openACourseReadALessonMarkItCompleteAndSeeTheProgressAfterReload() {
    page.navigate(url("/"));
    page.locator(".site-nav a[href='/learn']").click();
    page.waitForURL("**/learn");
    page.locator(".course-title a", new Page.LocatorOptions().setHasText("Internet & Web Basics"))
        .click();
    page.waitForURL("**/learn/internet-web-basics");
    assertThat(page.locator(".learn-course [data-progress]").isHidden()).isTrue();
    assertThat(text("[data-continue]")).isEqualTo("Start the course");

    page.locator(".lesson-item-title a", new Page.LocatorOptions().setHasText("Ports and port numbers"))
        .click();
    page.waitForURL("**" + PORTS);
    assertThat(text("#learn-position")).isEqualTo("Lesson 3 of 6");
    assertThat(text("h1")).isEqualTo("Ports and port numbers");
    Locator button = page.locator("#learn-complete");
    assertThat(button.innerText()).isEqualTo("Mark as complete");
    assertThat(page.locator(".lesson-header [data-done]").isHidden()).isTrue();

    button.click();
    assertThat(text("#learn-complete-status"))
        .isEqualTo("Lesson completed: 1 of 6 lessons of this course done.");
    assertThat(page.locator(".lesson-header [data-done]").isVisible()).isTrue();

    page.reload();
    assertThat(page.locator("#learn-complete").innerText()).isEqualTo("Mark as not complete");
    assertThat(page.locator(".lesson-header [data-done]").isVisible()).isTrue();
    assertThat(text(".lesson-done-text")).startsWith("You completed this lesson on ");

    page.locator(".back-link").click();
    page.waitForURL("**/learn/internet-web-basics");
    Locator ports = page.locator("[data-lesson='internet-web-basics/ports-and-port-numbers']");
    assertThat(ports.getAttribute("class")).contains("is-done");
    assertThat(ports.locator("[data-done]").isVisible()).isTrue();
    assertThat(page.locator("[data-lesson='internet-web-basics/dns'] [data-done]").isHidden())
        .isTrue();
    assertThat(text(".learn-course .progress-text")).isEqualTo("1 of 6 lessons completed");
    assertThat(text("[data-continue]")).isEqualTo("Continue with lesson 1");

    page.navigate(url("/learn"));
    Locator card = page.locator(".course-card").nth(1);
    assertThat(card.locator(".progress-text").innerText()).isEqualTo("1 of 6 lessons completed");
    assertThat(page.locator(".course-card").nth(0).locator("[data-progress]").isHidden()).isTrue();
  }

  @Test
  void finishingACourseAndUndoingALesson() {
    page.navigate(url("/learn/internet-web-basics/clients-and-servers"));
    page.evaluate("() => localStorage.setItem('cyr.learn.v1.completed', JSON.stringify({"
        + "'internet-web-basics/clients-and-servers': '2025-01-02T10:00:00Z',"
        + "'internet-web-basics/ip-addresses': '2025-01-02T10:00:00Z',"
        + "'internet-web-basics/ports-and-port-numbers': '2025-01-02T10:00:00Z',"
        + "'internet-web-basics/dns': '2025-01-02T10:00:00Z',"
        + "'internet-web-basics/urls': '2025-01-02T10:00:00Z'}))");
    page.navigate(url("/learn/internet-web-basics/http-and-https"));

    page.locator("#learn-complete").click();
    assertThat(text("#learn-complete-status"))
        .isEqualTo("Lesson completed. You have completed all 6 lessons of this course.");
    page.locator(".pager-previous").click();
    page.waitForURL("**/learn/internet-web-basics/urls");
    page.locator("#learn-complete").click();
    assertThat(text("#learn-complete-status")).isEqualTo("Marked as not complete.");
    assertThat(page.locator(".lesson-header [data-done]").isHidden()).isTrue();

    page.navigate(url("/learn/internet-web-basics"));
    assertThat(text(".learn-course .progress-text")).isEqualTo("5 of 6 lessons completed");
    assertThat(text("[data-continue]")).isEqualTo("Continue with lesson 5");
    assertThat(page.locator("[data-continue]").getAttribute("href"))
        .isEqualTo("/learn/internet-web-basics/urls");
  }

  @Test
  void markingCompleteWorksFromTheKeyboard() {
    page.navigate(url(PORTS));
    // the last focusable thing in the ports lesson is its last code block; the button is next
    page.locator(".lesson-body pre").last().focus();
    page.keyboard().press("Tab");
    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("learn-complete");

    page.keyboard().press("Enter");
    assertThat(text("#learn-complete-status")).startsWith("Lesson completed");
    page.keyboard().press("Space");
    assertThat(text("#learn-complete-status")).isEqualTo("Marked as not complete.");
  }

  @Test
  void progressMarkedInAnotherTabShowsWithoutReloading() {
    page.navigate(url("/learn/resume-writing-basics"));
    Page other = context.newPage();
    other.navigate(url("/learn/resume-writing-basics/writing-a-summary"));
    other.locator("#learn-complete").click();

    page.locator("[data-lesson='resume-writing-basics/writing-a-summary'] [data-done]")
        .waitFor(new Locator.WaitForOptions().setState(
            com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
    assertThat(text(".learn-course .progress-text")).isEqualTo("1 of 20 lessons completed");
  }

  @Test
  void damagedStoredProgressCountsAsNone() {
    page.navigate(url("/learn"));
    page.evaluate("() => localStorage.setItem('cyr.learn.v1.completed', '[not json')");
    page.navigate(url(PORTS));

    assertThat(page.locator("#learn-complete").innerText()).isEqualTo("Mark as complete");
    page.locator("#learn-complete").click();
    assertThat(text("#learn-complete-status")).startsWith("Lesson completed: 1 of 6");
  }

  @Test
  void previousAndNextLeadThroughTheCourseAndOnToTheNextCourse() {
    page.navigate(url("/learn/resume-writing-basics/what-is-an-ats"));
    assertThat(text(".pager-previous .pager-label")).isEqualTo("Back to the course");
    page.locator(".pager-next").click();
    page.waitForURL("**/learn/resume-writing-basics/choosing-sections");
    assertThat(text("#learn-position")).isEqualTo("Lesson 2 of 20");
    page.locator(".pager-previous").click();
    page.waitForURL("**/learn/resume-writing-basics/what-is-an-ats");

    page.navigate(url("/learn/resume-writing-basics/final-checklist"));
    assertThat(text(".pager-next .pager-title")).isEqualTo("Internet & Web Basics");
    page.locator(".pager-next").click();
    page.waitForURL("**/learn/internet-web-basics");
  }

  @Test
  void searchFindsALessonAndLeadsToTheSection() {
    page.navigate(url("/learn"));
    page.locator("#learn-q").fill("ephemeral port");
    page.locator("#learn-q").press("Enter");
    page.waitForURL("**/learn/search?q=ephemeral+port");

    Locator first = page.locator(".search-result").first();
    assertThat(first.locator(".search-result-title").innerText())
        .isEqualTo("Ports and port numbers");
    assertThat(first.locator("mark").allInnerTexts()).isNotEmpty()
        .allMatch(m -> m.equalsIgnoreCase("ephemeral") || m.toLowerCase().startsWith("port"))
        .anyMatch(m -> m.equalsIgnoreCase("ephemeral"));
    first.locator(".search-result-title a").click();
    page.waitForURL("**" + PORTS + "#*");
    String anchor = page.url().substring(page.url().indexOf('#') + 1);
    assertThat(page.locator("[id='" + anchor + "']").isVisible()).isTrue();
    assertThat((Boolean) page.evaluate(
        "id => { const r = document.getElementById(id).getBoundingClientRect();"
            + " return r.top >= 0 && r.top < window.innerHeight; }", anchor)).isTrue();
  }

  @Test
  void aHeadingAnchorInALinkJumpsToThatSection() {
    page.navigate(url("/learn/internet-web-basics/urls#the-fragment"));

    assertThat((Boolean) page.evaluate(
        "() => { const r = document.getElementById('the-fragment').getBoundingClientRect();"
            + " return r.top >= 0 && r.top < 100; }")).isTrue();
  }

  @Test
  void anUnknownLessonIsANotFoundPageWithTheCoursesLessons() {
    var response = page.navigate(url("/learn/internet-web-basics/nope"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(text("h1")).isEqualTo("Lesson not found");
    assertThat(page.locator(".not-found-list li")).satisfies(l -> assertThat(l.count()).isEqualTo(6));
  }

  @Test
  void aLessonIsReadableOnAPhone() {
    page.setViewportSize(390, 844);
    page.navigate(url(PORTS));

    assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);
    BoundingBox body = page.locator(".lesson-body").boundingBox();
    BoundingBox contents = page.locator(".lesson-contents").boundingBox();
    assertThat(contents.y + contents.height).isLessThanOrEqualTo(body.y);
    assertThat(body.width).isLessThanOrEqualTo(390);
    Locator table = page.locator(".table-scroll").first();
    assertThat(table.boundingBox().width).isLessThanOrEqualTo(390);
    assertThat(((Number) page.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('.lesson-body p')).fontSize)"))
        .doubleValue()).isGreaterThanOrEqualTo(16.0);
    BoundingBox previous = page.locator(".pager-previous").boundingBox();
    BoundingBox next = page.locator(".pager-next").boundingBox();
    assertThat(next.y).isGreaterThanOrEqualTo(previous.y + previous.height - 1);
  }

  /** Every lesson's address, found the way a reader finds them: from the courses. */
  private List<String> lessonPaths() {
    page.navigate(url("/learn"));
    List<String> courses = page.locator(".course-title a").all().stream()
        .map(a -> a.getAttribute("href")).toList();
    List<String> lessons = new ArrayList<>();
    for (String course : courses) {
      page.navigate(url(course));
      page.locator(".lesson-item-title a").all()
          .forEach(a -> lessons.add(a.getAttribute("href")));
    }
    return lessons;
  }

  /**
   * What does not fit on the page as it is now: the document scrolling sideways, an element whose
   * content is wider than its box without being a scroll container (or clipping on purpose, as
   * visually hidden text does), a scroll container sticking out of the lesson's column or not
   * reachable by keyboard, and, when {@code wide}, any code block or table that needs to scroll.
   */
  private static final String OVERFLOWS = """
      wide => {
        const problems = [];
        const name = (el) => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
          + ' "' + el.textContent.trim().slice(0, 40) + '"';
        const doc = document.documentElement;
        if (doc.scrollWidth > doc.clientWidth) {
          problems.push('the page scrolls sideways: ' + doc.scrollWidth + ' px in ' + doc.clientWidth);
        }
        const column = document.querySelector('.lesson-body').getBoundingClientRect();
        for (const el of document.querySelectorAll('main *')) {
          const style = getComputedStyle(el);
          if (el.clientWidth === 0 || ['hidden', 'clip'].includes(style.overflowX)) continue;
          const scrolls = ['auto', 'scroll'].includes(style.overflowX);
          const tooWide = el.scrollWidth > el.clientWidth;
          if (tooWide && !scrolls) {
            problems.push(name(el) + ': content ' + el.scrollWidth + ' px in a box of ' + el.clientWidth);
          }
          if (scrolls && el.closest('.lesson-body')) {
            const box = el.getBoundingClientRect();
            if (box.left < column.left - 0.5 || box.right > column.right + 0.5) {
              problems.push(name(el) + ': sticks out of the lesson column');
            }
            if (tooWide && el.tabIndex < 0) {
              problems.push(name(el) + ': scrolls but cannot be reached by keyboard');
            }
            if (tooWide && wide) {
              problems.push(name(el) + ': needs to scroll on a wide screen: content '
                + el.scrollWidth + ' px in ' + el.clientWidth);
            }
          }
        }
        return problems;
      }""";

  @ParameterizedTest
  @CsvSource({"1440, 900", "390, 844"})
  void everyCodeBlockAndTableOfEveryLessonFitsOrScrollsInsideItsOwnBox(int width, int height) {
    page.setViewportSize(width, height);
    List<String> lessons = lessonPaths();
    assertThat(lessons).hasSizeGreaterThanOrEqualTo(12).contains(PORTS);
    List<String> problems = new ArrayList<>();
    for (String lesson : lessons) {
      page.navigate(url(lesson));
      assertThat(page.locator(".lesson-body pre, .lesson-body table").count()).isPositive();
      @SuppressWarnings("unchecked")
      List<String> found = (List<String>) page.evaluate(OVERFLOWS, width >= 1024);
      found.forEach(problem -> problems.add(lesson + " at " + width + " px: " + problem));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void printingShowsTheLessonWithoutTheSiteAround() {
    page.navigate(url(PORTS));
    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

    for (String hidden : new String[] {".site-header", ".site-footer", ".pager", "#learn-complete",
        ".lesson-contents"}) {
      assertThat(page.locator(hidden).isVisible()).as(hidden).isFalse();
    }
    for (String shown : new String[] {".breadcrumbs", "#learn-position", "h1", ".lesson-body"}) {
      assertThat(page.locator(shown).isVisible()).as(shown).isTrue();
    }
    assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.lesson-body pre'))"
        + ".whiteSpace")).isEqualTo("pre-wrap");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/learn", "/learn/internet-web-basics", PORTS,
      "/learn/resume-writing-basics/writing-a-summary", "/learn/search?q=port", "/learn/nope"})
  void learningCentrePagesHaveNoSeriousAccessibilityViolations(String path) {
    page.navigate(url(path));
    page.waitForLoadState();
    assertNoSeriousViolations(path);
  }

  @Test
  void progressShownOnThePagesHasNoSeriousAccessibilityViolations() {
    page.navigate(url(PORTS));
    page.locator("#learn-complete").click();
    assertNoSeriousViolations("lesson, completed");
    page.navigate(url("/learn/internet-web-basics"));
    assertNoSeriousViolations("course, one lesson completed");
    page.navigate(url("/learn"));
    assertNoSeriousViolations("courses, one lesson completed");
    page.setViewportSize(390, 844);
    page.navigate(url(PORTS));
    assertNoSeriousViolations("lesson on a phone");
  }

  @Test
  void picturesOfTheLearningCentre() throws Exception {
    Files.createDirectories(SHOTS);
    page.navigate(url("/learn"));
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("learn.png")));
    page.navigate(url("/learn/internet-web-basics"));
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("learn-course.png")));
    page.navigate(url(PORTS));
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("learn-lesson.png"))
        .setFullPage(true));
    page.navigate(url("/learn/search?q=port"));
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("learn-search.png")));
    page.setViewportSize(390, 844);
    page.navigate(url(PORTS));
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("learn-phone.png"))
        .setFullPage(true));
    page.pdf(new Page.PdfOptions().setPath(SHOTS.resolve("learn-lesson.pdf")));
    for (String name : new String[] {"learn", "learn-course", "learn-lesson", "learn-search",
        "learn-phone"}) {
      assertThat(Files.size(SHOTS.resolve(name + ".png"))).isGreaterThan(10_000);
    }
  }
}
