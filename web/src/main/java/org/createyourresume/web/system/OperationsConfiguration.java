package org.createyourresume.web.system;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What operators see: request metrics (recorded always, exported at {@code
 * /actuator/prometheus} only with {@code cyr.metrics.enabled=true}) and the one-line request log
 * ({@code cyr.request-log.enabled}, on by default).
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration implements WebMvcConfigurer {

  private final ObjectProvider<MeterRegistry> registry;

  OperationsConfiguration(ObjectProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void addInterceptors(InterceptorRegistry interceptors) {
    // test slices without metrics have no registry: nothing to record into
    registry.ifAvailable(meters -> interceptors
        .addInterceptor(new RequestMetrics(meters))
        .order(Ordered.HIGHEST_PRECEDENCE));
  }

  @Bean
  @ConditionalOnProperty(name = "cyr.request-log.enabled", havingValue = "true",
      matchIfMissing = true)
  FilterRegistrationBean<RequestLog> requestLog() {
    FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog());
    // just after the security headers, so that its time covers everything else
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
