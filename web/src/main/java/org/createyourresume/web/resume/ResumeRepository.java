package org.createyourresume.web.resume;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved resumes in the {@code resume} table, with plain SQL that runs unchanged on H2 and
 * PostgreSQL. Every statement is a single atomic statement in auto-commit, so a save is written
 * whole or not at all, and concurrent saves of one resume are ordered by the row lock: the
 * {@code version = ?} condition lets exactly one save based on a given version through. A share
 * link that stops working (replaced, turned off, or its resume deleted) is first remembered in
 * {@code revoked_share}, then changed only if it is still the one read (compare and set, tried
 * again otherwise), so every link that ever stopped is remembered.
 */
@Repository
class ResumeRepository {

  private static final String COLUMNS =
      "id, version, document, share_id, share_indexable, created_at, updated_at, touched_at";

  private final JdbcClient jdbc;

  ResumeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What a save did. */
  sealed interface SaveOutcome {
    /** Accepted: the resume is now at {@code version}. */
    record Saved(long version, Instant updatedAt) implements SaveOutcome {}

    /** Refused: the stored version is {@code current}, not the one the save was based on. */
    record Stale(long current) implements SaveOutcome {}

    /** Refused: there is no such resume (any more). */
    record Missing() implements SaveOutcome {}
  }

  /** Stores a new resume at version 1. */
  void insert(
      String id, String tokenHash, String document, String shareId, boolean indexable,
      Instant now) {
    jdbc.sql("INSERT INTO resume (id, edit_token_hash, version, document, share_id,"
            + " share_indexable, created_at, updated_at, touched_at)"
            + " VALUES (:id, :hash, 1, :document, :shareId, :indexable, :now, :now, :now)")
        .param("id", id)
        .param("hash", tokenHash)
        .param("document", document)
        .param("shareId", shareId)
        .param("indexable", indexable)
        .param("now", time(now))
        .update();
  }

  /** The stored hash of the resume's edit token; empty when there is no such resume. */
  Optional<String> tokenHash(String id) {
    return jdbc.sql("SELECT edit_token_hash FROM resume WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .optional();
  }

  Optional<StoredResume> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM resume WHERE id = :id")
        .param("id", id)
        .query(ResumeRepository::row)
        .optional();
  }

  /** What an editor checks before reading or saving: the version and share link, no document. */
  record Summary(long version, String shareId, boolean shareIndexable) {}

