package org.createyourresume.web.resume;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Saved resumes in the {@code resume} table, with plain SQL that runs unchanged on H2 and
 * PostgreSQL. Every statement is a single atomic statement in auto-commit, so a save is written
 * whole or not at all, and concurrent saves of one resume are ordered by the row lock: the
 * {@code version = ?} condition lets exactly one save based on a given version through.
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

  /** Deletes the resume and with it its share link; whether there was one. */
  boolean delete(String id) {
    return jdbc.sql("DELETE FROM resume WHERE id = :id").param("id", id).update() == 1;
  }

  /**
   * Gives the resume a new share id (or none, with {@code null}: revoked), replacing any previous
   * one; whether the resume exists.
   */
  boolean share(String id, String shareId, boolean indexable, Instant now) {
    return jdbc.sql("UPDATE resume SET share_id = :shareId, share_indexable = :indexable,"
            + " touched_at = :now WHERE id = :id")
        .param("shareId", shareId)
        .param("indexable", indexable)
        .param("now", time(now))
        .param("id", id)
        .update() == 1;
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
  int purgeUntouchedSince(Instant cutoff, int batch) {
    return jdbc.sql("DELETE FROM resume WHERE id IN (SELECT id FROM resume"
            + " WHERE touched_at < :cutoff ORDER BY touched_at FETCH FIRST " + batch
            + " ROWS ONLY)")
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
