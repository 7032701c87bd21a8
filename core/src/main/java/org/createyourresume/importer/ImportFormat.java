package org.createyourresume.importer;

/** The kinds of file the importer reads, told apart by content first and name second. */
public enum ImportFormat {
  PDF,
  DOCX,
  /** Plain text, one line per line. */
  TEXT,
  MARKDOWN,
  /** A LinkedIn "Get a copy of your data" ZIP (Profile.csv, Positions.csv, ...). */
  LINKEDIN,
  /** JSON Resume, any 0.x or 1.x dialect. */
  JSON_RESUME,
  /** A FRESH resume document (fresh-resume schema). */
  FRESH
}
