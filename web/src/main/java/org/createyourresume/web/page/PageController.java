package org.createyourresume.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.model.DateFormat;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.example.ExampleCatalog;
import org.createyourresume.web.i18n.MessageCatalog;
import org.createyourresume.web.i18n.Messages;
import org.createyourresume.web.system.ApiProblem;
import org.createyourresume.web.system.BrowserRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The HTML pages: home, editor, templates, examples and the ATS checker, plus the site's icon.
 * The pages are jte templates compiled at build time (see {@code src/main/jte}); every value is
 * escaped for its HTML context by jte.
 */
@Controller
@Hidden
class PageController {

  private static final MediaType ICON = MediaType.parseMediaType("image/x-icon");
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, PageController.class.getClassLoader(),
          PageController.class.getPackageName());
  private final ResumeRenderer renderer;
  private final ExampleCatalog examples;
  private final long maxUploadBytes;
  private final byte[] favicon;
  private final MessageCatalog messages;

  PageController(
      ResumeRenderer renderer, ExampleCatalog examples, MessageCatalog messages,
      @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxUpload)
      throws IOException {
    this.renderer = renderer;
    this.messages = messages;
    this.examples = examples;
    // the checker reads at most its own limit, whatever the upload limit is
    this.maxUploadBytes = Math.min(maxUpload.toBytes(), AtsLimits.DEFAULT.maxBytes());
    try (InputStream svg = new ClassPathResource("static/img/favicon.svg").getInputStream()) {
      this.favicon = Favicon.fromSvg(svg);
    }
  }

  @GetMapping("/")
  ResponseEntity<String> home() {
    Messages t = messages.current();
    PageMeta meta =
        new PageMeta(t.get("page.home.title"), t.get("site.description"), "home", null,
            "page-home");
    List<TemplateInfo> all = renderer.templates();
    return page("home.jte", Map.of("meta", meta, "templates", featured(all),
        "templateCount", all.size(), "examples", examples.all()));
  }

  /** Templates the home page shows, one of each kind; the gallery has them all. */
  private static final List<String> FEATURED =
      List.of("classic", "harbor", "summit", "timeline", "executive", "starter");

  private static List<TemplateInfo> featured(List<TemplateInfo> all) {
    List<TemplateInfo> shown =
        all.stream().filter(t -> FEATURED.contains(t.id())).limit(FEATURED.size()).toList();
    return shown.size() >= 2 ? shown : all.subList(0, Math.min(6, all.size()));
  }

  /**
   * The template gallery, narrowed by the filters in the query (see {@link GalleryFilter}). A
   * filter value the gallery does not offer is a 400: for a browser, the gallery itself with every
   * template and a line naming the parameter; for other clients, problem+json naming it.
   */
  @GetMapping("/templates")
  ResponseEntity<String> templates(HttpServletRequest request) {
    List<TemplateInfo> templates = renderer.templates();
    Gallery gallery;
    HttpStatus status = HttpStatus.OK;
    Messages t = messages.current();
    try {
      gallery = Gallery.of(templates, GalleryFilter.parse(request.getParameterMap()));
    } catch (GalleryFilter.BadFilter bad) {
      if (!BrowserRequests.wantsPage(request)) {
        throw ApiProblem.badParameter(bad.parameter(), bad.detail());
      }
      gallery = Gallery.refused(templates, bad.detail(t));
      status = HttpStatus.BAD_REQUEST;
    }
    String title = t.get("page.templates.title");
    PageMeta meta =
        new PageMeta(
            gallery.problem() == null ? title : t.get("page.templates.unknown-filter", title),
            t.get("page.templates.description"), "templates", "/js/gallery.js", "page-templates");
    return page(status, "templates.jte", Map.of("meta", meta, "gallery", gallery));
  }

  @GetMapping("/examples")
  ResponseEntity<String> examples() {
    Messages t = messages.current();
    PageMeta meta =
        new PageMeta(t.get("page.examples.title"), t.get("page.examples.description"),
            "examples", null, "page-examples");
    return page("examples.jte", Map.of("meta", meta, "examples", examples.all()));
  }

  @GetMapping("/ats-checker")
  ResponseEntity<String> atsChecker() {
    Messages t = messages.current();
    PageMeta meta =
        new PageMeta(t.get("page.ats.title"), t.get("page.ats.description"), "ats-checker",
            "/js/ats/checker.js", "page-ats");
    return page("ats-checker.jte", Map.of("meta", meta, "limits",
        new UploadLimits(maxUploadBytes, AtsLimits.DEFAULT.maxPages())));
  }

  /** What the checker page tells people about uploads, and checks before sending one. */
  record UploadLimits(long maxBytes, int maxPages) {
    /** The size as people say it: "10 MB". */
    String size() {
      return maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes / 1024 + " KB";
    }
  }

  @GetMapping("/editor")
  ResponseEntity<String> editor() {
    Messages t = messages.current();
    PageMeta meta =
        new PageMeta(t.get("page.editor.title"), t.get("site.description"), "editor",
            "/js/editor/main.js", "page-editor");
    List<TemplateInfo> templates = renderer.templates();
    List<String> fonts = List.copyOf(renderer.fontFamilies());
    List<DateChoice> dateFormats =
        java.util.Arrays.stream(DateFormat.values()).map(DateChoice::of).toList();
    return page("editor.jte", Map.of("meta", meta, "templates", templates, "fonts", fonts,
        "dateFormats", dateFormats));
  }

  /** A date format as the picker offers it: its pattern and how a date looks in it. */
  record DateChoice(String pattern, String example) {
    static DateChoice of(DateFormat format) {
      String example =
          format.pattern().replace("MMMM", "January").replace("MMM", "Jan")
              .replace("MM", "01").replace("YYYY", "2021");
      return new DateChoice(format.pattern(), example);
    }
  }

  /**
   * The site's icon for browsers that ask {@code /favicon.ico} (every page without an icon link,
   * and Safari everywhere), drawn from the same SVG the pages link.
   */
  @GetMapping("/favicon.ico")
  ResponseEntity<byte[]> favicon() {
    return ResponseEntity.ok()
        .contentType(ICON)
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
        .body(favicon);
  }

  private ResponseEntity<String> page(String template, Map<String, Object> model) {
    return page(HttpStatus.OK, template, model);
  }

  private ResponseEntity<String> page(
      HttpStatus status, String template, Map<String, Object> model) {
    StringOutput html = new StringOutput(16 * 1024);
    Map<String, Object> withText = new java.util.HashMap<>(model);
    withText.put("t", messages.current());
    engine.render(template, withText, html);
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .body(html.toString());
  }
}
