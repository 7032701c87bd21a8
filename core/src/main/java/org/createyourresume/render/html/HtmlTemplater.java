package org.createyourresume.render.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.createyourresume.render.theme.Style;
import org.createyourresume.render.view.LetterView;
import org.createyourresume.render.view.ResumeView;

/**
 * Lays a resume view out as XHTML with the precompiled jte templates: {@code resume.jte} for the
 * page, {@code base.jte} plus {@code theme-<id>.jte} for its CSS. jte escapes every value it
 * prints.
 *
 * <p>Thread-safe.
 */
public final class HtmlTemplater {

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, HtmlTemplater.class.getClassLoader(),
          HtmlTemplater.class.getPackageName());

  /**
   * The page for {@code view} in {@code style}.
   *
   * @param forPdf whether the page is for the PDF engine (page boxes, bookmarks) or a browser
   *     (screen margins, no bookmarks)
   */
  public String render(ResumeView view, Style style, boolean forPdf) {
    StringOutput page = new StringOutput(16 * 1024);
    engine.render(
        "resume.jte", Map.of("view", view, "css", css(style, forPdf), "forPdf", forPdf), page);
    return page.toString();
  }

  /**
   * The PDF's page laid out on one endless page (as wide as the real one), so that the PDF
   * engine can measure the content's height without page breaks.
   */
  public String renderOnEndlessPage(ResumeView view, Style style) {
    String css = css(style, true) + "@page { size: " + style.endlessPageSizeCss() + "; }\n";
    StringOutput page = new StringOutput(16 * 1024);
    engine.render("resume.jte", Map.of("view", view, "css", css, "forPdf", true), page);
    return page.toString();
  }

  /**
   * The page of a cover letter in {@code style}: the resume's stylesheet (so the same header,
   * fonts, accent and margins) plus the letter's own rules.
   */
  public String renderLetter(LetterView view, Style style, boolean forPdf) {
    StringOutput css = new StringOutput(6 * 1024);
    css.writeContent(css(style, forPdf));
    engine.render("letter-css.jte", style, css);
    StringOutput page = new StringOutput(12 * 1024);
    engine.render("letter.jte", Map.of("view", view, "css", css.toString()), page);
    return page.toString();
  }

  private String css(Style style, boolean forPdf) {
    StringOutput css = new StringOutput(4 * 1024);
    engine.render("base.jte", Map.of("s", style, "forPdf", forPdf), css);
    engine.render("theme-" + style.theme().id() + ".jte", style, css);
    return css.toString();
  }
}
