package org.createyourresume.web.resume;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The saved-resume API on the real PostgreSQL named by {@code CYR_TEST_POSTGRES_URL}. */
@ExtendWith(TestDatabases.NeedsPostgres.class)
class ResumeApiPostgresTests extends ResumeApiContract {

  private static String url;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> {
      if (url == null) {
        url = TestDatabases.newPostgresSchema();
      }
      return url;
    });
  }

  @AfterAll
  static void dropSchema() {
    TestDatabases.dropPostgresSchema(url);
    url = null;
  }
}
