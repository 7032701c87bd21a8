package org.createyourresume.web.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Times every request that does work under a rate limit (renders, imports, checks, saves,
 * shares) and counts its refusals. The kind of request is the {@link RateLimited} kind of its
 * controller method, so a new endpoint is measured as soon as it is limited.
 *
 * <ul>
 *   <li>{@code cyr.requests} (timer, with a histogram for percentiles): tags {@code kind} and
 *       {@code status};
 *   <li>{@code cyr.rejections} (counter): 503 answers, a full render pool or work over its time;
 *   <li>{@code cyr.rate.limited} (counter): 429 answers.
 * </ul>
 *
 * <p>It runs before the rate-limit interceptor, so that requests refused there are seen too.
 */
final class RequestMetrics implements HandlerInterceptor {

  private static final String STARTED = RequestMetrics.class.getName() + ".started";

  private final MeterRegistry registry;

  RequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  private record Started(RateLimited.Kind kind, long nanos) {}

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method) {
      RateLimited limited = method.getMethodAnnotation(RateLimited.class);
      if (limited != null) {
        request.setAttribute(STARTED, new Started(limited.value(), System.nanoTime()));
      }
    }
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (!(request.getAttribute(STARTED) instanceof Started started)) {
      return;
    }
    // an exception that no resolver answered becomes a 500 after this point
    int status = ex != null ? 500 : response.getStatus();
    String kind = started.kind().id();
    Timer.builder("cyr.requests")
        .description("Requests that do work under a rate limit, by kind and status")
        .tag("kind", kind)
        .tag("status", Integer.toString(status))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(Duration.ofNanos(System.nanoTime() - started.nanos()));
    if (status == 503) {
      Counter.builder("cyr.rejections")
          .description("Requests answered 503: the render pool was full or the work ran too long")
          .tag("kind", kind)
          .register(registry)
          .increment();
    } else if (status == 429) {
      Counter.builder("cyr.rate.limited")
          .description("Requests answered 429: the client was over its rate limit")
          .tag("kind", kind)
          .register(registry)
          .increment();
    }
  }
}
