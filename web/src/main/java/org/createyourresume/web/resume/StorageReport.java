package org.createyourresume.web.resume;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at start-up where saved resumes are kept: the embedded database's folder, or which
 * PostgreSQL server (never a password or other URL parameters).
 */
@Component
class StorageReport {

  private static final Logger LOG = LoggerFactory.getLogger(StorageReport.class);
  private static final String H2_FILE = "jdbc:h2:file:";

  private final Environment environment;
  private final StoreProperties properties;

  StorageReport(Environment environment, StoreProperties properties) {
    this.environment = environment;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void report() {
    LOG.info("{}; kept for {} days after their last change", describe(environment.getProperty("spring.datasource.url")),
        properties.retentionDays());
  }

  /** Where {@code url} keeps the data, in words. */
  static String describe(String url) {
    if (url == null) {
      return "Saved resumes: no database configured";
    }
    if (url.startsWith(H2_FILE)) {
      String file = url.substring(H2_FILE.length()).split(";", 2)[0];
      Path path = Path.of(file).toAbsolutePath().normalize();
      Path folder = path.getParent() == null ? path : path.getParent();
      return "Saved resumes: embedded H2 database in " + folder + " (file " + path.getFileName()
          + ".mv.db; set SPRING_DATASOURCE_URL to use PostgreSQL)";
    }
    String withoutParameters = url.split("[?;]", 2)[0];
    String withoutCredentials = withoutParameters.replaceAll("//[^/@]*@", "//");
    return "Saved resumes: " + withoutCredentials;
  }
}
