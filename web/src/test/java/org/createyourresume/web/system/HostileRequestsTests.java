package org.createyourresume.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests a well-behaved client never sends, over a raw socket (java.net.http refuses to send
 * some of them): every answer is ours, problem+json or the HTML error page for a browser, with
 * the security headers, whether the application refused it or Tomcat did before the application
 * saw it; never a 500, a stack trace in the log, or the container's own page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String BOUNDARY = "cyr-hostile";

  @LocalServerPort private int port;

  /** A response as it came off the wire: status, headers (lower-case names) and body text. */
  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    JsonNode problem(int expected) {
      assertThat(status).as(body).isEqualTo(expected);
      assertThat(header("Content-Type")).startsWith("application/problem+json");
      assertThat(body).doesNotContain("Exception", "\tat ", "Tomcat", "Whitelabel");
      JsonNode problem = JSON.readTree(body);
      assertThat(problem.get("status").asInt()).isEqualTo(expected);
      assertThat(problem.get("type").asString()).startsWith("urn:createyourresume:problem:");
      assertThat(problem.get("detail").asString()).isNotBlank();
      return problem;
    }

    void hasTheSecurityHeaders() {
      assertThat(header("Content-Security-Policy")).as(headers.toString())
          .isEqualTo(SecurityHeadersFilter.POLICY);
      assertThat(header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(header("Referrer-Policy")).isEqualTo("no-referrer");
    }
  }

  /** Sends {@code head} (request line and headers, without the Host line) and {@code body}. */
  private Answer send(String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      String lines = head + "Host: localhost\r\nConnection: close\r\n"
          + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
      out.write(lines.getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        try {
          out.write(body);
        } catch (SocketException e) {
          // the server may answer and close before reading a body it refuses
        }
      }
      out.flush();
      return read(socket.getInputStream());
    }
  }

  private Answer get(String target, String... headers) throws IOException {
    return send("GET " + target + " HTTP/1.1\r\n" + String.join("", headers), null);
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      in.transferTo(all);
    } catch (SocketException e) {
      // a reset after the answer: what was read is the answer
    }
    String text = all.toString(StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    assertThat(end).as(text).isPositive();
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    byte[] raw = all.toByteArray();
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = at;
      while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII)
          .split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private void anOrdinaryRequestIsStillServed() throws IOException {
    Answer templates = get("/api/templates");
    assertThat(templates.status()).isEqualTo(200);
    assertThat(templates.body()).contains("classic");
  }

  // ------------------------------------------------------------ malformed percent-encoding

  @ParameterizedTest
  @ValueSource(strings = {"POST /api/render?x=%ff", "POST /api/render?template=%ff%fe",
      "POST /api/render?format=%c3%28", "POST /api/resumes?share=%ff",
      "GET /learn/search?q=%ff", "GET /api/examples?x=%e2%82"})
  void aMalformedPercentEncodingIsA400ProblemLoggedWithoutAStackTrace(String request,
      CapturedOutput output) throws Exception {
    int before = output.length();
    boolean post = request.startsWith("POST");
    Answer answer = send(request + " HTTP/1.1\r\n"
            + (post ? "Content-Type: application/json\r\n" : ""),
        post ? "{\"basics\":{\"name\":\"Kim\"}}".getBytes(StandardCharsets.UTF_8) : null);
    if (answer.status() == 400 || !request.contains("/api/examples")) {
      JsonNode problem = answer.problem(400);
      assertThat(problem.get("type").asString()).endsWith(":malformed-query");
      assertThat(problem.get("detail").asString()).contains("UTF-8");
    } else {
      // an address that reads no parameter never decodes the query
      assertThat(answer.status()).isEqualTo(200);
    }
    answer.hasTheSecurityHeaders();
    String log = output.toString().substring(before);
    assertThat(log).doesNotContain("InvalidParameterException", " ERROR ", "\tat ");
    anOrdinaryRequestIsStillServed();
  }

  @Test
  void aBrowserGetsTheHtmlPageForAMalformedQuery() throws Exception {
    Answer page = get("/learn/search?q=%ff", "Accept: text/html\r\n");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body()).contains("This address cannot be read").doesNotContain("Exception");
    page.hasTheSecurityHeaders();
  }

  // ------------------------------------------------------------ multipart limits

  private Answer upload(String path, String body) throws IOException {
    return send("POST " + path + " HTTP/1.1\r\nContent-Type: multipart/form-data; boundary="
        + BOUNDARY + "\r\n", body.getBytes(StandardCharsets.UTF_8));
  }

  private static String filePart(String fileName, String extraHeader) {
    return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + fileName + "\"\r\n" + extraHeader + "Content-Type: text/plain\r\n\r\nAna Lima\r\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/ats/check", "/api/import"})
  void tooManyPartsSaysSoNotThatTheUploadIsTooLarge(String path) throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      body.append("--").append(BOUNDARY)
          .append("\r\nContent-Disposition: form-data; name=\"p\"\r\n\r\n\r\n");
    }
    body.append("--").append(BOUNDARY).append("--\r\n");
    JsonNode problem = upload(path, body.toString()).problem(400);
    assertThat(problem.get("type").asString()).endsWith(":too-many-parts");
    assertThat(problem.get("maxParts").asInt()).isEqualTo(10);
    assertThat(problem.get("detail").asString()).contains("more than 10 parts")
        .doesNotContain("MB");
    anOrdinaryRequestIsStillServed();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/ats/check", "/api/import"})
  void anOverLongFileNameSaysSo(String path) throws Exception {
    Answer answer = upload(path, filePart("n".repeat(5000) + ".txt", "") + "--" + BOUNDARY
        + "--\r\n");
    JsonNode problem = answer.problem(400);
    assertThat(problem.get("type").asString()).endsWith(":file-name-too-long");
    assertThat(problem.get("field").asString()).isEqualTo("file");
    assertThat(problem.get("maxLength").asInt()).isEqualTo(255);
    assertThat(problem.get("detail").asString()).contains("name").doesNotContain("MB");
    answer.hasTheSecurityHeaders();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/ats/check", "/api/import"})
  void anOverLargePartHeaderSaysSo(String path) throws Exception {
    Answer answer = upload(path, filePart("cv.txt", "X-Padding: " + "p".repeat(100_000) + "\r\n")
        + "--" + BOUNDARY + "--\r\n");
    JsonNode problem = answer.problem(400);
    assertThat(problem.get("type").asString()).endsWith(":part-header-too-large");
    assertThat(problem.get("maxPartHeaderBytes").asInt()).isEqualTo(8192);
    assertThat(problem.get("detail").asString()).contains("header larger than 8 KB")
        .doesNotContain("10 MB");
    anOrdinaryRequestIsStillServed();
  }

  // ------------------------------------------------------------ outside the handlers

  @Test
  void theErrorPageItselfIsNothingToVisit() throws Exception {
    Answer api = get("/error");
    JsonNode problem = api.problem(404);
    assertThat(problem.get("type").asString()).endsWith(":not-found");
    assertThat(api.body()).doesNotContain("999", "timestamp");
    api.hasTheSecurityHeaders();
    Answer page = get("/error", "Accept: text/html\r\n");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).contains("Page not found");
    page.hasTheSecurityHeaders();
  }

  @Test
  void traceIsA405ProblemWithTheSecurityHeaders() throws Exception {
    Answer trace = send("TRACE / HTTP/1.1\r\n", null);
    JsonNode problem = trace.problem(405);
    assertThat(problem.get("type").asString()).endsWith(":method-not-allowed");
    assertThat(trace.header("Allow")).contains("GET").doesNotContain("TRACE");
    assertThat(trace.body()).doesNotContain("timestamp");
    trace.hasTheSecurityHeaders();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/resumes/a%2Fb", "/learn/a%2F..%2Fb", "/a%00b", "/%c0%ae%c0%ae/"})
  void anAddressTomcatRefusesGetsOurProblemAndHeaders(String target) throws Exception {
    Answer api = get(target);
    JsonNode problem = api.problem(400);
    assertThat(problem.get("type").asString()).endsWith(":malformed-request");
    api.hasTheSecurityHeaders();
    Answer page = get(target, "Accept: text/html\r\n");
    if (target.startsWith("/api/")) {
      // the API answers problems, whoever asks
      page.problem(400);
    } else {
      assertThat(page.status()).isEqualTo(400);
      assertThat(page.header("Content-Type")).startsWith("text/html");
      assertThat(page.body()).contains("This address cannot be read", "/css/site.css")
          .doesNotContain("Apache Tomcat", "HTTP Status 400");
    }
    page.hasTheSecurityHeaders();
    anOrdinaryRequestIsStillServed();
  }

  @Test
  void aHeaderOverTheLimitGetsOurProblemAndHeaders() throws Exception {
    Answer api = get("/", "X-Padding: " + "p".repeat(20_000) + "\r\n");
    api.problem(400);
    api.hasTheSecurityHeaders();
    Answer page = get("/", "Accept: text/html\r\nX-Padding: " + "p".repeat(20_000) + "\r\n");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("This address cannot be read")
        .doesNotContain("Apache Tomcat", "HTTP Status 400");
    page.hasTheSecurityHeaders();
    anOrdinaryRequestIsStillServed();
  }
}
