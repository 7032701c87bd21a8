package org.createyourresume.web.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many writers saving one resume as fast as they can, each through one of the given servers:
 * each saves based on the version it last knew, and on a 412 reads the current one and goes on.
 * Afterwards the accepted saves must account for every version exactly once (no lost update).
 */
final class SaveHammer {

  /** How long the hammering runs: {@code -Dcyr.test.hammer-seconds}, 30 by default. */
  static Duration duration() {
    return Duration.ofSeconds(Long.getLong("cyr.test.hammer-seconds", 30));
  }

  /** What the writers saw. */
  record Result(long accepted, long stale, long finalVersion, Map<Long, String> acceptedByVersion,
      String finalDocument) {}

  static Result run(List<ApiClient> servers, String id, String token, int writers,
      Duration duration) throws Exception {
    Map<Long, String> acceptedByVersion = new ConcurrentHashMap<>();
    AtomicLong duplicates = new AtomicLong();
    AtomicLong accepted = new AtomicLong();
    AtomicLong stale = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    long deadline = System.nanoTime() + duration.toNanos();
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      ApiClient api = servers.get(w % servers.size());
      int writer = w;
      futures.add(pool.submit(() -> {
        start.await();
        long known = ApiClient.version(api.get(id, token));
        long sequence = 0;
        while (System.nanoTime() < deadline) {
          String document = "{\"basics\":{\"name\":\"Writer " + writer + "\",\"summary\":\"save "
              + (++sequence) + " by writer " + writer + "\"}}";
          HttpResponse<String> response = api.put(id, token, "\"" + known + "\"", document);
          if (response.statusCode() == 200) {
            known = ApiClient.version(response);
            accepted.incrementAndGet();
            if (acceptedByVersion.putIfAbsent(known, document) != null) {
              duplicates.incrementAndGet();
            }
          } else if (response.statusCode() == 412) {
            stale.incrementAndGet();
            known = ApiClient.version(api.get(id, token));
          } else {
            throw new AssertionError("save answered " + response.statusCode() + ": "
                + response.body());
          }
        }
        return null;
      }));
    }
    start.countDown();
    try {
      for (Future<?> future : futures) {
        future.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(duplicates.get()).as("two saves accepted as the same version").isZero();
    HttpResponse<String> last = servers.get(0).get(id, token);
    return new Result(accepted.get(), stale.get(), ApiClient.version(last), acceptedByVersion,
        last.body());
  }

  /** The no-lost-update property: every version after 1 is exactly one accepted save. */
  static void assertNoLostUpdate(Result result) {
    assertThat(result.accepted()).as("some saves were accepted").isPositive();
    assertThat(result.stale()).as("writers really competed").isPositive();
    assertThat(result.finalVersion()).as("final version = 1 + accepted saves")
        .isEqualTo(1 + result.accepted());
    assertThat(result.acceptedByVersion().keySet()).hasSize((int) result.accepted())
        .allSatisfy(v -> assertThat(v).isBetween(2L, result.finalVersion()));
    assertThat(result.finalDocument())
        .isEqualTo(result.acceptedByVersion().get(result.finalVersion()));
  }
}
