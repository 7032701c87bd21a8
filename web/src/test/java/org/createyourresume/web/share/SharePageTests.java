package org.createyourresume.web.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.createyourresume.model.Resume;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.junit.jupiter.api.Test;

/**
 * The share page wraps the core's HTML of every template, whatever its body carries, and no
 * template relies on an inline style attribute, which the page's Content-Security-Policy blocks.
 */
class SharePageTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  @Test
  void everyTemplatesPageGetsTheBarTheResumeAndTheFooterInOrder() {
    Resume resume = Resume.named("Ines Moreau");
    for (TemplateInfo template : RENDERER.templates()) {
      String html = new String(RENDERER.render(resume, new RenderOptions(OutputFormat.HTML, template.id()))
          .content(), StandardCharsets.UTF_8);
      String page = SharePage.of(html, "/r/abc/resume.pdf", "Ines Moreau", false).html();
      int body = page.indexOf("<body class=\"");
      int bar = page.indexOf("<header class=\"share-bar\">");
      int name = page.indexOf("<h1 class=\"name\">Ines Moreau</h1>");
      int footer = page.indexOf("<footer class=\"share-footer\">");
      assertThat(body).as(template.id()).isPositive();
      assertThat(bar).as(template.id()).isGreaterThan(body);
      assertThat(name).as(template.id()).isGreaterThan(bar);
      assertThat(footer).as(template.id()).isGreaterThan(name);
      assertThat(page).as(template.id()).contains("noindex, nofollow").doesNotContain(" style=\"");
    }
  }
}
