package org.createyourresume.web.render;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the render pool ({@code cyr.render.*}).
 *
 * @param threads render workers; 0 means one per processor
 * @param queueCapacity renders that may wait for a worker; beyond that the API answers 503
 * @param timeout the longest a request waits for its render
 * @param retryAfter the {@code Retry-After} given with a 503
 * @param maxRequestSize the largest request body accepted
 */
@ConfigurationProperties("cyr.render")
public record RenderProperties(
    @DefaultValue("0") int threads,
    @DefaultValue("32") int queueCapacity,
    @DefaultValue("20s") Duration timeout,
    @DefaultValue("2s") Duration retryAfter,
    @DefaultValue("1MB") DataSize maxRequestSize) {

  /** The number of workers to start. */
  public int workerCount() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  int retryAfterSeconds() {
    return (int) Math.max(1, retryAfter.toSeconds());
  }
}
