package org.createyourresume.web.resume;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The saved-resume API on the embedded H2 file database (the default). */
class ResumeApiH2Tests extends ResumeApiContract {

  private static final String URL = TestDatabases.newH2();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> URL);
  }
}
