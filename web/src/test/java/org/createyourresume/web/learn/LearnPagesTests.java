package org.createyourresume.web.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.web.i18n.MessageCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page of the shipped courses, whatever lessons they hold: each course page lists its
 * lessons with their time and describes itself as a Course; each lesson page says where it is
 * ("Back to …", "Lesson N of M"), has its outline, its quiz and its JSON-LD.
 */
@WebMvcTest(LearnController.class)
@Import({LearnCatalog.class, LessonSearch.class, MessageCatalog.class})
class LearnPagesTests {

  @Autowired private MockMvc mvc;
  @Autowired private LearnCatalog catalog;

  private String page(String path) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).header("Accept", "text/html")).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static JsonNode jsonLd(String html) {
    Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
        Pattern.DOTALL).matcher(html);
    assertThat(m.find()).isTrue();
    return JsonMapper.builder().build().readTree(m.group(1));
  }

  @Test
  void everyCoursePageHasItsOutlineWithTimesAndItsCourseData() throws Exception {
    for (Course course : catalog.courses()) {
      String html = page(course.url());
      assertThat(html).as(course.id()).contains(
          course.lessons().size() + " lessons · about " + course.time(),
          "data-resume=\"" + course.id() + "\"");
      for (Lesson lesson : course.lessons()) {
        assertThat(html).as(lesson.id()).contains(
            "<a href=\"" + lesson.url() + "\">" + escaped(lesson.title()) + "</a>",
            "<span class=\"lesson-time\">" + lesson.minutes() + " min</span>");
      }
      JsonNode data = jsonLd(html).get("@graph").get(0);
      assertThat(data.get("@type").asString()).isEqualTo("Course");
      assertThat(data.get("hasPart")).hasSize(course.lessons().size());
    }
  }

  @Test
  void everyLessonPageSaysWhereItIsAndEndsWithItsQuiz() throws Exception {
    for (Course course : catalog.courses()) {
      int total = course.lessons().size();
      for (Lesson lesson : course.lessons()) {
        String html = page(lesson.url());
        assertThat(html).as(lesson.url()).contains(
            "<a href=\"" + course.url() + "\" class=\"back-link\">Back to <span lang=\"en\">"
                + escaped(course.title()) + "</span></a>",
            "<span id=\"learn-position\">Lesson " + lesson.number() + " of " + total + "</span>",
            "<li class=\"lesson-item is-current\" data-lesson=\"" + lesson.key() + "\">",
            "<form class=\"quiz\" id=\"learn-quiz\"");
        JsonNode graph = jsonLd(html).get("@graph");
        assertThat(graph.get(0).get("@type").asString()).isEqualTo("LearningResource");
        assertThat(graph.get(0).get("position").asInt()).isEqualTo(lesson.number());
        assertThat(graph.get(1).get("itemListElement")).hasSize(3);
      }
    }
  }
}
