package org.createyourresume.web.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.web.resume.ApiClient.Created;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Twenty writers hammer one resume on the embedded H2 database for {@link SaveHammer#duration()}:
 * no save is lost. (The same on two servers sharing PostgreSQL is in {@link
 * MultiInstancePostgresTests}.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConcurrentSavesTests {

  private static final String URL = TestDatabases.newH2();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> URL);
  }

  @LocalServerPort int port;

  @Test
  void noLostUpdateUnderTwentyConcurrentWriters() throws Exception {
    ApiClient api = new ApiClient("http://localhost:" + port);
    Created created = api.create("{\"basics\":{\"name\":\"Start\"}}");
    SaveHammer.Result result =
        SaveHammer.run(List.of(api), created.id(), created.token(), 20, SaveHammer.duration());
    System.out.printf("H2, one server, 20 writers, %d s: %d saves accepted, %d stale (412),"
        + " final version %d%n", SaveHammer.duration().toSeconds(), result.accepted(),
        result.stale(), result.finalVersion());
    SaveHammer.assertNoLostUpdate(result);
    assertThat(result.accepted()).isGreaterThan(20);
  }
}
