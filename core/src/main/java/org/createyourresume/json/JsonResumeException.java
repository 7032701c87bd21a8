package org.createyourresume.json;

/**
 * The text is not a JSON Resume document at all: not JSON, JSON beyond the reader's limits, or not
 * a JSON object. The message is ours (never the JSON library's), a clause that starts in lower
 * case.
 */
public final class JsonResumeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Not JSON: a syntax error at {@link #line()}, {@link #column()}. */
  public static final String SYNTAX = "json.syntax";
  /** Empty text. */
  public static final String EMPTY = "json.empty";
  /** JSON, but not an object. */
  public static final String NOT_OBJECT = "json.not-object";
  /** Objects or arrays nested deeper than {@link JsonResumeReader#MAX_DEPTH}. */
  public static final String TOO_DEEP = "json.too-deep";
  /** A number longer than {@link JsonResumeReader#MAX_NUMBER_LENGTH} characters. */
  public static final String NUMBER_TOO_LONG = "json.number-too-long";
  /** Over another of the JSON reader's limits (such as a property name's length). */
  public static final String OVER_LIMITS = "json.limits";

  private final String code;
  private final int line;
  private final int column;

  JsonResumeException(String code, String message, int line, int column) {
    super(message);
    this.code = code;
    this.line = line;
    this.column = column;
  }

  /** Why the text was refused: one of the constants of this class, a stable code. */
  public String code() {
    return code;
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
