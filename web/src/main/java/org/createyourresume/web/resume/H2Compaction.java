package org.createyourresume.web.resume;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Compacts the embedded H2 database's file while it is open, so that the text of deleted rows
 * leaves it. H2 writes every change to new space in its file and marks the old as free without
 * overwriting it; it compacts only at a clean shutdown ({@code SHUTDOWN COMPACT}, which would close
 * the database under every other request) or, in the background, once much of a chunk is dead.
 * So this asks the store itself: every chunk that holds anything dead is rewritten (its live pages
 * copied to new chunks), then the chunks are moved to the front of the file, over the freed space,
 * and the file is cut after the last one. {@link MVStore#compactFile} alone is not enough: it
 * leaves alone chunks that are still mostly alive, which a few deleted resumes never change.
 * Kept apart so that H2's classes are loaded only when H2 is the database.
 */
final class H2Compaction {
  private H2Compaction() {}

  /** Compacts the file behind {@code connection}; an in-memory database has none, and is left. */
  static void compact(Connection connection) throws SQLException {
    MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
        .getDatabase().getStore().getMvStore();
    if (!(store.getFileStore() instanceof RandomAccessStore file)) {
      return;
    }
    synchronized (H2Compaction.class) {
      // freed space may be reused at once while compacting; the usual retention time, which
      // protects the file against a power cut, is put back after
      int retention = store.getRetentionTime();
      store.setRetentionTime(0);
      try {
        store.compact(100, Integer.MAX_VALUE);
        store.commit();
        store.sync();
        file.compactMoveChunks(100, Long.MAX_VALUE, store);
        store.sync();
      } finally {
        store.setRetentionTime(retention);
      }
    }
  }
}
