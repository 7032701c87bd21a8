package org.createyourresume.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration implements WebMvcConfigurer {

  private final RateLimiter limiter;

  RateLimitConfiguration(RateLimitProperties properties) {
    this.limiter = new RateLimiter(properties);
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
