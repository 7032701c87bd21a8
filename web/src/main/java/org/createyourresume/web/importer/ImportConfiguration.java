package org.createyourresume.web.importer;

import org.createyourresume.ats.AtsLimits;
import org.createyourresume.importer.LetterImporter;
import org.createyourresume.importer.ResumeImporter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The core's importers of resumes and cover letters, one shared instance each (they are
 * thread-safe), with the default upload limits and the row cap of {@link ImportProperties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

  @Bean
  ResumeImporter resumeImporter(ImportProperties properties) {
    return ResumeImporter.create(AtsLimits.DEFAULT.withMaxRows(properties.maxRows()));
  }

  @Bean
  LetterImporter letterImporter() {
    return LetterImporter.create(AtsLimits.DEFAULT);
  }
}
