package org.createyourresume.render.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.createyourresume.model.Resume;
import org.createyourresume.render.RenderDiagnostic;
import org.createyourresume.render.html.Views.ResumeView;
import org.createyourresume.render.theme.Style;

/**
 * Renders a resume as XHTML with the precompiled jte templates: {@code resume.jte} for the page,
 * {@code base.jte} plus {@code theme-<id>.jte} for the CSS. jte escapes every value it prints.
 *
 * <p>Thread-safe.
 */
public final class HtmlTemplater {

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, HtmlTemplater.class.getClassLoader(),
          HtmlTemplater.class.getPackageName());

  /**
   * The page for {@code resume} in {@code style}.
   *
   * @param drawable which code points the font can draw; others are left out and reported
   * @param forPdf whether to include what only the PDF engine reads (bookmarks, page boxes)
   */
  public String render(
      Resume resume, Style style, IntPredicate drawable, boolean forPdf,
      Consumer<RenderDiagnostic> diagnostics) {
    ViewBuilder views = new ViewBuilder(style, new TextCleaner(drawable, diagnostics));
    ResumeView view = views.build(resume, css(style, forPdf), forPdf);
    StringOutput page = new StringOutput(16 * 1024);
    engine.render("resume.jte", view, page);
    return page.toString();
  }

  private String css(Style style, boolean forPdf) {
    StringOutput css = new StringOutput(4 * 1024);
    engine.render("base.jte", Map.of("s", style, "forPdf", forPdf), css);
    engine.render("theme-" + style.theme().id() + ".jte", style, css);
    return css.toString();
  }
}
