package org.createyourresume.web.render;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.createyourresume.render.ResumeRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Once the server is up, warms every render worker: each parses its fonts and renders every
 * template once ({@link ResumeRenderer#warmUp()}), so no user request pays for it. Each warm-up
 * task waits until all have started, which puts exactly one on every worker.
 */
@Component
class RenderWarmup {

  private static final Logger LOG = LoggerFactory.getLogger(RenderWarmup.class);

  private final ResumeRenderer renderer;
  private final RenderPool pool;

  RenderWarmup(ResumeRenderer renderer, RenderPool pool) {
    this.renderer = renderer;
    this.pool = pool;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void warm() {
    int workers = pool.workers();
    CountDownLatch started = new CountDownLatch(workers);
    for (int i = 0; i < workers; i++) {
      try {
        pool.submit(() -> {
          started.countDown();
          started.await(30, TimeUnit.SECONDS);
          renderer.warmUp();
          return null;
        });
      } catch (RuntimeException e) {
        LOG.warn("render worker warm-up skipped: the pool is busy");
        return;
      }
    }
  }
}
