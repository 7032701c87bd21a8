package org.createyourresume.web.resume;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes resumes whose owner has not saved, shared or opened them for {@code cyr.store.retention}
 * (365 days by default), and the markers of share links revoked longer ago than that, every {@code
 * cyr.store.purge-interval} on every app server. Deleting is
 * idempotent, so servers sharing one database need no coordination; a random start delay spreads
 * them out. Rows go in batches, so a long backlog never holds many locks at once.
 */
@Component
class RetentionJob implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
  static final int BATCH = 500;

  private final ResumeRepository repository;
  private final StoreProperties properties;
  private final int batch;
  private final Runnable afterDelete;
  private final Clock clock;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "retention");
        thread.setDaemon(true);
        return thread;
      });

  @Autowired
  RetentionJob(ResumeRepository repository, StoreProperties properties, StorageCompaction compaction) {
    this(repository, properties, BATCH, compaction::requested);
  }

  /** @param afterDelete asked to take deleted rows off the disk after a run deleted any */
  RetentionJob(ResumeRepository repository, StoreProperties properties, int batch, Runnable afterDelete) {
    this.repository = repository;
    this.properties = properties;
    this.batch = batch;
    this.afterDelete = afterDelete;
    this.clock = Clock.systemUTC();
  }

  @EventListener(ApplicationReadyEvent.class)
  void schedule() {
    long interval = properties.purgeInterval().toMillis();
    long firstDelay = Math.min(interval, 60_000) + ThreadLocalRandom.current().nextLong(30_000);
    timer.scheduleWithFixedDelay(this::runSafely, firstDelay, interval, TimeUnit.MILLISECONDS);
  }

  private void runSafely() {
    try {
      purge();
    } catch (RuntimeException e) {
      // the database may be briefly unreachable; the next run tries again
      LOG.warn("retention: could not purge this time ({})", e.getClass().getName());
    }
  }

  /** What one run deleted. */
  record Purged(int resumes, int revokedShares) {}

  /**
   * Deletes every resume untouched since now minus the retention, and every marker of a share link
   * revoked before then (such a link then answers like one that never existed).
   */
  Purged purge() {
    Instant cutoff = clock.instant().minus(properties.retention());
    int resumes = inBatches(() -> repository.purgeUntouchedSince(cutoff, batch));
    int revoked = inBatches(() -> repository.purgeRevokedSharesBefore(cutoff, batch));
    if (resumes > 0) {
      afterDelete.run();
    }
    if (resumes > 0 || revoked > 0) {
      LOG.info("retention: deleted {} resume(s) untouched and {} revoked share link marker(s)"
          + " older than {} days", resumes, revoked, properties.retentionDays());
    }
    return new Purged(resumes, revoked);
  }

  private int inBatches(IntSupplier deleteBatch) {
    int total = 0;
    int deleted;
    do {
      deleted = deleteBatch.getAsInt();
      total += deleted;
    } while (deleted == batch);
    return total;
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }
}
