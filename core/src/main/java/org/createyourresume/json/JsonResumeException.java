package org.createyourresume.json;

/** The text is not a JSON Resume document at all: not JSON, or not a JSON object. */
public final class JsonResumeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  JsonResumeException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /** 1-based line of the error, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column of the error, or 0 when unknown. */
  public int column() {
    return column;
  }
}
