package org.createyourresume.model;

/** How much a {@link Problem} matters. */
public enum Severity {
  /** The document is invalid: the value cannot be used as it is. */
  ERROR,
  /** The document was read, but something was adjusted, skipped or looks wrong. */
  WARNING
}
