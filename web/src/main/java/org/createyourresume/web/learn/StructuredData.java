package org.createyourresume.web.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org description of learning-centre pages for search engines, as JSON-LD: a
 * {@code Course} with its lessons on a course page, a {@code LearningResource} that is part of its
 * course on a lesson page, and the {@code BreadcrumbList} of both. The JSON is written inside a
 * {@code <script type="application/ld+json">} data block, which browsers never run (so the page's
 * script policy is unaffected); {@code <}, {@code >} and {@code &} are written as JSON escapes so
 * no text from a lesson can close the block.
 */
final class StructuredData {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CONTEXT = "https://schema.org";
  private static final String SITE = "Create Your Resume";

  private StructuredData() {}

  /** The JSON-LD of a course page; {@code base} is the site's address without a final slash. */
  static String course(Course course, String base) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@type", "Course");
    data.put("@id", base + course.url());
    data.put("name", course.title());
    data.put("description", course.summary());
    data.put("url", base + course.url());
    data.put("inLanguage", "en");
    data.put("isAccessibleForFree", true);
    data.put("educationalLevel", "Beginner");
    data.put("timeRequired", "PT" + course.minutes() + "M");
    data.put("provider", provider(base));
    data.put("offers", Map.of("@type", "Offer", "category", "Free", "price", 0,
        "priceCurrency", "USD"));
    data.put("hasCourseInstance", Map.of("@type", "CourseInstance", "courseMode", "Online",
        "courseWorkload", "PT" + course.minutes() + "M"));
    List<Object> parts = new ArrayList<>();
    for (Lesson lesson : course.lessons()) {
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("@type", "LearningResource");
      part.put("position", lesson.number());
      part.put("name", lesson.title());
      part.put("url", base + lesson.url());
      part.put("timeRequired", "PT" + lesson.minutes() + "M");
      parts.add(part);
    }
    data.put("hasPart", parts);
    return write(List.of(data, breadcrumbs(base, course, null)));
  }

  /** The JSON-LD of a lesson page. */
  static String lesson(Course course, Lesson lesson, String base) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@type", "LearningResource");
    data.put("@id", base + lesson.url());
    data.put("name", lesson.title());
    data.put("description", lesson.summary());
    data.put("url", base + lesson.url());
    data.put("learningResourceType", "Lesson");
    data.put("inLanguage", "en");
    data.put("isAccessibleForFree", true);
    data.put("educationalLevel", "Beginner");
    data.put("timeRequired", "PT" + lesson.minutes() + "M");
    data.put("position", lesson.number());
    data.put("isPartOf", Map.of("@type", "Course", "@id", base + course.url(),
        "name", course.title(), "url", base + course.url()));
    data.put("provider", provider(base));
    if (!lesson.keyTerms().isEmpty()) {
      data.put("teaches", lesson.keyTerms().stream().map(KeyTerm::term).toList());
    }
    if (lesson.quiz() != null) {
      data.put("hasPart", Map.of("@type", "Quiz", "name", "Quiz: " + lesson.title(),
          "numberOfQuestions", lesson.quiz().questions().size()));
    }
    return write(List.of(data, breadcrumbs(base, course, lesson)));
  }

  private static Map<String, Object> provider(String base) {
    return Map.of("@type", "Organization", "name", SITE, "url", base + "/");
  }

  private static Map<String, Object> breadcrumbs(String base, Course course, Lesson lesson) {
    List<Object> items = new ArrayList<>();
    items.add(item(1, "Learning centre", base + "/learn"));
    items.add(item(2, course.title(), base + course.url()));
    if (lesson != null) {
      items.add(item(3, lesson.title(), base + lesson.url()));
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("@type", "BreadcrumbList");
    list.put("itemListElement", items);
    return list;
  }

  private static Map<String, Object> item(int position, String name, String url) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("@type", "ListItem");
    item.put("position", position);
    item.put("name", name);
    item.put("item", url);
    return item;
  }

  private static String write(List<Object> graph) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("@context", CONTEXT);
    root.put("@graph", graph);
    return JSON.writeValueAsString(root).replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }
}
