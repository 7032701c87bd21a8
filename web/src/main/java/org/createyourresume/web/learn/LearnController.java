package org.createyourresume.web.learn;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.createyourresume.web.i18n.MessageCatalog;
import org.createyourresume.web.i18n.Messages;
import org.createyourresume.web.page.PageMeta;
import org.createyourresume.web.system.ApiProblem;
import org.createyourresume.web.system.BrowserRequests;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The learning centre's pages: all courses, a course, a lesson, search results, and a 404 page
 * for an address that names no course or lesson. Like the other pages they are jte templates
 * (in {@code src/main/jte/learn}) inside the shared layout; progress is kept by the browser
 * ({@code /js/learn/progress.js}), so every page is the same for every visitor.
 */
@Controller
@Hidden
class LearnController {

  private static final String SITE = "Create Your Resume";
  private static final String SECTION = "learn";
  private static final String BODY_CLASS = "page-learn";
  private static final String SCRIPT = "/js/learn/progress.js";
  /** Diagrams change only with a new release; a day keeps them fresh enough. */
  private static final CacheControl DIAGRAM_CACHE =
      CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic();
  static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, LearnController.class.getClassLoader(),
          PageMeta.class.getPackageName());
  private final LearnCatalog catalog;
  private final LessonSearch search;

  private final MessageCatalog messages;

  LearnController(LearnCatalog catalog, LessonSearch search, MessageCatalog messages) {
    this.catalog = catalog;
    this.search = search;
    this.messages = messages;
  }

  @GetMapping("/learn")
  ResponseEntity<String> courses() {
    Messages t = messages.current();
    PageMeta meta =
        new PageMeta(t.get("learn.page.title"), t.get("learn.page.description"),
            SECTION, SCRIPT, BODY_CLASS);
    return page(HttpStatus.OK, "learn/index.jte",
        Map.of("meta", meta, "courses", catalog.courses()));
  }

  @GetMapping("/learn/search")
  ResponseEntity<String> search(@RequestParam(name = "q", required = false) String query) {
    String q = query == null ? "" : query.strip();
    if (q.length() > LessonSearch.MAX_QUERY) {
      q = q.substring(0, LessonSearch.MAX_QUERY);
    }
    List<SearchHit> hits = search.search(q);
    Messages t = messages.current();
    String title = q.isEmpty() ? t.get("learn.search") : t.get("learn.page.search", q);
    PageMeta meta =
        new PageMeta(t.get("learn.page.section", title), t.get("learn.page.search.description"),
            "learn-section", SCRIPT, BODY_CLASS);
    return page(HttpStatus.OK, "learn/search.jte",
        Map.of("meta", meta, "query", q, "hits", hits, "courses", catalog.courses()));
  }

  @GetMapping("/learn/{courseId}")
  ResponseEntity<String> course(@PathVariable String courseId, HttpServletRequest request) {
    Course course = catalog.course(courseId).orElse(null);
    if (course == null) {
      return notFound(request, "course", courseId, null);
    }
    PageMeta meta =
        new PageMeta(messages.current().get("learn.page.section", course.title()),
            course.summary(), "learn-section", SCRIPT, BODY_CLASS);
    return page(HttpStatus.OK, "learn/course.jte", Map.of("meta", meta, "course", course,
        "jsonLd", StructuredData.course(course, base())));
  }

  /**
   * A diagram of a course, as stored: {@code image/svg+xml}, cacheable for a day with an ETag.
   * The security headers (a policy without scripts, {@code nosniff}) come from the site's filter.
   */
  @GetMapping("/learn/{courseId}/img/{name}")
  ResponseEntity<byte[]> diagram(
      @PathVariable String courseId, @PathVariable String name, WebRequest request) {
    Diagram diagram = catalog.diagram(courseId, name)
        .orElseThrow(() -> ApiProblem.notFound("diagram", courseId + "/img/" + name));
    String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(diagram.bytes())) + "\"";
    if (request.checkNotModified(etag)) {
      return null;
    }
    return ResponseEntity.ok()
        .contentType(SVG)
        .cacheControl(DIAGRAM_CACHE)
        .eTag(etag)
        .body(diagram.bytes());
  }

  @GetMapping("/learn/{courseId}/{lessonId}")
  ResponseEntity<String> lesson(
      @PathVariable String courseId, @PathVariable String lessonId, HttpServletRequest request) {
    Course course = catalog.course(courseId).orElse(null);
    if (course == null) {
      return notFound(request, "course", courseId, null);
    }
    Lesson lesson = catalog.lesson(courseId, lessonId).orElse(null);
    if (lesson == null) {
      return notFound(request, "lesson", lessonId, course);
    }
    PageMeta meta =
        new PageMeta(lesson.title() + " · " + course.title() + " · " + SITE, lesson.summary(),
            "learn-section", SCRIPT, BODY_CLASS);
    Map<String, Object> model = new HashMap<>();
    model.put("meta", meta);
    model.put("course", course);
    model.put("lesson", lesson);
    model.put("previous", catalog.previous(lesson).orElse(null));
    model.put("next", catalog.next(lesson).orElse(null));
    model.put("nextCourse", catalog.after(course).orElse(null));
    model.put("jsonLd", StructuredData.lesson(course, lesson, base()));
    return page(HttpStatus.OK, "learn/lesson.jte", model);
  }

  /** {@code /learn/}, {@code /learn/x/} and {@code /learn/x/y/} lead to the page without the slash. */
  @GetMapping({"/learn/", "/learn/{courseId}/", "/learn/{courseId}/{lessonId}/"})
  ResponseEntity<Void> trailingSlash(HttpServletRequest request) {
    String path = request.getRequestURI();
    String query = request.getQueryString();
    String target = path.substring(0, path.length() - 1) + (query == null ? "" : "?" + query);
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .header(HttpHeaders.LOCATION, target)
        .build();
  }

  /**
   * An address that names no course or lesson: a 404 page for browsers, listing where to go
   * instead; {@code application/problem+json} for other clients, like every other 404.
   */
  private ResponseEntity<String> notFound(
      HttpServletRequest request, String what, String id, Course course) {
    if (!BrowserRequests.wantsPage(request)) {
      throw ApiProblem.notFound(what, id);
    }
    Messages t = messages.current();
    PageMeta meta =
        new PageMeta(
            t.get("learn.page.section",
                t.get(course == null ? "learn.no-course" : "learn.no-lesson")),
            t.get(course == null ? "learn.no-course.lead" : "learn.no-lesson.lead"),
            "learn-section", null, BODY_CLASS);
    Map<String, Object> model = new HashMap<>();
    model.put("meta", meta);
    model.put("what", what);
    model.put("course", course);
    model.put("courses", catalog.courses());
    return page(HttpStatus.NOT_FOUND, "learn/not-found.jte", model);
  }

  /** The site's address as the browser reached it, for the absolute links search engines need. */
  private static String base() {
    try {
      return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    } catch (IllegalStateException e) {
      return "";
    }
  }

  private ResponseEntity<String> page(
      HttpStatus status, String template, Map<String, Object> model) {
    StringOutput html = new StringOutput(32 * 1024);
    Map<String, Object> withText = new HashMap<>(model);
    withText.put("t", messages.current());
    engine.render(template, withText, html);
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .body(html.toString());
  }
}
