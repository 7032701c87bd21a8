package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.WebTestConfiguration;
import org.createyourresume.web.example.ExampleCatalog;
import org.createyourresume.web.example.ExampleCatalog.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PageController.class)
@Import({WebTestConfiguration.class, ExampleCatalog.class})
class PageControllerTests {

  private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

  @Autowired private MockMvc mvc;
  @Autowired private ResumeRenderer renderer;
  @Autowired private ExampleCatalog examples;

  private MockHttpServletResponse page(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/editor", "/templates", "/examples", "/ats-checker"})
  void everyPageIsHtmlWithOnlyExternalScriptsAndAStrictPolicy(String path) throws Exception {
    MockHttpServletResponse response = page(path);
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith("text/html");
    String html = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").containsPattern("<html lang=\"en\"( class=\"themeable\")?>").contains("<main id=\"main\"");
    Matcher scripts = SCRIPT.matcher(html);
    while (scripts.find()) {
      assertThat(scripts.group(1)).as("every script is a file").contains("src=\"/");
    }
    assertThat(html).doesNotContainPattern("\\son[a-z]+=\"").doesNotContain("style=\"");
    String policy = response.getHeader("Content-Security-Policy");
    assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
    assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void theAtsCheckerPageOffersAnUploadAPasteAndAJobDescriptionAndSaysFilesAreNotKept()
      throws Exception {
    String html = page("/ats-checker").getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("<h1>ATS resume checker</h1>", "id=\"ats-file\"", "type=\"file\"",
        "<label for=\"ats-text\">", "<label for=\"ats-job\">", "never stored",
        "data-max-bytes=\"10485760\"", "Up to 10 MB and 20 pages", "role=\"status\"",
        "<a href=\"/ats-checker\" aria-current=\"page\">ATS checker</a>",
        "src=\"/js/ats/checker.js\"", "href=\"/css/ats.css\"");
    assertThat(page("/").getContentAsString(StandardCharsets.UTF_8))
        .contains("<a class=\"button\" href=\"/ats-checker\">Check my resume</a>");
  }

  @Test
  void homeSaysWhatTheProductIsAndOffersTemplatesAndExamples() throws Exception {
    String html = page("/").getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("Create your resume", "No sign-up", "ATS", "href=\"/editor\"");
    assertThat(html).contains("<li><a href=\"/learn\">Learn</a></li>",
        "<a href=\"/learn\">All courses</a>", "<li><a href=\"/learn\">Learning centre</a></li>");
    for (TemplateInfo t : renderer.templates()) {
      assertThat(html).contains("/api/templates/" + t.id() + "/thumbnail.png",
          "/editor?template=" + t.id());
    }
    for (Example e : examples.all()) {
      assertThat(html).contains("/editor?example=" + e.id());
    }
  }

  @Test
  void templatesPageShowsEachTemplateOpeningTheEditor() throws Exception {
    String html = page("/templates").getContentAsString(StandardCharsets.UTF_8);
    for (TemplateInfo t : renderer.templates()) {
      assertThat(html).contains(">" + t.name() + "<", "href=\"/editor?template=" + t.id() + "\"",
          "alt=\"First page of a sample resume in the " + t.name() + " template\"");
    }
  }

  @Test
  void examplesPageOffersEachExample() throws Exception {
    String html = page("/examples").getContentAsString(StandardCharsets.UTF_8);
    for (Example e : examples.all()) {
      assertThat(html).contains("href=\"/editor?example=" + e.id() + "\"");
    }
  }

  @Test
  void editorPageCarriesTheDesignControlsForEveryTemplateAndFont() throws Exception {
    String html = page("/editor").getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("<script type=\"module\" src=\"/js/editor/main.js\"></script>");
    for (TemplateInfo t : renderer.templates()) {
      assertThat(html).contains("name=\"template\" value=\"" + t.id() + "\"");
    }
    for (String font : renderer.fontFamilies()) {
      assertThat(html).contains("<option value=\"" + font + "\">");
    }
    assertThat(html).contains("id=\"btn-download\"", "id=\"btn-undo\"", "id=\"preview-pages\"");
  }

  @Test
  void theSiteIconIsAnIconFileDrawnFromThePagesSvgIcon() throws Exception {
    MockHttpServletResponse response = page("/favicon.ico");
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("image/x-icon");
    assertThat(response.getHeader("Cache-Control")).contains("max-age=86400");
    ByteBuffer ico = ByteBuffer.wrap(response.getContentAsByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(ico.getShort(0)).as("reserved").isZero();
    assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
    assertThat(ico.getShort(4)).as("images").isEqualTo((short) 3);
    java.util.Map<Integer, BufferedImage> images = new java.util.HashMap<>();
    for (int i = 0; i < 3; i++) {
      int entry = 6 + 16 * i;
      int size = Byte.toUnsignedInt(ico.get(entry));
      int length = ico.getInt(entry + 8);
      int offset = ico.getInt(entry + 12);
      byte[] png = java.util.Arrays.copyOfRange(ico.array(), offset, offset + length);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image.getWidth()).isEqualTo(size);
      assertThat(image.getHeight()).isEqualTo(size);
      images.put(size, image);
    }
    assertThat(images).containsOnlyKeys(16, 32, 48);
    // at 32 px one pixel is one unit of the SVG's view box: its page, its title line, its margin
    BufferedImage icon = images.get(32);
    assertThat(icon.getRGB(6, 16)).as("the blue page").isEqualTo(0xff1d4ed8);
    assertThat(icon.getRGB(12, 8)).as("the white title line").isEqualTo(0xffffffff);
    assertThat(icon.getRGB(12, 13)).as("a light blue text line").isEqualTo(0xffbfdbfe);
    assertThat(icon.getRGB(1, 16) >>> 24).as("transparent beside the page").isZero();
    assertThat(page("/").getContentAsString(StandardCharsets.UTF_8))
        .contains("<link rel=\"icon\" href=\"/img/favicon.svg\" type=\"image/svg+xml\">");
  }
}
