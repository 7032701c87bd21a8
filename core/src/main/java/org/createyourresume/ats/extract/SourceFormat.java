package org.createyourresume.ats.extract;

/** The kinds of file the checker reads. */
public enum SourceFormat {
  PDF,
  DOCX,
  /** Text pasted or typed, without layout. */
  TEXT
}
