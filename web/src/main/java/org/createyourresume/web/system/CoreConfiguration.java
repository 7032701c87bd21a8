package org.createyourresume.web.system;

import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.render.ResumeRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core's entry points, one shared instance of each (they are thread-safe). */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

  @Bean
  ResumeRenderer resumeRenderer() {
    return ResumeRenderer.create();
  }

  @Bean
  JsonResumeReader jsonResumeReader(ResumeRenderer renderer) {
    return new JsonResumeReader(renderer.validator());
  }

  /** The same limits as {@code cyr check}; it renders JSON resumes with the shared renderer. */
  @Bean
  AtsChecker atsChecker(ResumeRenderer renderer) {
    return AtsChecker.create(AtsLimits.DEFAULT, renderer);
  }
}
