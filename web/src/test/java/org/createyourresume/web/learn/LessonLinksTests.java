package org.createyourresume.web.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.web.WebTestConfiguration;
import org.createyourresume.web.example.ExampleCatalog;
import org.createyourresume.web.i18n.MessageCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every link from a lesson (or a course introduction) to this site leads somewhere real: the
 * page answers 200 with HTML, an anchor exists on it, and the editor's {@code example} and
 * {@code template} parameters name an example and a template that exist. (Links between lessons
 * and to their headings are also checked when the catalogue loads.)
 */
@WebMvcTest(
    controllers = LearnController.class,
    includeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = "org\\.createyourresume\\.web\\.page\\.PageController"))
@Import({WebTestConfiguration.class, ExampleCatalog.class, LearnCatalog.class,
    LessonSearch.class, MessageCatalog.class})
class LessonLinksTests {

  /** The query parameters the editor reads. */
  private static final Set<String> EDITOR_PARAMETERS = Set.of("example", "template", "new");

  @Autowired private MockMvc mvc;
  @Autowired private LearnCatalog catalog;
  @Autowired private ExampleCatalog examples;
  @Autowired private ResumeRenderer renderer;

  /** What is wrong with a link to {@code destination} on this site, or null if nothing. */
  private String problemWith(String destination) throws Exception {
    URI uri;
    try {
      uri = new URI(destination);
    } catch (URISyntaxException e) {
      return "not a valid address";
    }
    String path = uri.getPath();
    MockHttpServletResponse page =
        mvc.perform(get(path).header("Accept", "text/html")).andReturn().getResponse();
    if (page.getStatus() != 200) {
      return "GET " + path + " answers " + page.getStatus();
    }
    if (page.getContentType() == null || !page.getContentType().startsWith("text/html")) {
      return path + " is not a page but " + page.getContentType();
    }
    if (uri.getFragment() != null) {
      String html = page.getContentAsString(StandardCharsets.UTF_8);
      if (!html.contains(" id=\"" + uri.getFragment() + "\"")) {
        return path + " has nothing with the id \"" + uri.getFragment() + "\"";
      }
    }
    if (uri.getQuery() == null) {
      return null;
    }
    if (!path.equals("/editor")) {
      return path + " reads no query";
    }
    for (String pair : uri.getQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      String value = kv.length > 1 ? kv[1] : "";
      if (!EDITOR_PARAMETERS.contains(kv[0])) {
        return "the editor reads no parameter \"" + kv[0] + "\"";
      } else if (kv[0].equals("example") && examples.find(value).isEmpty()) {
        return "there is no example \"" + value + "\"";
      } else if (kv[0].equals("template")
          && renderer.templates().stream().noneMatch(t -> t.id().equals(value))) {
        return "there is no template \"" + value + "\"";
      }
    }
    return null;
  }

  private Stream<Map.Entry<String, LessonLink>> allLinks() {
    return catalog.courses().stream().flatMap(course -> Stream.concat(
        course.links().stream().map(l -> Map.entry(course.file(), l)),
        course.lessons().stream()
            .flatMap(lesson -> lesson.links().stream().map(l -> Map.entry(lesson.file(), l)))));
  }

  @Test
  void everyLinkFromALessonToThisSiteLeadsToARealPage() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Map.Entry<String, LessonLink>> siteLinks =
        allLinks().filter(e -> e.getValue().isSitePath()).toList();
    for (Map.Entry<String, LessonLink> link : siteLinks) {
      String problem = problemWith(link.getValue().destination());
      if (problem != null) {
        problems.add(link.getKey() + ":" + link.getValue().line() + ": "
            + link.getValue().destination() + ": " + problem);
      }
    }

    assertThat(problems).isEmpty();
    // the resume course leads to the product, and lessons lead to each other
    assertThat(siteLinks).extracting(e -> e.getValue().destination())
        .contains("/editor", "/ats-checker")
        .anyMatch(d -> d.startsWith("/learn/"));
  }

  @Test
  void everyResumeLessonLinksToTheBuilder() {
    for (Lesson lesson : catalog.course("resume-writing-basics").orElseThrow().lessons()) {
      assertThat(lesson.links()).as(lesson.file())
          .anyMatch(l -> l.destination().startsWith("/editor")
              || l.destination().equals("/templates") || l.destination().equals("/examples")
              || l.destination().equals("/ats-checker"));
    }
  }

  @Test
  void linksToOtherSitesAreEncrypted() {
    assertThat(allLinks().map(Map.Entry::getValue).filter(LessonLink::isExternal))
        .allMatch(l -> l.destination().startsWith("https://")
            || l.destination().startsWith("mailto:"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      /no-such-page                        | GET /no-such-page answers 404
      /learn/nope                          | GET /learn/nope answers 404
      /css/learn.css                       | /css/learn.css is not a page
      /editor?example=nobody               | there is no example "nobody"
      /editor?template=fancy               | there is no template "fancy"
      /editor?tab=check                    | the editor reads no parameter "tab"
      /templates?sort=new                  | /templates reads no query
      /learn/internet-web-basics/dns#nope  | has nothing with the id "nope"
      """)
  void theCheckFindsLinksThatLeadNowhere(String destination, String problem) throws Exception {
    assertThat(problemWith(destination)).contains(problem);
  }

  @ParameterizedTest
  @CsvSource({"/editor", "/ats-checker", "/editor?example=it-support", "/editor?template=compact",
      "/examples"})
  void theCheckAcceptsLinksThatWork(String destination) throws Exception {
    assertThat(problemWith(destination)).isNull();
  }

  @Test
  void theCheckAcceptsEveryHeadingAnchorOfEveryLesson() throws Exception {
    for (Course course : catalog.courses()) {
      Lesson lesson = course.lessons().get(course.lessons().size() / 2);
      for (Heading heading : lesson.headings()) {
        assertThat(problemWith(lesson.url() + "#" + heading.id())).as(lesson.url()).isNull();
      }
    }
  }
}
