package org.createyourresume.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.web.TestFiles;
import org.createyourresume.web.render.RenderPool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With {@code cyr.metrics.enabled=true}, {@code /actuator/prometheus} shows what renders did: their
 * latency by status, the pool's gauges, a 503 from a full pool and a 429 from the rate limit. (Off
 * by default: see {@code WebIntegrationTests}.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
        "cyr.metrics.enabled=true",
        "cyr.rate-limit.enabled=true",
        "cyr.rate-limit.render.requests=3", "cyr.rate-limit.render.per=1h",
        "cyr.render.threads=1", "cyr.render.queue-capacity=1",
        "spring.datasource.url=jdbc:h2:mem:metrics;DB_CLOSE_DELAY=-1"})
class OperationsMetricsTests {

  @LocalServerPort int port;
  @Autowired RenderPool pool;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
  }

  private HttpResponse<String> render() throws Exception {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/render?format=txt"))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(TestFiles.resume("one-page.json"))));
  }

  /** The value of the first sample whose line starts with {@code name} and has every label. */
  private static double sample(String scrape, String name, String... labels) {
    for (String line : scrape.split("\n")) {
      if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
        boolean all = true;
        for (String label : labels) {
          all &= line.contains(label);
        }
        if (all) {
          Matcher value = Pattern.compile(" ([0-9.eE+-]+)$").matcher(line);
          assertThat(value.find()).as(line).isTrue();
          return Double.parseDouble(value.group(1));
        }
      }
    }
    throw new AssertionError("no sample " + name + " with " + String.join(", ", labels)
        + " in:\n" + scrape);
  }

  @Test
  void rendersRejectionsAndRateLimitHitsAppearAtThePrometheusEndpoint() throws Exception {
    // the start-up warm-ups (template and example pictures) use the one worker for a while
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while ((pool.busy() > 0 || pool.queued() > 0) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(render().statusCode()).isEqualTo(200);

    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Boolean> blocker = pool.submit(() -> {
      started.countDown();
      return release.await(30, TimeUnit.SECONDS);
    });
    Future<Boolean> queued = null;
    try {
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      // the one place in the queue taken too: the gauges see both
      queued = pool.submit(() -> release.await(30, TimeUnit.SECONDS));
      assertThat(pool.queued()).isEqualTo(1);
      assertThat(pool.busy()).isEqualTo(1);
      assertThat(render().statusCode()).isEqualTo(503);
    } finally {
      release.countDown();
    }
    blocker.get(10, TimeUnit.SECONDS);
    queued.get(10, TimeUnit.SECONDS);

    assertThat(render().statusCode()).isEqualTo(200);
    assertThat(render().statusCode()).isEqualTo(429);

    HttpResponse<String> scrape =
        send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/actuator/prometheus")));
    assertThat(scrape.statusCode()).isEqualTo(200);
    String text = scrape.body();
    assertThat(sample(text, "cyr_requests_seconds_count", "kind=\"render\"", "status=\"200\""))
        .isEqualTo(2.0);
    assertThat(sample(text, "cyr_requests_seconds_count", "kind=\"render\"", "status=\"503\""))
        .isEqualTo(1.0);
    assertThat(sample(text, "cyr_requests_seconds_sum", "kind=\"render\"", "status=\"200\""))
        .isGreaterThan(0.0);
    // a histogram, so that operators can ask for percentiles across nodes
    assertThat(text).contains("cyr_requests_seconds_bucket{");
    assertThat(sample(text, "cyr_rejections_total", "kind=\"render\"")).isEqualTo(1.0);
    assertThat(sample(text, "cyr_rate_limited_total", "kind=\"render\"")).isEqualTo(1.0);
    assertThat(sample(text, "cyr_render_workers")).isEqualTo(1.0);
    assertThat(sample(text, "cyr_render_queue")).isEqualTo(0.0);
    assertThat(sample(text, "cyr_render_busy")).isEqualTo(0.0);
  }
}
