package org.createyourresume.web.learn;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A fixed copy of two small courses (six lessons each, one diagram) under
 * {@code learn-fixtures/classic/}, for tests that need particular lessons, words and positions
 * whatever the shipped lessons become. Import it instead of {@link LearnCatalog} in a web test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ClassicCatalog {

  static final String ROOT = "learn-fixtures/classic/";

  /** The fixture courses, read once. */
  static final LearnCatalog CLASSIC =
      new LearnCatalog(LessonFile.fromClasspath(ROOT), DiagramFile.fromClasspath(ROOT));

  @Bean
  LearnCatalog learnCatalog() {
    return CLASSIC;
  }
}
