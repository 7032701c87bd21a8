package org.createyourresume.web.share;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads shared resumes by their share id (the {@code resume} table, owned by the resume feature). */
@Repository
class SharedResumeRepository {

  private final JdbcClient jdbc;

  SharedResumeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A shared resume as the public sees it.
   *
   * @param document the JSON Resume document as last saved
   * @param indexable whether its owner lets search engines index it
   * @param version its version, for the ETag of the page
   */
  record SharedResume(String document, boolean indexable, long version) {}

  Optional<SharedResume> find(String shareId) {
    return jdbc.sql("SELECT document, share_indexable, version FROM resume WHERE share_id = :shareId")
        .param("shareId", shareId)
        .query((rs, row) -> new SharedResume(
            rs.getString("document"), rs.getBoolean("share_indexable"), rs.getLong("version")))
        .optional();
  }
}
