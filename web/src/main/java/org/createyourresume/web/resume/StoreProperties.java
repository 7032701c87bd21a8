package org.createyourresume.web.resume;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of saved resumes ({@code cyr.store.*}).
 *
 * @param maxDocumentSize the largest document that may be saved (at most 1,000,000 bytes, what the
 *     database column holds)
 * @param retention how long a resume is kept after its owner last saved, shared or opened it
 * @param purgeInterval how often the retention job looks for resumes to delete
 */
@ConfigurationProperties("cyr.store")
record StoreProperties(
    @DefaultValue("512KB") DataSize maxDocumentSize,
    @DefaultValue("365d") Duration retention,
    @DefaultValue("1h") Duration purgeInterval) {

  /** What the {@code document} column can hold (characters, so at least as many bytes). */
  static final long COLUMN_LIMIT = 1_000_000;

  StoreProperties {
    if (maxDocumentSize.toBytes() < 1024 || maxDocumentSize.toBytes() > COLUMN_LIMIT) {
      throw new IllegalArgumentException(
          "cyr.store.max-document-size must be between 1KB and 1000000B (the database column's"
              + " size); it is " + maxDocumentSize);
    }
    if (retention.compareTo(Duration.ofDays(1)) < 0) {
      throw new IllegalArgumentException(
          "cyr.store.retention must be at least 1d; it is " + retention);
    }
    if (purgeInterval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          "cyr.store.purge-interval must be at least 1s; it is " + purgeInterval);
    }
  }

  /** Whole days of retention, as the editor tells the user. */
  long retentionDays() {
    return retention.toDays();
  }
}
