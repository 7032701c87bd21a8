package org.createyourresume.web.resume;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Takes deleted resumes off the disk soon after they are deleted, not only when the database
 * next gets round to it. A delete (by the owner or by retention) asks for a run; runs happen one
 * at a time on a background thread, and requests that arrive during a run are served by one
 * more run after it, so a burst of deletes costs at most two.
 *
 * <p>What a run does depends on the database. The embedded H2 database writes every change to
 * new space in its file and frees the old space later, so the text of a deleted row stays in the
 * file, past a kill or a crash, until a clean shutdown compacts it: a run compacts the file now
 * ({@link H2Compaction}), which rewrites the live data and overwrites or cuts off the old. On
 * PostgreSQL a deleted row stays in its table's pages until VACUUM: a run vacuums the table of
 * resumes (autovacuum would as well, later). See the storage section of docs/ARCHITECTURE.md.
 */
@Component
class StorageCompaction implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(StorageCompaction.class);

  private final DataSource dataSource;
  private final AtomicBoolean pending = new AtomicBoolean();
  private final AtomicLong runs = new AtomicLong();
  private final ExecutorService worker =
      new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "storage-compaction");
        thread.setDaemon(true);
        return thread;
      });

  StorageCompaction(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Asks for a run soon, after a delete; returns at once. */
  void requested() {
    if (pending.compareAndSet(false, true)) {
      worker.execute(this::runSafely);
    }
  }

  /** How many runs have finished since the server started (for tests and metrics). */
  long runs() {
    return runs.get();
  }

  private void runSafely() {
    pending.set(false);
    try {
      compactNow();
    } catch (SQLException | RuntimeException e) {
      // the next delete asks again; the database still frees the space on its own, later
      LOG.warn("storage: could not compact after a delete ({})", e.getClass().getName());
    } finally {
      runs.incrementAndGet();
    }
  }

  /** Compacts (H2) or vacuums (PostgreSQL) now, on the calling thread. */
  void compactNow() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("h2")) {
        H2Compaction.compact(connection);
      } else if (product.contains("postgresql")) {
        try (Statement statement = connection.createStatement()) {
          // VACUUM cannot run inside a transaction block; the pool's connections auto-commit
          connection.setAutoCommit(true);
          statement.execute("VACUUM resume");
        }
      }
    }
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
