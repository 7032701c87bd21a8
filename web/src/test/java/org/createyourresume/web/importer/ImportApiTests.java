package org.createyourresume.web.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/import} over real HTTP, through Tomcat's multipart parsing: a file over the
 * multipart limit is a 413 problem (not Tomcat's error page), the import limit is a 429, and the
 * operation is described in the OpenAPI document. Small limits so that the tests reach them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
        "cyr.rate-limit.enabled=true",
        "cyr.rate-limit.import.requests=3", "cyr.rate-limit.import.per=1h",
        "spring.servlet.multipart.max-file-size=64KB",
        "spring.servlet.multipart.max-request-size=96KB",
        "spring.datasource.url=jdbc:h2:mem:importapi;DB_CLOSE_DELAY=-1"})
class ImportApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String BOUNDARY = "----cyr-test-boundary-7MA4YWxkTrZu0gW";

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> upload(String name, byte[] content) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anUploadOverTheMultipartLimitIsA413Problem() throws Exception {
    HttpResponse<String> response = upload("big.pdf", new byte[80 * 1024]);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("field").asString()).isEqualTo("file");
    assertThat(problem.get("maxBytes").asLong()).isEqualTo(64 * 1024);
    assertThat(problem.get("detail").asString()).contains("(64 KB)");
  }

  @Test
  void importsAreRateLimitedPerClient() throws Exception {
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> ok = upload("export.zip", TestFiles.linkedInExport());
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(ok.body()).at("/resume/basics/name").asString()).isEqualTo("Sofía Marín Ortega");
    }
    HttpResponse<String> limited = upload("export.zip", TestFiles.linkedInExport());
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(JSON.readTree(limited.body()).get("limit").asString()).isEqualTo("import");
  }

  @Test
  void theOperationIsDescribedInTheOpenApiDocument() throws Exception {
    HttpResponse<String> docs = http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode operation = JSON.readTree(docs.body()).at("/paths/~1api~1import/post");
    assertThat(operation.path("summary").asString()).isEqualTo("Import a resume file");
    assertThat(operation.at("/requestBody/content").has("multipart/form-data")).isTrue();
    assertThat(operation.path("responses").has("422")).isTrue();
  }
}
