package org.createyourresume.web.render;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.createyourresume.web.system.ApiProblem;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The bounded executor all rendering runs on: a fixed number of workers (each keeps its parsed
 * fonts) and a bounded queue. When both are full, work is refused at once with a 503 and
 * {@code Retry-After}, so a burst can never pile up unbounded memory or latency.
 *
 * <p>As a {@link MeterBinder} it reports its queue depth, busy and total workers as gauges
 * ({@code cyr.render.queue}, {@code cyr.render.busy}, {@code cyr.render.workers}); Spring Boot
 * binds it to the application's meter registry.
 */
@Component
public final class RenderPool implements DisposableBean, MeterBinder {

  private final ThreadPoolExecutor executor;
  private final RenderProperties properties;

  RenderPool(RenderProperties properties) {
    this.properties = properties;
    int workers = properties.workerCount();
    BlockingQueue<Runnable> queue =
        properties.queueCapacity() > 0
            ? new ArrayBlockingQueue<>(properties.queueCapacity())
            : new SynchronousQueue<>();
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.SECONDS,
            queue,
            task -> {
              Thread thread = new Thread(task, "render-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * Runs {@code work} on a render worker and waits for it.
   *
   * @throws org.createyourresume.web.system.ApiProblem a 503 when the pool is full or the work
   *     took longer than the timeout
   */
  public <T> T run(Callable<T> work) {
    Future<T> future = submit(work);
    try {
      return future.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw ApiProblem.timedOut(properties.retryAfterSeconds());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw ApiProblem.timedOut(properties.retryAfterSeconds());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("render task failed", e.getCause());
    }
  }

  /**
   * Queues {@code work} without waiting.
   *
   * @throws org.createyourresume.web.system.ApiProblem a 503 when the pool is full
   */
  public <T> Future<T> submit(Callable<T> work) {
    try {
      return executor.submit(work);
    } catch (RejectedExecutionException e) {
      throw ApiProblem.busy(properties.retryAfterSeconds());
    }
  }

  /** How long a client is told to wait before retrying work the pool refused or stopped. */
  public int retryAfterSeconds() {
    return properties.retryAfterSeconds();
  }

  /** Workers in the pool. */
  public int workers() {
    return executor.getMaximumPoolSize();
  }

  /** Work waiting for a worker now. */
  public int queued() {
    return executor.getQueue().size();
  }

  /** Workers running work now. */
  public int busy() {
    return executor.getActiveCount();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("cyr.render.queue", this, RenderPool::queued)
        .description("Renders, imports and checks waiting for a render worker")
        .register(registry);
    Gauge.builder("cyr.render.busy", this, RenderPool::busy)
        .description("Render workers running work")
        .register(registry);
    Gauge.builder("cyr.render.workers", this, RenderPool::workers)
        .description("Render workers in the pool")
        .register(registry);
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
