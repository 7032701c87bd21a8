package org.createyourresume.web.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
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
                    "Render JSON Resume documents to ATS-friendly PDFs, list the templates,"
                        + " fonts and example resumes, and save resumes online without an"
                        + " account (each reachable only with its edit token) with read-only"
                        + " share links. Errors are application/problem+json (RFC 9457) naming"
                        + " the field or parameter at fault.")
                .license(new License().name("Apache-2.0")))
        .components(new Components().addSecuritySchemes("editToken",
            new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("The editToken answered when the resume was saved online."
                    + " A missing or wrong token is answered 404, like a missing resume;"
                    + " GET /api/resumes/{id}/status answers 200 {\"exists\": false} for"
                    + " both instead.")));
  }
}
