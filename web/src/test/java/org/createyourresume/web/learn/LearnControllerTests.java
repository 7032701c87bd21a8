package org.createyourresume.web.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.web.i18n.MessageCatalog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(LearnController.class)
@Import({ClassicCatalog.class, LessonSearch.class, MessageCatalog.class})
class LearnControllerTests {

  private static final Pattern SCRIPT =
      Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

  @Autowired private MockMvc mvc;
  @Autowired private LearnCatalog catalog;
  @Autowired private MessageCatalog messages;

  private MockHttpServletResponse request(String path, String accept) throws Exception {
    return mvc.perform(get(path).header("Accept", accept)).andReturn().getResponse();
  }

  private String page(String path) throws Exception {
    MockHttpServletResponse response = request(path, "text/html");
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  /** {@code text} as jte writes it in an element. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** {@code text} as jte writes it in an attribute. */
  private static String attribute(String text) {
    return escaped(text).replace("\"", "&#34;").replace("'", "&#39;");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/learn", "/learn/resume-writing-basics",
      "/learn/internet-web-basics/ports-and-port-numbers", "/learn/search?q=port",
      "/learn/search", "/learn/nope"})
  void everyPageIsHtmlInTheLayoutWithOnlyExternalScriptsAndAStrictPolicy(String path)
      throws Exception {
    MockHttpServletResponse response = request(path, "text/html");
    assertThat(response.getContentType()).startsWith("text/html");
    String html = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"en\">", "<main id=\"main\"",
            "<link rel=\"stylesheet\" href=\"/css/learn.css\">",
            "<a href=\"/learn\" aria-current=\"");
    Matcher scripts = SCRIPT.matcher(html);
    while (scripts.find()) {
      // JSON-LD and the interface's messages are data blocks, never run; every script that runs
      // is a file
      if (!scripts.group(1).equals(" type=\"application/ld+json\"")
          && !scripts.group(1).equals(" type=\"application/json\" id=\"messages\"")) {
        assertThat(scripts.group(1)).as("every script is a file").contains("src=\"/");
      }
    }
    assertThat(html).doesNotContainPattern("\\son[a-z]+=\"").doesNotContain("style=\"");
    assertThat(response.getHeader("Content-Security-Policy"))
        .contains("script-src 'self'").doesNotContain("unsafe-inline");
  }

  @Test
  void theLearningCentreListsEveryCourseWithItsLessonCountAndSummary() throws Exception {
    String html = page("/learn");

    assertThat(html).contains("<title>Learning centre · Create Your Resume</title>",
        "<script type=\"module\" src=\"/js/learn/progress.js\"></script>",
        "action=\"/learn/search\"");
    for (Course course : catalog.courses()) {
      assertThat(html).contains("href=\"/learn/" + course.id() + "\">" + escaped(course.title()),
          escaped(course.summary()), course.lessons().size() + " lessons",
          "data-lesson-keys=\"" + course.lessonKeys() + "\"",
          "href=\"" + course.first().url() + "\" data-continue>Start the course");
    }
    assertThat(html.indexOf("Resume Writing Basics"))
        .isLessThan(html.indexOf("Internet &amp; Web Basics"));
  }

  @Test
  void aCoursePageListsItsLessonsInOrderWithTheirSummaries() throws Exception {
    Course course = catalog.course("internet-web-basics").orElseThrow();
    String html = page("/learn/internet-web-basics");

    assertThat(html).contains("<title>Internet &amp; Web Basics · Learning centre · Create Your "
            + "Resume</title>",
        "<meta name=\"description\" content=\"" + attribute(course.summary()) + "\">",
        "<h1 lang=\"en\">Internet &amp; Web Basics</h1>", "6 lessons · about " + course.time(),
        "<h2 class=\"section-title\" id=\"learn-outline\">Course outline</h2>",
        "<div class=\"resume-banner\" data-resume=\"internet-web-basics\" hidden>",
        "<a href=\"/learn\">Learning centre</a>", "Every time you open a web page");
    int at = 0;
    for (Lesson lesson : course.lessons()) {
      int found = html.indexOf("<li class=\"lesson-item\" data-lesson=\"" + lesson.key() + "\">");
      assertThat(found).as(lesson.id()).isGreaterThan(at);
      assertThat(html.substring(found)).contains("aria-hidden=\"true\">" + lesson.number() + "<",
          "<a href=\"" + lesson.url() + "\">" + escaped(lesson.title()) + "</a>",
          escaped(lesson.summary()),
          "<span class=\"lesson-time\">" + lesson.minutes() + " min</span>");
      at = found;
    }
  }

  @Test
  void aLessonPageHasItsPositionABackLinkItsContentsAndItsOwnTitleAndDescription()
      throws Exception {
    Lesson ports =
        catalog.lesson("internet-web-basics", "ports-and-port-numbers").orElseThrow();
    String html = page(ports.url());

    assertThat(html).contains(
        "<title>Ports and port numbers · Internet &amp; Web Basics · Create Your Resume</title>",
        "<meta name=\"description\" content=\"" + attribute(ports.summary()) + "\">",
        "Lesson 3 of 6",
        "<h1 id=\"learn-title\" lang=\"en\">Ports and port numbers</h1>",
        "<a href=\"/learn/internet-web-basics\" class=\"back-link\">Back to <span lang=\"en\">Internet &amp; Web "
            + "Basics</span></a>",
        "<span class=\"lesson-time\">" + ports.minutes() + " min</span>",
        "<li><a href=\"" + ports.url() + "\" aria-current=\"page\">Lesson 3</a></li>",
        "<summary>Course outline <span class=\"outline-count\">(6 lessons, about ",
        "<li class=\"lesson-item is-current\" data-lesson=\"" + ports.key() + "\">",
        "<form class=\"quiz\" id=\"learn-quiz\"",
        "<figure class=\"diagram\"><img src=\"/learn/internet-web-basics/img/socket.svg\" alt=\""
            + "Diagram: the IP address 192.0.2.10",
        "<figcaption>A socket: an IP address plus a port</figcaption>",
        "<aside class=\"callout callout-key-term\" role=\"note\">",
        "<aside class=\"callout callout-try-it\" role=\"note\">",
        "<a href=\"#port-numbers-run-from-0-to-65535\">Port numbers run from 0 to 65535</a>",
        "<h2 id=\"port-numbers-run-from-0-to-65535\">",
        "<aside class=\"callout callout-note\" role=\"note\">",
        "<div class=\"table-scroll\" role=\"region\"",
        "data-lesson=\"internet-web-basics/ports-and-port-numbers\"",
        "id=\"learn-complete\" hidden>Mark as complete</button>",
        "role=\"status\"");
    assertThat(html).contains(ports.html());
  }

  @Test
  void aDiagramIsServedAsAnSvgImageCachedWithAnETagAndAPolicyThatRunsNothing() throws Exception {
    MockHttpServletResponse svg = request("/learn/internet-web-basics/img/socket.svg", "*/*");

    assertThat(svg.getStatus()).isEqualTo(200);
    assertThat(svg.getContentType()).isEqualTo("image/svg+xml");
    assertThat(svg.getContentAsString(StandardCharsets.UTF_8)).startsWith("<svg ")
        .contains("<title id=\"socket-title\">");
    assertThat(svg.getHeader("Cache-Control")).isEqualTo("max-age=86400, public");
    assertThat(svg.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(svg.getHeader("Content-Security-Policy"))
        .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
            + "sandbox");
    String etag = svg.getHeader("ETag");
    assertThat(etag).isNotBlank();

    MockHttpServletResponse again = mvc.perform(get("/learn/internet-web-basics/img/socket.svg")
        .header("If-None-Match", etag)).andReturn().getResponse();
    assertThat(again.getStatus()).isEqualTo(304);
    assertThat(again.getContentAsByteArray()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"/learn/internet-web-basics/img/nope.svg, internet-web-basics/img/nope.svg",
      "/learn/nope/img/socket.svg, nope/img/socket.svg",
      "/learn/resume-writing-basics/img/socket.svg, resume-writing-basics/img/socket.svg"})
  void anUnknownDiagramIsAProblem(String path, String id) throws Exception {
    MockHttpServletResponse response = request(path, "*/*");

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("There is no diagram with the id \\\"" + id + "\\\"");
  }

  @Test
  void coursesAndLessonsDescribeThemselvesToSearchEnginesWithoutRunningAnything()
      throws Exception {
    Course course = catalog.course("internet-web-basics").orElseThrow();
    Lesson ports = catalog.lesson("internet-web-basics", "ports-and-port-numbers").orElseThrow();

    JsonNode courseData = jsonLd(page(course.url()));
    JsonNode lessonData = jsonLd(page(ports.url()));

    assertThat(courseData.get("@context").asString()).isEqualTo("https://schema.org");
    JsonNode c = courseData.get("@graph").get(0);
    assertThat(c.get("@type").asString()).isEqualTo("Course");
    assertThat(c.get("name").asString()).isEqualTo("Internet & Web Basics");
    assertThat(c.get("url").asString()).isEqualTo("http://localhost/learn/internet-web-basics");
    assertThat(c.get("provider").get("name").asString()).isEqualTo("Create Your Resume");
    assertThat(c.get("timeRequired").asString()).isEqualTo("PT" + course.minutes() + "M");
    assertThat(c.get("hasPart")).hasSize(6);
    assertThat(c.get("hasPart").get(2).get("url").asString()).endsWith(ports.url());
    assertThat(courseData.get("@graph").get(1).get("@type").asString())
        .isEqualTo("BreadcrumbList");

    JsonNode l = lessonData.get("@graph").get(0);
    assertThat(l.get("@type").asString()).isEqualTo("LearningResource");
    assertThat(l.get("name").asString()).isEqualTo(ports.title());
    assertThat(l.get("isPartOf").get("@type").asString()).isEqualTo("Course");
    assertThat(l.get("isPartOf").get("url").asString()).endsWith(course.url());
    assertThat(l.get("position").asInt()).isEqualTo(3);
    assertThat(l.get("teaches").get(0).asString()).isEqualTo("Socket");
    JsonNode crumbs = lessonData.get("@graph").get(1);
    assertThat(crumbs.get("@type").asString()).isEqualTo("BreadcrumbList");
    assertThat(crumbs.get("itemListElement")).hasSize(3);
    assertThat(crumbs.get("itemListElement").get(2).get("item").asString()).endsWith(ports.url());
    assertThat(crumbs.get("itemListElement").get(1).get("name").asString())
        .isEqualTo("Internet & Web Basics");
  }

  @Test
  void textInStructuredDataCannotCloseItsScriptBlock() {
    LessonFile course = new LessonFile("learn/", "demo", "course.md",
        "---\nid: demo\ntitle: A </script><script>alert(1)</script>\nsummary: S & T\norder: 1"
            + "\n---\n\nIntro.\n");
    LessonFile lesson = new LessonFile("learn/", "demo", "01-first.md",
        "---\ncourse: demo\norder: 1\ntitle: </script>\nsummary: S\nminutes: 1\n---\n\nText.\n");
    LearnCatalog hostile = new LearnCatalog(List.of(course, lesson));
    Course c = hostile.course("demo").orElseThrow();

    for (String json : List.of(StructuredData.course(c, "https://example.com"),
        StructuredData.lesson(c, c.first(), "https://example.com"))) {
      assertThat(json).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e");
      assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json)
          .get("@graph").get(0).get("name").asString()).contains("</script>");
    }
  }

  private static JsonNode jsonLd(String html) {
    Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
        Pattern.DOTALL).matcher(html);
    assertThat(m.find()).as("the page has JSON-LD").isTrue();
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(m.group(1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      first lesson of the first course | /learn/resume-writing-basics/what-is-an-ats | /learn/resume-writing-basics | Back to the course | /learn/resume-writing-basics/choosing-sections | Next lesson
      a middle lesson | /learn/resume-writing-basics/writing-a-summary | /learn/resume-writing-basics/choosing-sections | Previous lesson | /learn/resume-writing-basics/achievement-bullets | Next lesson
      last lesson of the first course | /learn/resume-writing-basics/final-checklist | /learn/resume-writing-basics/tailoring-with-keywords | Previous lesson | /learn/internet-web-basics | Next course
      first lesson of the last course | /learn/internet-web-basics/clients-and-servers | /learn/internet-web-basics | Back to the course | /learn/internet-web-basics/ip-addresses | Next lesson
      last lesson of the last course | /learn/internet-web-basics/http-and-https | /learn/internet-web-basics/urls | Previous lesson | /learn | Last lesson of this course
      """)
  void previousAndNextAreRightAtBothEndsOfACourse(
      String where, String path, String previous, String previousLabel, String next,
      String nextLabel) throws Exception {
    String html = page(path);
    String pager = html.substring(html.indexOf("<nav class=\"pager\""));

    assertThat(pager).containsPattern("class=\"pager-link pager-previous\" href=\""
        + Pattern.quote(previous) + "\"[^>]*><span class=\"pager-label\">" + previousLabel);
    assertThat(pager).containsPattern("class=\"pager-link pager-next\" href=\""
        + Pattern.quote(next) + "\"[^>]*><span class=\"pager-label\">[^<]*" + nextLabel);
    assertThat(pager.split("class=\"pager-link ", -1)).hasSize(3);
  }

  @Test
  void lessonsAreNumberedOneToMOnTheirPages() throws Exception {
    for (Course course : catalog.courses()) {
      int total = course.lessons().size();
      for (Lesson lesson : course.lessons()) {
        assertThat(page(lesson.url())).contains(
            "<span id=\"learn-position\">Lesson " + lesson.number() + " of " + total + "</span>");
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
      "/learn/nope, Course not found, There is no course at this address, Resume Writing Basics",
      "/learn/internet-web-basics/nope, Lesson not found, There is no lesson at this address, "
          + "Lessons in <span lang=\"en\">Internet &amp; Web Basics</span>",
      "/learn/Internet-Web-Basics, Course not found, There is no course, Internet &amp; Web Basics",
      "/learn/nope/ports-and-port-numbers, Course not found, There is no course, Courses"})
  void anUnknownCourseOrLessonIsAnHtml404PageForBrowsers(
      String path, String heading, String text, String offers) throws Exception {
    MockHttpServletResponse response =
        request(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentType()).startsWith("text/html");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("<h1>" + heading + "</h1>", text, offers, "action=\"/learn/search\"",
            "<title>" + heading + " · Learning centre · Create Your Resume</title>");
  }

  @ParameterizedTest
  @CsvSource({"/learn/nope, course, nope", "/learn/dns/nope, course, dns",
      "/learn/internet-web-basics/nope, lesson, nope"})
  void anUnknownCourseOrLessonIsAProblemForOtherClients(String path, String what, String id)
      throws Exception {
    for (String accept : List.of("application/json", "*/*")) {
      MockHttpServletResponse response = request(path, accept);

      assertThat(response.getStatus()).isEqualTo(404);
      assertThat(response.getContentType()).isEqualTo("application/problem+json");
      assertThat(response.getContentAsString(StandardCharsets.UTF_8))
          .contains("\"status\":404", "There is no " + what + " with the id \\\"" + id + "\\\"");
    }
  }

  @ParameterizedTest
  @CsvSource({"/learn/, /learn", "/learn/dns/, /learn/dns",
      "/learn/internet-web-basics/dns/, /learn/internet-web-basics/dns"})
  void anAddressWithATrailingSlashLeadsToThePage(String path, String target) throws Exception {
    MockHttpServletResponse response = request(path, "text/html");

    assertThat(response.getStatus()).isEqualTo(301);
    assertThat(response.getHeader("Location")).isEqualTo(target);
  }

  @Test
  void searchResultsLinkToTheSectionAndMarkTheWords() throws Exception {
    String html = page("/learn/search?q=ephemeral");

    assertThat(html).contains("<h1>Search the lessons</h1>", "value=\"ephemeral\"",
        "lesson matches", "<mark>ephemeral</mark>",
        "href=\"/learn/internet-web-basics/ports-and-port-numbers#");
    assertThat(html).containsPattern("<ol class=\"search-results\">\\s*<li class=\"search-result\" "
        + "data-lesson=\"internet-web-basics/ports-and-port-numbers\">");
  }

  @Test
  void aSearchForATermALessonDefinesLeadsToItsKeyTermBox() throws Exception {
    String html = page("/learn/search?q=socket");

    assertThat(html).containsPattern("<ol class=\"search-results\">\\s*<li class=\"search-result\" "
        + "data-lesson=\"internet-web-basics/ports-and-port-numbers\">")
        .contains("<span class=\"search-key-term\">Key term: <span lang=\"en\">Socket</span></span>",
            "<mark>Socket</mark>: an IP address plus a port number");
  }

  @Test
  void aSearchWithoutResultsSaysSoAndOffersTheCourses() throws Exception {
    String html = page("/learn/search?q=zzyzx");

    assertThat(html).contains("No lesson matches “zzyzx”", "href=\"/learn/resume-writing-basics\"")
        .doesNotContain("<ol class=\"search-results\">");
  }

  @Test
  void theQueryIsShownAsText() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/learn/search").param("q", "<script>alert(1)</script>\"")
            .header("Accept", "text/html")).andReturn().getResponse();
    String html = response.getContentAsString(StandardCharsets.UTF_8);

    assertThat(html).doesNotContain("<script>alert(1)")
        .contains("value=\"&lt;script>alert(1)&lt;/script>&#34;\"",
            "match “&lt;script&gt;alert(1)&lt;/script&gt;\"”");
  }

  @Test
  void titlesAndSummariesFromTheFilesAreEscapedOnThePage() {
    LessonFile course =
        new LessonFile("learn/", "demo", "course.md",
            "---\nid: demo\ntitle: <b>Demo</b>\nsummary: \"><script>alert(1)</script>\norder: 1"
                + "\n---\n\nIntro.\n");
    LessonFile lesson =
        new LessonFile("learn/", "demo", "01-first.md",
            "---\ncourse: demo\norder: 1\ntitle: <script>alert(2)</script>\nsummary: \" "
                + "onmouseover=\"alert(3)\nminutes: 1\n---\n\nText.\n");
    LearnCatalog hostile = new LearnCatalog(List.of(course, lesson));
    LearnController controller = new LearnController(hostile, new LessonSearch(hostile), messages);
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/learn/demo/first");
    request.addHeader("Accept", "text/html");

    String lessonPage = controller.lesson("demo", "first", request).getBody();
    String coursePage = controller.course("demo", request).getBody();
    String index = controller.courses().getBody();

    for (String html : List.of(lessonPage, coursePage, index)) {
      assertThat(html).doesNotContain("<script>alert", "<b>Demo")
          .doesNotContainPattern("(?i)<[a-z][a-z0-9]*(\\s+[a-z-]+(=\"[^\"]*\")?)*\\s+on[a-z]+=");
    }
    assertThat(lessonPage).contains("<h1 id=\"learn-title\" lang=\"en\">&lt;script&gt;alert(2)&lt;/script&gt;",
        "<meta name=\"description\" content=\"&#34; onmouseover=&#34;alert(3)\">");
    assertThat(coursePage).contains("<h1 lang=\"en\">&lt;b&gt;Demo&lt;/b&gt;</h1>");
  }
}
