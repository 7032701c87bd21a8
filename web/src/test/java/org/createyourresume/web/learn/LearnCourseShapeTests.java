package org.createyourresume.web.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.createyourresume.web.i18n.MessageCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The courses the learning centre promises: "Internet & Web Basics" in 50 lessons in the order
 * of the syllabus, with "What Are Ports and Port Numbers?" as lesson 11 of 50, and "Resume & Job
 * Search" in at least 20 lessons.
 */
@WebMvcTest(LearnController.class)
@Import({LearnCatalog.class, LessonSearch.class, MessageCatalog.class})
class LearnCourseShapeTests {

  /** The syllabus of Internet & Web Basics, in order. */
  static final List<String> INTERNET = List.of(
      "what-is-the-internet", "clients-and-servers", "bits-bytes-and-bandwidth", "home-networks",
      "packets", "network-layers", "ip-addresses", "ipv6", "private-addresses-and-nat", "routing",
      "ports-and-port-numbers", "tcp", "udp", "dns", "dns-records", "domain-names", "urls",
      "http-basics", "http-methods", "http-status-codes", "http-headers", "https-and-tls",
      "certificates", "how-a-page-loads", "html-basics", "css-basics", "javascript-basics",
      "the-dom", "forms", "cookies", "sessions-and-logins", "caching", "apis", "json",
      "rest-apis", "web-servers", "hosting", "deploying-a-website", "cdns",
      "load-balancers-and-proxies", "email-delivery", "email-security", "passwords-and-mfa",
      "phishing", "firewalls", "web-attacks", "privacy-and-vpns", "the-cloud", "troubleshooting",
      "the-modern-web");

  /** The syllabus of Resume & Job Search, in order. */
  static final List<String> RESUME = List.of(
      "what-is-an-ats", "choosing-sections", "resume-for-freshers", "resume-for-experienced",
      "resume-for-managers", "resume-for-it", "academic-cv", "writing-a-summary",
      "achievement-bullets", "presenting-skills", "tailoring-with-keywords", "formatting-for-ats",
      "cover-letters", "linkedin-profile", "portfolios", "applying-and-tracking",
      "preparing-for-interviews", "answering-interview-questions", "following-up-and-offers",
      "final-checklist");

  static final String PORTS_TITLE = "What Are Ports and Port Numbers? How Ports Enable Multiple "
      + "Services on the Same IP Address";

  @Autowired private MockMvc mvc;
  @Autowired private LearnCatalog catalog;

  @Test
  void internetAndWebBasicsHasTheFiftyLessonsOfTheSyllabusInOrder() {
    Course course = catalog.course("internet-web-basics").orElseThrow();

    assertThat(course.title()).isEqualTo("Internet & Web Basics");
    assertThat(course.lessons()).extracting(Lesson::id).containsExactlyElementsOf(INTERNET);
  }

  @Test
  void resumeAndJobSearchHasItsTwentyLessonsInOrder() {
    Course course = catalog.course("resume-writing-basics").orElseThrow();

    assertThat(course.title()).isEqualTo("Resume & Job Search");
    assertThat(course.lessons()).extracting(Lesson::id).containsExactlyElementsOf(RESUME);
  }

  @Test
  void thePortsLessonIsLessonElevenOfFiftyWithItsTablesDiagramsAndQuiz() throws Exception {
    Lesson ports = catalog.lesson("internet-web-basics", "ports-and-port-numbers").orElseThrow();
    String html = mvc.perform(get(ports.url()).header("Accept", "text/html")).andReturn()
        .getResponse().getContentAsString(StandardCharsets.UTF_8);

    assertThat(ports.number()).isEqualTo(11);
    assertThat(ports.title()).isEqualTo(PORTS_TITLE);
    assertThat(html).contains(
        "<a href=\"/learn/internet-web-basics\" class=\"back-link\">Back to <span lang=\"en\">Internet &amp; Web "
            + "Basics</span></a> · <span id=\"learn-position\">Lesson 11 of 50</span>",
        "<h1 id=\"learn-title\" lang=\"en\">" + PORTS_TITLE + "</h1>",
        "<div class=\"table-scroll\"", "<figure class=\"diagram\">",
        "<form class=\"quiz\" id=\"learn-quiz\"");
    String text = LessonContentTests.source(ports);
    assertThat(text).contains("0–1023", "1024–49151", "49152–65535", "192.168.1.10:80",
        "192.168.1.20:54321", "93.184.216.34:443", "5432", "3000");
    assertThat(ports.quiz().questions()).hasSizeBetween(3, 5);
    assertThat(ports.diagrams()).isNotEmpty();
  }
}
