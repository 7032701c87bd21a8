package org.createyourresume.web.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.createyourresume.web.system.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

class RenderPoolTests {

  private static RenderPool pool(int threads, int queue, Duration timeout) {
    return new RenderPool(
        new RenderProperties(threads, queue, timeout, Duration.ofSeconds(2), DataSize.ofMegabytes(1)));
  }

  @Test
  void runsWorkAndReturnsItsResult() {
    RenderPool pool = pool(2, 4, Duration.ofSeconds(5));
    try {
      assertThat(pool.run(() -> 6 * 7)).isEqualTo(42);
      assertThat(pool.workers()).isEqualTo(2);
    } finally {
      pool.destroy();
    }
  }

  @Test
  void passesAFailureOfTheWorkThrough() {
    RenderPool pool = pool(1, 1, Duration.ofSeconds(5));
    try {
      assertThatThrownBy(() -> pool.run(() -> {
        throw new IllegalStateException("boom");
      })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    } finally {
      pool.destroy();
    }
  }

  @Test
  void refusesWorkBeyondTheQueueWith503() throws Exception {
    RenderPool pool = pool(1, 1, Duration.ofSeconds(5));
    CountDownLatch release = new CountDownLatch(1);
    try {
      pool.submit(() -> release.await(10, TimeUnit.SECONDS));
      pool.submit(() -> release.await(10, TimeUnit.SECONDS));
      assertThatThrownBy(() -> pool.submit(() -> 1))
          .isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(p.retryAfterSeconds()).isEqualTo(2);
          });
    } finally {
      release.countDown();
      pool.destroy();
    }
  }

  @Test
  void givesUpOnWorkThatTakesTooLongWith503() {
    RenderPool pool = pool(1, 1, Duration.ofMillis(100));
    try {
      assertThatThrownBy(() -> pool.run(() -> {
        Thread.sleep(5_000);
        return 1;
      })).isInstanceOfSatisfying(ApiProblem.class,
          p -> assertThat(p.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
    } finally {
      pool.destroy();
    }
  }

  @Test
  void usesOneWorkerPerProcessorByDefault() {
    RenderProperties defaults =
        new RenderProperties(0, 32, Duration.ofSeconds(20), Duration.ofSeconds(2),
            DataSize.ofMegabytes(1));
    assertThat(defaults.workerCount()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }
}
