package org.createyourresume.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole application on a real port, over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebIntegrationTests {

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort private int port;

  private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException,
      InterruptedException {
    return http.send(request.build(), BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void healthIsUp() throws Exception {
    HttpResponse<byte[]> response = send(request("/actuator/health"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(text(response)).contains("\"status\":\"UP\"");
  }

  @Test
  void metricsAreNotPublishedUnlessTurnedOn() throws Exception {
    // cyr.metrics.enabled is false by default: the Prometheus endpoint does not exist
    HttpResponse<byte[]> response = send(request("/actuator/prometheus"));
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
    assertThat(text(response)).doesNotContain("cyr_requests", "jvm_");
  }

  @Test
  void rendersAPdfOverHttp() throws Exception {
    HttpResponse<byte[]> response =
        send(request("/api/render?template=modern")
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(TestFiles.resume("one-page.json"))));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("Mariam_Okafor-Lindqvist_Resume.pdf");
    assertThat(TestFiles.pdfText(response.body()))
        .contains("Mariam Okafor-Lindqvist", "Brightwater Housing");
  }

  @Test
  void aStreamedOversizedBodyIsA413() throws Exception {
    byte[] big = ("{\"basics\":{\"summary\":\"" + "y".repeat(1_200_000) + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> response =
        send(request("/api/render")
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
  }

  @Test
  void describesTheApiWithOpenApiAndABrowsablePage() throws Exception {
    HttpResponse<byte[]> docs = send(request("/v3/api-docs"));
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(text(docs)).contains("\"/api/render\"", "\"/api/render/fit\"",
        "\"/api/templates\"", "\"/api/examples\"", "\"/api/fonts\"", "application/problem+json",
        "\"/api/letters/render\"", "\"/api/letters/draft\"", "\"/api/letters/check\"",
        "\"/api/letters/import\"", "Import a cover letter file");
    HttpResponse<byte[]> ui = send(request("/swagger-ui/index.html"));
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(text(ui)).contains("swagger-ui");
    assertThat(ui.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self';");
  }

  @Test
  void servesEsModulesAsJavaScriptCompressed() throws Exception {
    HttpResponse<byte[]> pdfjs =
        send(request("/webjars/pdfjs-dist/build/pdf.min.mjs").header("Accept-Encoding", "gzip"));
    assertThat(pdfjs.statusCode()).isEqualTo(200);
    assertThat(pdfjs.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
    assertThat(pdfjs.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(new GZIPInputStream(new ByteArrayInputStream(pdfjs.body())).readAllBytes().length)
        .isGreaterThan(pdfjs.body().length);
    HttpResponse<byte[]> sortable = send(request("/webjars/sortablejs/modular/sortable.esm.js"));
    assertThat(sortable.statusCode()).isEqualTo(200);
    HttpResponse<byte[]> editor = send(request("/js/editor/main.js"));
    assertThat(editor.statusCode()).isEqualTo(200);
    assertThat(editor.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
  }

  @Test
  void unknownPagesGetAnHtmlPageAndUnknownApiPathsAProblem() throws Exception {
    HttpResponse<byte[]> page = send(request("/no-such-page").header("Accept", "text/html"));
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(text(page)).contains("Page not found");
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    HttpResponse<byte[]> api = send(request("/api/no-such-thing"));
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void theLearningCentreIsServedWithItsStylesScriptAndAnHtml404() throws Exception {
    HttpResponse<byte[]> courses = send(request("/learn").header("Accept", "text/html"));
    assertThat(courses.statusCode()).isEqualTo(200);
    assertThat(text(courses)).contains("Internet &amp; Web Basics",
        "href=\"/learn/resume-writing-basics\"");
    assertThat(courses.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
    HttpResponse<byte[]> lesson =
        send(request("/learn/internet-web-basics/ports-and-port-numbers"));
    assertThat(lesson.statusCode()).isEqualTo(200);
    assertThat(text(lesson)).containsPattern("Lesson \\d+ of \\d+")
        .contains("<script type=\"application/ld+json\">", "<form class=\"quiz\"");
    for (String asset : new String[] {"/css/learn.css", "/js/learn/progress.js",
        "/js/learn/quiz.js"}) {
      assertThat(send(request(asset)).statusCode()).as(asset).isEqualTo(200);
    }
    HttpResponse<byte[]> missing =
        send(request("/learn/internet-web-basics/nope").header("Accept", "text/html"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(text(missing)).contains("Lesson not found", "/learn/internet-web-basics/dns");
  }

  @Test
  void badInputNeverGivesA500OrAStackTrace() throws Exception {
    String[] bodies = {"", "{", "[]", "null", "\"text\"", "{\"basics\":[]}",
        "{\"work\":[1,2,3]}", "{\"meta\":{\"createYourResume\":{\"margins\":\"x\"}}}",
        "{\"basics\":{\"name\":\"\\u0000\\uFFFF\"}}"};
    for (String body : bodies) {
      HttpResponse<byte[]> response =
          send(request("/api/render")
              .header("Content-Type", "application/json")
              .POST(BodyPublishers.ofString(body)));
      assertThat(response.statusCode()).as(body).isLessThan(500);
      assertThat(text(response)).as(body).doesNotContain("Exception", "\tat ");
    }
  }
}
