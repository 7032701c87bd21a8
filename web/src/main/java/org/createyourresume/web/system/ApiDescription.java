package org.createyourresume.web.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI description served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

  @Bean
  OpenAPI createYourResumeApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Create Your Resume API")
                .version("1")
                .description(
                    "Render JSON Resume documents to ATS-friendly PDFs, and list the templates,"
                        + " fonts and example resumes. Errors are application/problem+json"
                        + " (RFC 9457) naming the field or parameter at fault.")
                .license(new License().name("Apache-2.0")));
  }
}
