package org.createyourresume.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies {@link RateLimited} before a controller method runs; an exceeded limit becomes a 429
 * problem through {@link ProblemDetailsAdvice}. The client is the request's remote address (behind
 * a reverse proxy, set {@code server.forward-headers-strategy=native} so that it is the real
 * client's).
 *
 * <p>When the resumes are stored in PostgreSQL and {@code cyr.rate-limit.shared} is on (the
 * default), the buckets are kept there too ({@link SharedBuckets}), so that all nodes count one
 * quota per client.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration implements WebMvcConfigurer, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(RateLimitConfiguration.class);

  private final RateLimiter limiter;

  RateLimitConfiguration(RateLimitProperties properties, ObjectProvider<DataSource> dataSource) {
    DataSource database = properties.enabled() && properties.shared()
        ? dataSource.getIfAvailable() : null;
    SharedBuckets shared = null;
    if (database != null && SharedBuckets.isPostgres(database)) {
      try {
        shared = new SharedBuckets(database);
        LOG.info("rate limits are shared by every node through PostgreSQL");
      } catch (IllegalStateException e) {
        // e.g. a database user without CREATE: limits per node are better than no server
        LOG.warn("rate limits cannot be kept in PostgreSQL ({}); each node counts for itself",
            e.getMessage());
      }
    }
    this.limiter = new RateLimiter(properties, shared);
  }

  /** The limiter the interceptor asks (for tests of where the buckets are kept). */
  RateLimiter limiter() {
    return limiter;
  }

  @Override
  public void destroy() {
    limiter.close();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new Interceptor(limiter));
  }

  private record Interceptor(RateLimiter limiter) implements HandlerInterceptor {
    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      if (handler instanceof HandlerMethod method) {
        RateLimited limited = method.getMethodAnnotation(RateLimited.class);
        if (limited != null) {
          int retryAfter = limiter.tryAcquire(limited.value(), request.getRemoteAddr());
          if (retryAfter > 0) {
            throw ApiProblem.tooManyRequests(limited.value().id(), retryAfter);
          }
        }
      }
      return true;
    }
  }
}
