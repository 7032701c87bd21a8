package org.createyourresume.web.resume;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Compacts the embedded H2 database's file while it is open, as its clean shutdown would: live
 * data is rewritten next to each other and the space of deleted rows is overwritten or cut off
 * the end of the file. H2 offers this only on its store ({@link MVStore#compactFile}), not in SQL
 * short of {@code SHUTDOWN COMPACT}, which would close the database under every other request.
 * Kept apart so that H2's classes are loaded only when H2 is the database.
 */
final class H2Compaction {
  private H2Compaction() {}

  static void compact(Connection connection, int maxMillis) throws SQLException {
    MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
        .getDatabase().getStore().getMvStore();
    synchronized (H2Compaction.class) {
      // compacting sets the store's retention time to zero, so that freed space is reused at
      // once; the setting is put back after, since it protects the file against a power cut
      int retention = store.getRetentionTime();
      try {
        store.compactFile(maxMillis);
      } finally {
        store.setRetentionTime(retention);
      }
    }
  }
}
