package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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

  /** The lesson keys of a course, as its page lists them. */
  private List<String> lessonKeys(String course) {
    page.navigate(url("/learn/" + course));
    return List.of(page.locator(".learn-course").getAttribute("data-lesson-keys").split(" "));
  }

  /** Answers every question of the lesson's quiz, right except those numbered in {@code wrong}. */
  private void answerQuiz(Integer... wrong) {
    List<Integer> wrongOnes = List.of(wrong);
    Locator questions = page.locator(".quiz-question");
    for (int i = 0; i < questions.count(); i++) {
      Locator q = questions.nth(i);
      int answer = Integer.parseInt(q.getAttribute("data-answer"));
      int pick = wrongOnes.contains(i + 1) ? (answer == 0 ? 1 : 0) : answer;
      q.locator(".quiz-option label").nth(pick).click();
      q.locator(".quiz-check").click();
    }
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

    List<String> keys =
        List.of(page.locator(".learn-course").getAttribute("data-lesson-keys").split(" "));
    int total = keys.size();
    int number = keys.indexOf("internet-web-basics/ports-and-port-numbers") + 1;
    Locator link = page.locator("[data-lesson='internet-web-basics/ports-and-port-numbers'] "
        + ".lesson-item-title a");
    String title = link.innerText().strip();
    link.click();
    page.waitForURL("**" + PORTS);
    assertThat(text("#learn-position")).isEqualTo("Lesson " + number + " of " + total);
    assertThat(text("h1")).isEqualTo(title);
    Locator button = page.locator("#learn-complete");
    assertThat(button.innerText()).isEqualTo("Mark as complete");
    assertThat(page.locator(".lesson-header [data-done]").isHidden()).isTrue();

    button.click();
    assertThat(text("#learn-complete-status"))
        .isEqualTo("Lesson completed: 1 of " + total + " lessons of this course done.");
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
    assertThat(text(".learn-course .progress-text"))
        .isEqualTo("1 of " + total + " lessons completed");
    assertThat(text("[data-continue]")).isEqualTo("Continue with lesson 1");

    page.navigate(url("/learn"));
    Locator card = page.locator(".course-card:has(a[href='/learn/internet-web-basics'])");
    assertThat(card.locator(".progress-text").innerText())
        .isEqualTo("1 of " + total + " lessons completed");
    assertThat(page.locator(".course-card:has(a[href='/learn/resume-writing-basics']) "
        + "[data-progress]").isHidden()).isTrue();
  }

  @Test
  void finishingACourseAndUndoingALesson() {
    List<String> keys = lessonKeys("internet-web-basics");
    int total = keys.size();
    StringBuilder done = new StringBuilder();
    for (String key : keys.subList(0, total - 1)) {
      done.append(done.isEmpty() ? "" : ",").append("'").append(key)
          .append("': '2025-01-02T10:00:00Z'");
    }
    page.evaluate("() => localStorage.setItem('cyr.learn.v1.completed', JSON.stringify({"
        + done + "}))");
    page.navigate(url("/learn/" + keys.get(total - 1)));

    page.locator("#learn-complete").click();
    assertThat(text("#learn-complete-status")).isEqualTo(
        "Lesson completed. You have completed all " + total + " lessons of this course.");
    page.locator(".pager-previous").click();
    page.waitForURL("**/learn/" + keys.get(total - 2));
    page.locator("#learn-complete").click();
    assertThat(text("#learn-complete-status")).isEqualTo("Marked as not complete.");
    assertThat(page.locator(".lesson-header [data-done]").isHidden()).isTrue();

    page.navigate(url("/learn/internet-web-basics"));
    assertThat(text(".learn-course .progress-text"))
        .isEqualTo((total - 1) + " of " + total + " lessons completed");
    assertThat(text("[data-continue]")).isEqualTo("Continue with lesson " + (total - 1));
    assertThat(page.locator("[data-continue]").getAttribute("href"))
        .isEqualTo("/learn/" + keys.get(total - 2));
  }

  @Test
  void markingCompleteWorksFromTheKeyboard() {
    page.navigate(url(PORTS));
    // the last focusable thing in a lesson is its quiz's last "Check answer"; the button is next
    page.locator(".quiz-check").last().focus();
    page.keyboard().press("Tab");
    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("learn-complete");

    page.keyboard().press("Enter");
    assertThat(text("#learn-complete-status")).startsWith("Lesson completed");
    page.keyboard().press("Space");
    assertThat(text("#learn-complete-status")).isEqualTo("Marked as not complete.");
  }

  @Test
  void progressMarkedInAnotherTabShowsWithoutReloading() {
    int total = lessonKeys("resume-writing-basics").size();
    Page other = context.newPage();
    other.navigate(url("/learn/resume-writing-basics/writing-a-summary"));
    other.locator("#learn-complete").click();

    page.locator("[data-lesson='resume-writing-basics/writing-a-summary'] [data-done]")
        .waitFor(new Locator.WaitForOptions().setState(
            com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
    assertThat(text(".learn-course .progress-text"))
        .isEqualTo("1 of " + total + " lessons completed");
  }

  @Test
  void damagedStoredProgressCountsAsNone() {
    page.navigate(url("/learn"));
    page.evaluate("() => localStorage.setItem('cyr.learn.v1.completed', '[not json')");
    page.navigate(url(PORTS));

    assertThat(page.locator("#learn-complete").innerText()).isEqualTo("Mark as complete");
    page.locator("#learn-complete").click();
    assertThat(text("#learn-complete-status")).startsWith("Lesson completed: 1 of ");
  }

  @Test
  void previousAndNextLeadThroughTheCourseAndOnToTheNextCourse() {
    List<String> keys = lessonKeys("resume-writing-basics");
    page.navigate(url("/learn/" + keys.get(0)));
    assertThat(text(".pager-previous .pager-label")).isEqualTo("Back to the course");
    page.locator(".pager-next").click();
    page.waitForURL("**/learn/" + keys.get(1));
    assertThat(text("#learn-position")).isEqualTo("Lesson 2 of " + keys.size());
    page.locator(".pager-previous").click();
    page.waitForURL("**/learn/" + keys.get(0));

    page.navigate(url("/learn/" + keys.get(keys.size() - 1)));
    assertThat(text(".pager-next .pager-title")).isEqualTo("Internet & Web Basics");
    page.locator(".pager-next").click();
    page.waitForURL("**/learn/internet-web-basics");
  }

  @Test
  void searchFindsALessonByTheTermItDefinesAndLeadsToTheSection() {
    page.navigate(url(PORTS));
    String term = page.locator(".callout-key-term strong").nth(1).innerText().strip();
    page.navigate(url("/learn"));
    page.locator("#learn-q").fill(term);
    page.locator("#learn-q").press("Enter");
    page.waitForURL("**/learn/search?q=*");

    Locator result = page.locator(".search-result[data-lesson='internet-web-basics/"
        + "ports-and-port-numbers']");
    assertThat(result.count()).isEqualTo(1);
    assertThat(page.locator(".search-result").first().locator(".search-key-term").innerText())
        .startsWith("Key term: ");
    assertThat(result.locator("mark").allInnerTexts()).isNotEmpty();
    result.locator(".search-result-title a").click();
    page.waitForURL("**" + PORTS + "*");
    if (page.url().contains("#")) {
      String anchor = page.url().substring(page.url().indexOf('#') + 1);
      assertThat((Boolean) page.evaluate(
          "id => { const r = document.getElementById(id).getBoundingClientRect();"
              + " return r.top >= 0 && r.top < window.innerHeight; }", anchor)).isTrue();
    }
  }

  @Test
  void aHeadingAnchorInALinkJumpsToThatSection() {
    page.navigate(url(PORTS + "#key-points"));

    assertThat((Boolean) page.evaluate(
        "() => { const r = document.getElementById('key-points').getBoundingClientRect();"
            + " return r.top >= 0 && r.top < 100; }")).isTrue();
  }

  @Test
  void anUnknownLessonIsANotFoundPageWithTheCoursesLessons() {
    int total = lessonKeys("internet-web-basics").size();
    var response = page.navigate(url("/learn/internet-web-basics/nope"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(text("h1")).isEqualTo("Lesson not found");
    assertThat(page.locator(".not-found-list li").count()).isEqualTo(total);
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
    // on paper the quiz shows each answer and its explanation, without the buttons
    assertThat(page.locator(".quiz-explanation").first().isVisible()).isTrue();
    assertThat(page.locator(".quiz-answer-text").first().isVisible()).isTrue();
    assertThat(page.locator(".quiz-check").first().isVisible()).isFalse();
    assertThat(page.locator(".course-outline").isVisible()).isFalse();
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

  // ---------- the quiz, ticks and resuming ----------

  @Test
  void takingTheQuizGivesFeedbackWithTheExplanationAScoreAndATryAgain() {
    page.navigate(url(PORTS));
    Locator questions = page.locator(".quiz-question");
    int total = questions.count();
    int pass = Integer.parseInt(page.locator("form.quiz").getAttribute("data-pass"));
    assertThat(total).isBetween(3, 5);
    // with script the answers wait until a question is answered
    assertThat(page.locator(".quiz-answer").first().isVisible()).isFalse();

    Locator first = questions.first();
    first.locator(".quiz-check").click();
    assertThat(first.locator(".quiz-feedback").innerText()).isEqualTo("Choose an answer first.");

    int answer = Integer.parseInt(first.getAttribute("data-answer"));
    String explanation = first.locator(".quiz-explanation").textContent().strip();
    String right = first.locator(".quiz-answer-text").textContent().strip();
    first.locator(".quiz-option label").nth(answer == 0 ? 1 : 0).click();
    first.locator(".quiz-check").click();
    assertThat(first.locator(".quiz-feedback").innerText().strip())
        .isEqualTo("Not quite. The answer is: " + right + ". " + explanation);
    assertThat(first.getAttribute("class")).contains("is-wrong");
    assertThat(first.locator("input").first().isDisabled()).isTrue();
    assertThat(first.locator(".quiz-option.is-answer label").innerText()).contains(right);

    Locator second = questions.nth(1);
    second.locator(".quiz-option label").nth(Integer.parseInt(second.getAttribute("data-answer")))
        .click();
    second.locator(".quiz-check").click();
    assertThat(second.locator(".quiz-feedback").innerText()).startsWith("Correct. ")
        .endsWith(second.locator(".quiz-explanation").textContent().strip());
    assertThat(text(".quiz-score")).isEmpty();

    for (int i = 2; i < total; i++) {
      Locator q = questions.nth(i);
      q.locator(".quiz-option label").nth(Integer.parseInt(q.getAttribute("data-answer"))).click();
      q.locator(".quiz-check").click();
    }
    String score = text(".quiz-score");
    assertThat(score).startsWith("You got " + (total - 1) + " of " + total + " right.");
    assertThat(score).contains(total - 1 >= pass ? "Quiz passed" : "Answer " + pass);
    assertThat(page.locator(".quiz-retry").isVisible()).isTrue();

    page.locator(".quiz-retry").click();
    assertThat(page.locator(".quiz-question.is-wrong, .quiz-question.is-right").count()).isZero();
    assertThat(text(".quiz-score")).isEmpty();
    assertThat(page.evaluate("() => document.activeElement.name"))
        .isEqualTo("learn-quiz-1");

    answerQuiz();
    assertThat(text(".quiz-score")).isEqualTo("You got " + total + " of " + total
        + " right. Quiz passed: the lesson is completed.");
    assertThat(text("#learn-complete-status")).startsWith("Lesson completed");
    assertThat(page.locator(".lesson-header [data-done]").isVisible()).isTrue();
    assertNoSeriousViolations("lesson with quiz feedback");

    page.reload();
    assertThat(text(".quiz-score")).isEqualTo("Your last score: " + total + " of " + total
        + " (passed).");
    assertThat(page.locator("#learn-complete").innerText()).isEqualTo("Mark as not complete");
  }

  @Test
  void aFailedQuizDoesNotCompleteTheLesson() {
    page.navigate(url(PORTS));
    answerQuiz(1, 2);

    assertThat(text(".quiz-score")).contains("Answer ").contains("to pass");
    assertThat(page.locator(".lesson-header [data-done]").isHidden()).isTrue();
    assertThat((String) page.evaluate("() => localStorage.getItem('cyr.learn.v1.quiz')"))
        .contains("\"passed\":false");
  }

  @Test
  void theOutlineTicksVisitedAndCompletedLessons() {
    List<String> keys = lessonKeys("internet-web-basics");
    page.navigate(url("/learn/" + keys.get(0)));
    page.navigate(url(PORTS));
    answerQuiz();

    page.navigate(url("/learn/internet-web-basics"));
    Locator visited = page.locator("[data-lesson='" + keys.get(0) + "']");
    Locator ports = page.locator("[data-lesson='internet-web-basics/ports-and-port-numbers']");
    assertThat(visited.getAttribute("class")).contains("is-visited");
    assertThat(visited.locator("[data-visited]").innerText()).isEqualTo("Visited");
    assertThat(visited.locator("[data-done]").isHidden()).isTrue();
    assertThat(ports.getAttribute("class")).contains("is-done").doesNotContain("is-visited");
    assertThat(ports.locator("[data-done]").innerText()).contains("Completed");
    assertThat(page.locator("[data-lesson='" + keys.get(2) + "'] [data-visited]").isHidden())
        .isTrue();

    // the outline beside a lesson shows the same
    page.navigate(url("/learn/" + keys.get(1)));
    page.locator(".course-outline summary").click();
    assertThat(page.locator(".course-outline [data-lesson='" + keys.get(0) + "'] "
        + "[data-visited]").isVisible()).isTrue();
    assertThat(page.locator(".course-outline [data-lesson='internet-web-basics/"
        + "ports-and-port-numbers'] [data-done]").isVisible()).isTrue();
    assertThat(page.locator(".course-outline .is-current a").getAttribute("aria-current"))
        .isEqualTo("page");
    assertNoSeriousViolations("lesson with its outline open");
  }

  @Test
  void resumeWhereYouLeftOff() {
    page.navigate(url("/learn"));
    assertThat(page.locator("[data-resume]").isHidden()).isTrue();

    List<String> keys = lessonKeys("internet-web-basics");
    page.navigate(url("/learn/" + keys.get(0)));
    page.navigate(url(PORTS));
    String title = text("h1");
    int number = keys.indexOf("internet-web-basics/ports-and-port-numbers") + 1;

    page.navigate(url("/learn"));
    Locator banner = page.locator("[data-resume='']");
    assertThat(banner.isVisible()).isTrue();
    assertThat(banner.locator(".resume-title").innerText()).isEqualTo(title);
    assertThat(banner.locator(".resume-where").innerText())
        .isEqualTo("Lesson " + number + " of " + keys.size() + " · Internet & Web Basics");
    page.navigate(url("/learn/internet-web-basics"));
    Locator inCourse = page.locator("[data-resume='internet-web-basics']");
    assertThat(inCourse.isVisible()).isTrue();
    assertThat(page.locator("[data-resume='resume-writing-basics']").count()).isZero();
    inCourse.locator(".resume-link").click();
    page.waitForURL("**" + PORTS);

    // another course has nothing to resume yet
    page.navigate(url("/learn/resume-writing-basics"));
    assertThat(page.locator("[data-resume]").isHidden()).isTrue();
  }

  @Test
  void withoutScriptTheQuizIsAListWithAnswersToReveal() {
    BrowserContext plain = browser.newContext(new Browser.NewContextOptions()
        .setJavaScriptEnabled(false));
    try {
      Page p = plain.newPage();
      p.navigate(url(PORTS));
      Locator first = p.locator(".quiz-question").first();
      assertThat(first.locator("legend").innerText()).startsWith("Question 1 of ");
      assertThat(first.locator("input[type=radio]").count()).isBetween(2, 4);
      assertThat(p.locator(".quiz-check").count()).isZero();
      assertThat(first.locator(".quiz-explanation").isVisible()).isFalse();
      first.locator(".quiz-answer summary").click();
      assertThat(first.locator(".quiz-explanation").isVisible()).isTrue();
    } finally {
      plain.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/learn", "/learn/internet-web-basics", PORTS})
  void onAPhoneNothingScrollsSideways(String path) {
    page.setViewportSize(390, 844);
    page.navigate(url(path));
    if (path.equals(PORTS)) {
      answerQuiz(1);
    }
    assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);
    assertNoSeriousViolations(path + " on a phone");
  }

  @Test
  void picturesOfALessonWithQuizFeedback() throws Exception {
    Files.createDirectories(SHOTS);
    page.navigate(url("/learn/internet-web-basics/clients-and-servers"));
    page.setViewportSize(1280, 900);
    page.navigate(url(PORTS));
    answerQuiz(1);
    page.locator(".quiz-question").first().scrollIntoViewIfNeeded();
    page.evaluate("() => document.querySelector('#quiz, .quiz').scrollIntoView()");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("learn-quiz.png")));
    page.setViewportSize(390, 844);
    page.evaluate("() => document.querySelector('.quiz-question').scrollIntoView()");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("learn-quiz-phone.png")));
    page.navigate(url("/learn/internet-web-basics"));
    page.setViewportSize(1280, 900);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("learn-outline.png")));
    for (String name : new String[] {"learn-quiz", "learn-quiz-phone", "learn-outline"}) {
      assertThat(Files.size(SHOTS.resolve(name + ".png"))).isGreaterThan(10_000);
    }
  }
}
