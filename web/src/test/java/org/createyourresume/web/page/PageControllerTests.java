package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.WebTestConfiguration;
import org.createyourresume.web.example.ExampleCatalog;
import org.createyourresume.web.example.ExampleCatalog.Example;
import org.createyourresume.web.i18n.MessageCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PageController.class)
@Import({WebTestConfiguration.class, ExampleCatalog.class, MessageCatalog.class})
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
      // the interface's messages are a JSON data block, which browsers never run
      if (!scripts.group(1).contains("type=\"application/json\"")) {
        assertThat(scripts.group(1)).as("every script is a file").contains("src=\"/");
      }
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
    // a varied half-dozen, and a link to the gallery with every one
    List<TemplateInfo> all = renderer.templates();
    long shown = all.stream().filter(t -> html.contains("/editor?template=" + t.id() + "\"")).count();
    assertThat(shown).isBetween(2L, 6L);
    assertThat(html).contains("<a href=\"/templates\">All " + all.size() + " templates</a>");
    for (String featured : List.of("classic", "harbor", "summit", "timeline", "executive", "starter")) {
      assertThat(html).contains("/api/templates/" + featured + "/thumbnail.png", "/editor?template=" + featured);
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
          "alt=\"First page of a sample resume in the " + t.name() + " template: ",
          "src=\"/api/templates/" + t.id() + "/thumbnail.png\"");
    }
    int total = renderer.templates().size();
    assertThat(shownCards(html)).isEqualTo(total);
    assertThat(html).contains(">All " + total + " templates<", "loading=\"lazy\"",
        "<form class=\"gallery-filters\" id=\"gallery-filters\" method=\"get\" action=\"/templates\"",
        "<legend>Columns</legend>", "<legend>Photo</legend>", "<legend>Style</legend>",
        "<legend>Best for</legend>", "src=\"/js/gallery.js\"");
    for (String value : TemplateInfo.STYLES) {
      assertThat(html).contains("name=\"style\" value=\"" + value + "\"");
    }
    for (String value : TemplateInfo.AUDIENCES) {
      assertThat(html).contains("name=\"bestFor\" value=\"" + value + "\"");
    }
  }

  /** The cards of the gallery that are not hidden. */
  private static int shownCards(String html) {
    Matcher cards = Pattern.compile("<li class=\"gallery-item template-card\"( hidden)?").matcher(html);
    int shown = 0;
    while (cards.find()) {
      shown += cards.group(1) == null ? 1 : 0;
    }
    return shown;
  }

  @ParameterizedTest
  @ValueSource(strings = {"columns=2", "columns=1&photo=no", "style=modern&bestFor=it",
      "bestFor=academic", "photo=yes", "columns=&photo=&style=&bestFor=fresher"})
  void filtersInTheQueryShowOnlyTheTemplatesTheyLetThrough(String query) throws Exception {
    GalleryFilter filter = GalleryFilter.parse(
        org.springframework.web.util.UriComponentsBuilder.fromUriString("/templates?" + query)
            .build().getQueryParams().entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                e -> e.getValue().toArray(String[]::new))));
    long expected = renderer.templates().stream().filter(filter::matches).count();
    int total = renderer.templates().size();

    MockHttpServletResponse response = page("/templates?" + query);

    assertThat(response.getStatus()).isEqualTo(200);
    String html = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(shownCards(html)).isEqualTo(expected);
    assertThat(html).contains(">" + expected + " of " + total + " templates<",
        "<a class=\"button button-link\" href=\"/templates\" id=\"gallery-clear\" data-clear-filters>");
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2 && !kv[1].isEmpty()) {
        assertThat(html).contains("name=\"" + kv[0] + "\" value=\"" + kv[1] + "\" id=\"filter-"
            + kv[0] + "-" + kv[1] + "\" checked>");
      }
    }
    if (expected == 0) {
      assertThat(html).contains("<div class=\"gallery-empty\" id=\"gallery-empty\">");
    } else {
      assertThat(html).contains("<div class=\"gallery-empty\" id=\"gallery-empty\" hidden>");
    }
  }

  @Test
  void filtersThatNoTemplatePassesShowAnEmptyStateThatClearsThem() throws Exception {
    // whatever templates there are, no one style is also every other style: pick a style and an
    // audience no template has together, if the set has such a pair
    for (String style : TemplateInfo.STYLES) {
      for (String audience : TemplateInfo.AUDIENCES) {
        GalleryFilter filter = new GalleryFilter(null, null, style, audience);
        if (renderer.templates().stream().noneMatch(filter::matches)) {
          String html = page("/templates?" + filter.query()).getContentAsString(StandardCharsets.UTF_8);
          assertThat(shownCards(html)).isZero();
          assertThat(html).contains("<div class=\"gallery-empty\" id=\"gallery-empty\">",
              "No template matches all these filters",
              "<a href=\"/templates\" data-clear-filters>clear filters</a>");
          return;
        }
      }
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "style=fancy, style", "columns=3, columns", "photo=maybe, photo", "bestFor=ceo, bestFor"})
  void anUnknownFilterValueIsAProblemNamingTheParameter(String query, String parameter)
      throws Exception {
    for (String accept : new String[] {"application/json", "*/*"}) {
      MockHttpServletResponse response =
          mvc.perform(get("/templates?" + query).header("Accept", accept)).andReturn().getResponse();

      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getContentType()).isEqualTo("application/problem+json");
      assertThat(response.getContentAsString(StandardCharsets.UTF_8))
          .contains("\"parameter\":\"" + parameter + "\"", "\"status\":400",
              "The filter " + parameter + "=");
    }
  }

  @Test
  void anUnknownFilterValueGivesABrowserTheGalleryWithALineNamingTheParameter() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/templates?style=<b>fancy</b>&columns=2")
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"))
            .andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).startsWith("text/html");
    String html = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("<title>Unknown filter · Resume templates", "role=\"alert\"",
        "The filter style=\"&lt;b&gt;fancy&lt;/b&gt;\" is not one the gallery offers",
        "Showing every template instead.")
        .doesNotContain("<b>fancy</b>");
    assertThat(shownCards(html)).isEqualTo(renderer.templates().size());
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
