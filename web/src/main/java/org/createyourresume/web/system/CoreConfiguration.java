package org.createyourresume.web.system;

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
}
