package org.createyourresume.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-client limits on create, save, render, share and ATS checks answer 429 with Retry-After,
 * each counted separately. Small limits so that the tests trip them quickly.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
        "cyr.rate-limit.enabled=true",
        "cyr.rate-limit.create.requests=4", "cyr.rate-limit.create.per=1h",
        "cyr.rate-limit.save.requests=6", "cyr.rate-limit.save.per=1h",
        "cyr.rate-limit.render.requests=3", "cyr.rate-limit.render.per=1h",
        "cyr.rate-limit.share.requests=3", "cyr.rate-limit.share.per=1h",
        "cyr.rate-limit.check.requests=2", "cyr.rate-limit.check.per=1h",
        "spring.datasource.url=jdbc:h2:mem:ratelimits;DB_CLOSE_DELAY=-1"})
class RateLimitTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DOC = "{\"basics\":{\"name\":\"Ana\"}}";

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private static void assertLimited(HttpResponse<String> response, String limit) {
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    // 4 (or 6, 3) requests an hour: the next one is free in 15 (10, 20) minutes at most
    assertThat(retryAfter).isBetween(1L, 3600L);
    assertThat(JSON.readTree(response.body()).get("limit").asString()).isEqualTo(limit);
  }

  @Test
  void everyKindOfRequestHasItsOwnLimit() throws Exception {
    HttpRequest.Builder create = request("/api/resumes")
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(DOC));
    JsonNode first = JSON.readTree(send(create).body());
    String id = first.get("id").asString();
    String token = first.get("editToken").asString();
    for (int i = 1; i < 4; i++) {
      assertThat(send(create).statusCode()).isEqualTo(201);
    }
    assertLimited(send(create), "create");

    // saving still works: a separate limit (reads, saves and deletes count together)
    long version = 1;
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> saved = send(request("/api/resumes/" + id)
          .header("Authorization", "Bearer " + token).header("If-Match", "\"" + version + "\"")
          .header("Content-Type", "application/json").PUT(BodyPublishers.ofString(DOC)));
      assertThat(saved.statusCode()).isEqualTo(200);
      version++;
    }
    HttpResponse<String> limitedSave = send(request("/api/resumes/" + id)
        .header("Authorization", "Bearer " + token).header("If-Match", "\"" + version + "\"")
        .header("Content-Type", "application/json").PUT(BodyPublishers.ofString(DOC)));
    assertLimited(limitedSave, "save");
    // a limited request never reached the store
    assertThat(version).isEqualTo(7);

    HttpRequest.Builder share = request("/api/resumes/" + id + "/share")
        .header("Authorization", "Bearer " + token).POST(BodyPublishers.noBody());
    String shareId = JSON.readTree(send(share).body()).get("shareId").asString();
    assertThat(send(request("/r/" + shareId)).statusCode()).isEqualTo(200);
    assertThat(send(request("/r/" + shareId)).statusCode()).isEqualTo(200);
    assertLimited(send(request("/r/" + shareId)), "share");

    HttpRequest.Builder render = request("/api/render?format=txt")
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(TestFiles.resume("one-page.json")));
    assertThat(send(render).statusCode()).isEqualTo(200);
    assertThat(send(render).statusCode()).isEqualTo(200);
    // a shared PDF counts as a render: the third of three
    HttpResponse<String> pdf = send(request("/r/" + shareId + ".pdf"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertLimited(send(render), "render");
    assertLimited(send(request("/r/" + shareId + ".pdf")), "render");
    // fitting on one page lays the resume out several times: it is limited as a render
    assertLimited(send(request("/api/render/fit?pages=1")
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(TestFiles.resume("one-page.json")))), "render");

    // ATS checks have their own limit: renders are used up, checks are not
    HttpRequest.Builder check = request("/api/ats/check")
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString("{\"text\": \"Ana Smith\\nEXPERIENCE\\nAcme\"}"));
    assertThat(send(check).statusCode()).isEqualTo(200);
    assertThat(send(check).statusCode()).isEqualTo(200);
    assertLimited(send(check), "check");

    // pages and the health check are never limited
    assertThat(send(request("/editor")).statusCode()).isEqualTo(200);
    assertThat(send(request("/actuator/health")).statusCode()).isEqualTo(200);
  }

  @Test
  void clientsAreAddressesOrIpv6Networks() {
    assertThat(RateLimiter.clientKey("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(RateLimiter.clientKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
        .isEqualTo(RateLimiter.clientKey("2001:db8:1:2::1"))
        .isNotEqualTo(RateLimiter.clientKey("2001:db8:1:3::1"));
  }
}
