package org.createyourresume.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.createyourresume.web.ResumeWebApplication;
import org.createyourresume.web.resume.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL share their rate limits: a client that spreads its
 * requests over both gets the quota once, not twice. A third node with {@code
 * cyr.rate-limit.shared=false} shows what the client would get from counters kept per node.
 */
@ExtendWith(TestDatabases.NeedsPostgres.class)
class SharedRateLimitPostgresTests {

  private static final int QUOTA = 4;
  /** A share id of the right shape that no resume has: a cheap request under the share limit. */
  private static final String UNKNOWN_SHARE = "/r/AAAAAAAAAAAAAAAAAAAAAA";

  private static String url;
  private static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startTwoNodes() {
    url = TestDatabases.newPostgresSchema();
    NODES.add(start(true));
    NODES.add(start(true));
  }

  @AfterAll
  static void stopNodes() {
    NODES.forEach(ConfigurableApplicationContext::close);
    NODES.clear();
    TestDatabases.dropPostgresSchema(url);
    url = null;
  }

  private static ConfigurableApplicationContext start(boolean shared) {
    // command-line arguments: they outrank the build's system properties (limits off in tests)
    return new SpringApplicationBuilder(ResumeWebApplication.class).run(
        "--server.port=0",
        "--spring.datasource.url=" + url,
        "--cyr.rate-limit.enabled=true",
        "--cyr.rate-limit.shared=" + shared,
        "--cyr.rate-limit.share.requests=" + QUOTA,
        "--cyr.rate-limit.share.per=1h",
        "--cyr.render.threads=1");
  }

  private static int port(ConfigurableApplicationContext node) {
    return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
  }

  private HttpResponse<String> get(ConfigurableApplicationContext node, String path)
      throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + path))
        .timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
  }

  @Test
  void aClientSpreadingItsRequestsOverTwoNodesGetsOneQuota() throws Exception {
    ConfigurableApplicationContext a = NODES.get(0);
    ConfigurableApplicationContext b = NODES.get(1);
    assertThat(a.getBean(RateLimitConfiguration.class).limiter().isShared()).isTrue();
    assertThat(b.getBean(RateLimitConfiguration.class).limiter().isShared()).isTrue();

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 2 * QUOTA; i++) {
      HttpResponse<String> response = get(i % 2 == 0 ? a : b, UNKNOWN_SHARE);
      statuses.add(response.statusCode());
      if (response.statusCode() == 429) {
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("\"limit\"", "share");
      }
    }
    // the first four (two on each node) pass, and the other four are refused on both nodes
    assertThat(statuses.subList(0, QUOTA)).doesNotContain(429);
    assertThat(statuses.subList(QUOTA, 2 * QUOTA)).containsOnly(429);

    // the table holds hashes, not addresses
    try (Connection connection = a.getBean(DataSource.class).getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id FROM " + SharedBuckets.TABLE)) {
      int count = 0;
      while (rows.next()) {
        assertThat(rows.getString(1)).matches("[0-9a-f]{64}");
        count++;
      }
      assertThat(count).isEqualTo(1);
    }

    // control: a node counting on its own would have let the same client in again
    ConfigurableApplicationContext alone = start(false);
    NODES.add(alone);
    assertThat(alone.getBean(RateLimitConfiguration.class).limiter().isShared()).isFalse();
    for (int i = 0; i < QUOTA; i++) {
      assertThat(get(alone, UNKNOWN_SHARE).statusCode()).isNotEqualTo(429);
    }
    assertThat(get(alone, UNKNOWN_SHARE).statusCode()).isEqualTo(429);
    // and the shared nodes still refuse
    assertThat(get(a, UNKNOWN_SHARE).statusCode()).isEqualTo(429);
  }
}
