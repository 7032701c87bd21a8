package org.createyourresume.web.system;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link ProblemReportValve} in the place of Tomcat's error report valve, so that requests
 * Tomcat refuses itself are answered in the application's style (see docs/DECISIONS.md).
 */
@Configuration(proxyBeanMethods = false)
class ErrorReportConfiguration {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
    return factory -> factory.addContextCustomizers(context -> {
      // Spring Boot adds the context to its host before customising it; the host adds its
      // report valve when it starts, unless one of the named class is already there
      if (context.getParent() instanceof StandardHost host
          && !ProblemReportValve.class.getName().equals(host.getErrorReportValveClass())) {
        host.setErrorReportValveClass(ProblemReportValve.class.getName());
        host.getPipeline().addValve(new ProblemReportValve());
      }
    });
  }
}
