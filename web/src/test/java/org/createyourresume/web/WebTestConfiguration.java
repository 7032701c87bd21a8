package org.createyourresume.web;

import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.web.render.RenderProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The core beans for slice tests (the application's own configuration is not in a slice). */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(RenderProperties.class)
public class WebTestConfiguration {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  @Bean
  ResumeRenderer resumeRenderer() {
    return RENDERER;
  }

  @Bean
  JsonResumeReader jsonResumeReader(ResumeRenderer renderer) {
    return new JsonResumeReader(renderer.validator());
  }
}
