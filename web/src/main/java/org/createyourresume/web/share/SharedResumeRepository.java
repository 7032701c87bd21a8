package org.createyourresume.web.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads shared resumes by their share id (the {@code resume} and {@code revoked_share} tables,
 * owned by the resume feature).
 */
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

  /**
   * Whether {@code shareId} once led to a resume whose owner has since stopped sharing it (the
   * resume feature records it, as a hash, when a link is turned off or replaced or its resume
   * deleted; retention forgets it after a while).
   */
  boolean wasRevoked(String shareId) {
    return jdbc.sql("SELECT COUNT(*) FROM revoked_share WHERE share_id_hash = :hash")
        .param("hash", hash(shareId))
        .query(Long.class)
        .single() > 0;
  }

  /** The stored form of a share id: the hex SHA-256 of its text, as the resume feature writes it. */
  private static String hash(String shareId) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(shareId.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  Optional<SharedResume> find(String shareId) {
    return jdbc.sql("SELECT document, share_indexable, version FROM resume WHERE share_id = :shareId")
        .param("shareId", shareId)
        .query((rs, row) -> new SharedResume(
            rs.getString("document"), rs.getBoolean("share_indexable"), rs.getLong("version")))
        .optional();
  }
}
