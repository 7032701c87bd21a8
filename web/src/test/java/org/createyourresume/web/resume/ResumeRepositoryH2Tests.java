package org.createyourresume.web.resume;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The repository on the embedded H2 file database (the default). */
class ResumeRepositoryH2Tests extends ResumeRepositoryContract {

  private static final String URL = TestDatabases.newH2();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> URL);
  }
}
