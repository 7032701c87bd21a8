package org.createyourresume.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request log writes one line per request with the route template, status, time and bytes,
 * and nothing that identifies a person or opens a resume: no id, token, share link, query,
 * address or resume text.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"cyr.request-log.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:requestlog;DB_CLOSE_DELAY=-1"})
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String NAME = "Quillon Varga-Ostrander";
  private static final String EMAIL = "quillon.varga@example.org";
  private static final String DOC = "{\"basics\":{\"name\":\"" + NAME + "\",\"email\":\""
      + EMAIL + "\",\"summary\":\"Harbour pilot\"}}";

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  @Test
  void oneLinePerRequestWithTheRouteAndNoCapabilityOrPersonalData(CapturedOutput output)
      throws Exception {
    JsonNode created = JSON.readTree(send(request("/api/resumes?utm=" + EMAIL)
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(DOC))).body());
    String id = created.get("id").asString();
    String token = created.get("editToken").asString();
    HttpResponse<String> saved = send(request("/api/resumes/" + id)
        .header("Authorization", "Bearer " + token).header("If-Match", "\"1\"")
        .header("Content-Type", "application/json").PUT(BodyPublishers.ofString(DOC)));
    assertThat(saved.statusCode()).isEqualTo(200);
    String shareId = JSON.readTree(send(request("/api/resumes/" + id + "/share")
        .header("Authorization", "Bearer " + token).POST(BodyPublishers.noBody())).body())
        .get("shareId").asString();
    HttpResponse<String> page = send(request("/r/" + shareId));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(NAME);
    HttpResponse<String> render = send(request("/api/render?format=txt")
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(DOC)));
    assertThat(render.statusCode()).isEqualTo(200);
    // a query string, even a malformed one, is never written
    send(request("/api/resumes/" + id + "?x=%ff"));

    List<String> lines = output.getOut().lines()
        .filter(line -> line.contains("org.createyourresume.web.requests")
            || line.contains("web.requests"))
        .toList();
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("method=POST route=/api/resumes status=201 durationMs="));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("method=PUT route=/api/resumes/{id} status=200 durationMs="));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("method=POST route=/api/resumes/{id}/share status="));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("method=GET route=/r/{shareId} status=200"));
    // the bytes counted are the body's (the share page is at least the name's bytes long)
    String sharePage = lines.stream().filter(line -> line.contains("route=/r/{shareId}"))
        .findFirst().orElseThrow();
    long bytes = Long.parseLong(sharePage.replaceAll(".*bytes=(\\d+).*", "$1"));
    assertThat(bytes).isEqualTo(page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)
        .length);
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("method=POST route=/api/render status=200"));
    assertThat(lines.size()).isGreaterThanOrEqualTo(6);
    for (String line : lines) {
      assertThat(line).doesNotContain(id, token, shareId, NAME, "Quillon", EMAIL,
          "Harbour", "127.0.0.1", "localhost", "%ff", "?", "Bearer");
    }
    // and nowhere else in the output either
    assertThat(output.getAll()).doesNotContain(token, EMAIL, NAME);
  }
}
