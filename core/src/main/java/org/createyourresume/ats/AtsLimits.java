package org.createyourresume.ats;

import java.time.Duration;

/**
 * Bounds on the work one check may do, so that no upload can take unbounded time or memory.
 *
 * @param maxBytes largest file accepted
 * @param maxPages most pages read
 * @param maxExpandedBytes most bytes a file may unpack to (decompressed PDF streams, DOCX parts)
 * @param maxEntries most entries in a DOCX (ZIP) archive
 * @param maxCharacters most characters of text read
 * @param timeout longest time spent reading one file
 * @param maxRows most rows of tables read from one file, all its tables together (the CSV files
 *     of a LinkedIn export)
 */
public record AtsLimits(
    long maxBytes,
    int maxPages,
    long maxExpandedBytes,
    int maxEntries,
    int maxCharacters,
    Duration timeout,
    int maxRows) {

  /**
   * 10 MB, 20 pages, 64 MB unpacked, 2 000 archive entries, 400 000 characters, 10 seconds, 10 000
   * table rows: far above any real resume (a long academic CV) or LinkedIn profile (which holds at
   * most 100 skills and rarely more than a few dozen positions), far below what hurts a server.
   */
  public static final AtsLimits DEFAULT =
      new AtsLimits(10L * 1024 * 1024, 20, 64L * 1024 * 1024, 2_000, 400_000, Duration.ofSeconds(10), 10_000);

  /** The same limits with another timeout. */
  public AtsLimits withTimeout(Duration newTimeout) {
    return new AtsLimits(maxBytes, maxPages, maxExpandedBytes, maxEntries, maxCharacters, newTimeout, maxRows);
  }

  /** The same limits with another number of table rows. */
  public AtsLimits withMaxRows(int newMaxRows) {
    return new AtsLimits(maxBytes, maxPages, maxExpandedBytes, maxEntries, maxCharacters, timeout, newMaxRows);
  }
}
