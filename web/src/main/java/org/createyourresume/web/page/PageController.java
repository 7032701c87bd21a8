package org.createyourresume.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import org.createyourresume.model.DateFormat;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.example.ExampleCatalog;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The HTML pages: home, editor, templates and examples. They are jte templates compiled at build
 * time (see {@code src/main/jte}); every value is escaped for its HTML context by jte.
 */
@Controller
@Hidden
class PageController {

  private static final String DESCRIPTION =
      "Free, open-source resume builder: ATS-friendly PDF resumes from clean templates, live"
          + " preview, no sign-up.";

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, PageController.class.getClassLoader(),
          PageController.class.getPackageName());
  private final ResumeRenderer renderer;
  private final ExampleCatalog examples;

  PageController(ResumeRenderer renderer, ExampleCatalog examples) {
    this.renderer = renderer;
    this.examples = examples;
  }

  @GetMapping("/")
  ResponseEntity<String> home() {
    PageMeta meta =
        new PageMeta("Create Your Resume: free ATS-friendly resume builder", DESCRIPTION, "home",
            null, "page-home");
    return page("home.jte", Map.of("meta", meta, "templates", renderer.templates(),
        "examples", examples.all()));
  }

  @GetMapping("/templates")
  ResponseEntity<String> templates() {
    PageMeta meta =
        new PageMeta("Resume templates · Create Your Resume",
            "Clean, ATS-safe resume templates, each a real PDF.", "templates", null,
            "page-templates");
    return page("templates.jte", Map.of("meta", meta, "templates", renderer.templates()));
  }

  @GetMapping("/examples")
  ResponseEntity<String> examples() {
    PageMeta meta =
        new PageMeta("Resume examples · Create Your Resume",
            "Complete example resumes for common roles, ready to adapt.", "examples", null,
            "page-examples");
    return page("examples.jte", Map.of("meta", meta, "examples", examples.all()));
  }

  @GetMapping("/editor")
  ResponseEntity<String> editor() {
    PageMeta meta =
        new PageMeta("Editor · Create Your Resume", DESCRIPTION, "editor",
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

  private ResponseEntity<String> page(String template, Map<String, Object> model) {
    StringOutput html = new StringOutput(16 * 1024);
    engine.render(template, model, html);
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .body(html.toString());
  }
}