  Optional<Summary> summary(String id) {
    return jdbc.sql("SELECT version, share_id, share_indexable FROM resume WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> new Summary(
            rs.getLong("version"), rs.getString("share_id"), rs.getBoolean("share_indexable")))
        .optional();
  }

  OptionalLong version(String id) {
    Optional<Long> version =
        jdbc.sql("SELECT version FROM resume WHERE id = :id").param("id", id)
            .query(Long.class).optional();
    return version.map(OptionalLong::of).orElseGet(OptionalLong::empty);
  }

  /**
   * Replaces the document if the stored version is still {@code basedOn}, making it {@code
   * basedOn + 1}. One statement: under concurrent saves based on the same version, exactly one
   * succeeds and the others see the new version and are told they are stale.
   */
  SaveOutcome save(String id, long basedOn, String document, Instant now) {
    int updated =
        jdbc.sql("UPDATE resume SET document = :document, version = version + 1,"
                + " updated_at = :now, touched_at = :now WHERE id = :id AND version = :basedOn")
            .param("document", document)
            .param("now", time(now))
            .param("id", id)
            .param("basedOn", basedOn)
            .update();
    if (updated == 1) {
      return new SaveOutcome.Saved(basedOn + 1, now);
    }
    OptionalLong current = version(id);
    return current.isPresent()
        ? new SaveOutcome.Stale(current.getAsLong())
        : new SaveOutcome.Missing();
  }

  /** What a deleted resume's document is overwritten with before its row goes. */
  static final String ERASED = "{}";

  /**
   * Deletes the resume and with it its share link, which is remembered as revoked; whether there
   * was one. The document is first overwritten with {@link #ERASED}, so that the newest version
   * of the row the database keeps (until it compacts or vacuums) holds nothing of the owner's;
   * {@link StorageCompaction} then removes the older versions from the files.
   */
  boolean delete(String id, Instant now) {
    while (true) {
      Optional<CurrentShare> current = currentShare(id);
      if (current.isEmpty()) {
        return false;
      }
      String old = current.get().shareId();
      markRevoked(old, now);
      jdbc.sql("UPDATE resume SET document = :erased WHERE id = :id AND " + sameShare(old))
          .param("erased", ERASED)
          .param("id", id)
          .param("old", old)
          .update();
      int deleted = jdbc.sql("DELETE FROM resume WHERE id = :id AND " + sameShare(old))
          .param("id", id)
          .param("old", old)
          .update();
      if (deleted == 1) {
        return true;
      }
      // the link changed in between (shared or revoked from another device): look again
    }
  }

  /**
   * Gives the resume a new share id (or none, with {@code null}: revoked), replacing any previous
   * one, which is remembered as revoked; whether the resume exists.
   */
  boolean share(String id, String shareId, boolean indexable, Instant now) {
    while (true) {
      Optional<CurrentShare> current = currentShare(id);
      if (current.isEmpty()) {
        return false;
      }
      String old = current.get().shareId();
      // marked before the link goes, so that there is no moment when it is simply unknown
      markRevoked(old, now);
      int updated = jdbc.sql("UPDATE resume SET share_id = :shareId, share_indexable = :indexable,"
              + " touched_at = :now WHERE id = :id AND " + sameShare(old))
          .param("shareId", shareId)
          .param("indexable", indexable)
          .param("now", time(now))
          .param("id", id)
          .param("old", old)
          .update();
      if (updated == 1) {
        return true;
      }
      // another device changed the link in between: that one is revoked too, look again
    }
  }

  /** The resume's share id as it is now ({@code null} inside when not shared). */
  private record CurrentShare(String shareId) {}

  private Optional<CurrentShare> currentShare(String id) {
    return jdbc.sql("SELECT share_id FROM resume WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> new CurrentShare(rs.getString("share_id")))
        .optional();
  }

  /** The condition that the row still has the share id read before ({@code :old}). */
  private static String sameShare(String shareId) {
    return shareId == null ? "share_id IS NULL" : "share_id = :old";
  }

  /**
   * Remembers that {@code shareId} (if any) no longer leads to a resume because its owner stopped
   * sharing, so that the link can say so. Only its hash is kept.
   */
  private void markRevoked(String shareId, Instant now) {
    if (shareId == null) {
      return;
    }
    try {
      jdbc.sql("INSERT INTO revoked_share (share_id_hash, revoked_at) VALUES (:hash, :now)")
          .param("hash", Capabilities.hash(shareId))
          .param("now", time(now))
          .update();
    } catch (DuplicateKeyException e) {
      // two changes of the same link at once: one marker is enough
    }
  }

  /** Changes whether the shared page may be indexed; whether the resume exists and is shared. */
  boolean setIndexable(String id, boolean indexable, Instant now) {
    return jdbc.sql("UPDATE resume SET share_indexable = :indexable, touched_at = :now"
            + " WHERE id = :id AND share_id IS NOT NULL")
        .param("indexable", indexable)
        .param("now", time(now))
        .param("id", id)
        .update() == 1;
  }

  /**
   * Records a visit by the owner for retention, writing only when the last one is older than
   * {@code ifBefore} (so that reads stay reads).
   */
  void touch(String id, Instant now, Instant ifBefore) {
    jdbc.sql("UPDATE resume SET touched_at = :now WHERE id = :id AND touched_at < :ifBefore")
        .param("now", time(now))
        .param("id", id)
        .param("ifBefore", time(ifBefore))
        .update();
  }

  /**
   * Deletes up to {@code batch} resumes whose owner has not touched them since {@code cutoff};
   * how many went.
   */
  @Transactional // the overwrite and the delete together: a visit in between waits, then finds no row
  int purgeUntouchedSince(Instant cutoff, int batch) {
    List<String> ids = jdbc.sql("SELECT id FROM resume WHERE touched_at < :cutoff"
            + " ORDER BY touched_at FETCH FIRST " + batch + " ROWS ONLY")
        .param("cutoff", time(cutoff))
        .query(String.class)
        .list();
    if (ids.isEmpty()) {
      return 0;
    }
    // overwritten first, as a delete by the owner is
    jdbc.sql("UPDATE resume SET document = :erased WHERE id IN (:ids) AND touched_at < :cutoff")
        .param("erased", ERASED)
        .param("ids", ids)
        .param("cutoff", time(cutoff))
        .update();
    return jdbc.sql("DELETE FROM resume WHERE id IN (:ids) AND touched_at < :cutoff")
        .param("ids", ids)
        .param("cutoff", time(cutoff))
        .update();
  }

  /**
   * Deletes up to {@code batch} markers of share links revoked before {@code cutoff}; how many
   * went. Such a link then answers as if it had never existed.
   */
  int purgeRevokedSharesBefore(Instant cutoff, int batch) {
    return jdbc.sql("DELETE FROM revoked_share WHERE share_id_hash IN (SELECT share_id_hash"
            + " FROM revoked_share WHERE revoked_at < :cutoff ORDER BY revoked_at FETCH FIRST "
            + batch + " ROWS ONLY)")
        .param("cutoff", time(cutoff))
        .update();
  }

  private static StoredResume row(ResultSet rs, int rowNum) throws SQLException {
    return new StoredResume(
        rs.getString("id"),
        rs.getLong("version"),
        rs.getString("document"),
        rs.getString("share_id"),
        rs.getBoolean("share_indexable"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        instant(rs, "touched_at"));
  }

  static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
