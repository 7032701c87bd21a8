package org.createyourresume.web.importer;

import org.createyourresume.importer.ResumeImporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core's importer, one shared instance (it is thread-safe), with its default upload limits. */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

  @Bean
  ResumeImporter resumeImporter() {
    return ResumeImporter.create();
  }
}
