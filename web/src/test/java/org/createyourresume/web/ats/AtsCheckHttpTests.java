package org.createyourresume.web.ats;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ATS check in the whole application over real HTTP, where the servlet container reads the
 * upload: its size limit answers problem+json, a broken upload is a 400, and no upload is ever
 * written to disk. (Same configuration as the other full-application tests, so the context is
 * shared.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AtsCheckHttpTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String BOUNDARY = "cyr-test-boundary";

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort private int port;
  @Autowired private ServletContext servletContext;
  @Autowired private ResumeRenderer renderer;

  private HttpResponse<String> post(String contentType, byte[] body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ats/check"))
        .header("Content-Type", contentType)
        .POST(BodyPublishers.ofByteArray(body)).build(), BodyHandlers.ofString());
  }

  /** A multipart/form-data body with one file part named {@code file}. */
  private static byte[] multipart(String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception", "\tat ");
    return JSON.readTree(response.body());
  }

  @Test
  void anUploadedPdfIsCheckedOverHttp() throws Exception {
    HttpResponse<String> response = post("multipart/form-data; boundary=" + BOUNDARY,
        multipart("Mariam_Resume.pdf", TestFiles.rendered(renderer, "one-page.json", OutputFormat.PDF, "technical")));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(JSON.readTree(response.body()).get("parsed").get("name").asString())
        .isEqualTo("Mariam Okafor-Lindqvist");
  }

  @Test
  void anUploadOverTheServersLimitIsA413ProblemNamingTheFile() throws Exception {
    byte[] big = new byte[10 * 1024 * 1024 + 10];
    JsonNode problem = problem(post("multipart/form-data; boundary=" + BOUNDARY, multipart("big.pdf", big)), 413);
    assertThat(problem.get("field").asString()).isEqualTo("file");
    assertThat(problem.get("maxBytes").asLong()).isEqualTo(10L * 1024 * 1024);
    assertThat(problem.get("detail").asString()).contains("(10 MB)");
  }

  @Test
  void aBrokenUploadIsA400Problem() throws Exception {
    byte[] cut = "--cyr-test-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7 and then nothing"
        .getBytes(StandardCharsets.UTF_8);
    problem(post("multipart/form-data; boundary=" + BOUNDARY, cut), 400);
    problem(post("multipart/form-data", "no boundary at all".getBytes(StandardCharsets.UTF_8)), 400);
  }

  @Test
  void uploadsAreHeldInMemoryAndNeverWrittenToDisk() throws Exception {
    // where the servlet container would write a part larger than its in-memory threshold
    Path spool = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
    byte[] file = new byte[3 * 1024 * 1024];
    new Random(7).nextBytes(file);
    List<String> created = new ArrayList<>();
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      WatchKey key = spool.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
      HttpResponse<String> response = post("multipart/form-data; boundary=" + BOUNDARY, multipart("noise.pdf", file));
      // the part was read (and refused for what it holds), so it passed through the container
      assertThat(problem(response, 422).get("code").asString()).isEqualTo("file.type");
      Thread.sleep(200);
      for (WatchEvent<?> event : key.pollEvents()) {
        created.add(String.valueOf(event.context()));
      }
    }
    assertThat(created).as("files created in " + spool).isEmpty();
  }

  @Test
  void theCheckerPageIsServedAndTheApiIsDescribed() throws Exception {
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ats-checker"))
        .build(), BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script type=\"module\" src=\"/js/ats/checker.js\"></script>", "never stored");
    for (String asset : new String[] {"/js/ats/checker.js", "/js/ats/report.js", "/css/ats.css", "/js/editor/ats-panel.js"}) {
      assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + asset)).build(),
          BodyHandlers.discarding()).statusCode()).as(asset).isEqualTo(200);
    }
    HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
        .build(), BodyHandlers.ofString());
    JsonNode check = JSON.readTree(docs.body()).get("paths").get("/api/ats/check").get("post");
    assertThat(check.get("requestBody").get("content").propertyNames())
        .contains("application/json", "multipart/form-data");
    assertThat(check.get("responses").propertyNames()).contains("200", "400", "413", "415", "422", "429", "503");
  }

  @Test
  void badInputNeverGivesA500OrAStackTrace() throws Exception {
    String[] bodies = {"", "{", "[]", "null", "\"text\"", "{\"resume\":[]}", "{\"resume\":{\"work\":[1,2]}}",
        "{\"text\":\"\\u0000\\uFFFF\"}", "{\"resume\":{\"basics\":{\"name\":\"\\u0000\"}},\"jobDescription\":\"\\u0000\"}"};
    for (String body : bodies) {
      HttpResponse<String> response = post("application/json", body.getBytes(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(body).isLessThan(500);
      assertThat(response.body()).as(body).doesNotContain("Exception", "\tat ");
    }
  }
}
