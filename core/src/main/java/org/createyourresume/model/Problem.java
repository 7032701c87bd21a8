package org.createyourresume.model;

import java.util.regex.Pattern;

/**
 * One thing wrong with a resume document, located by a JSON pointer (RFC 6901) and, when the
 * document was read from text, by line and column.
 *
 * @param severity whether the document is invalid or only adjusted
 * @param code our stable identifier, e.g. {@code date.invalid}
 * @param pointer where in the document, e.g. {@code /work/2/startDate}; empty for the whole
 * @param message what is wrong and how to fix it, without the location
 * @param line 1-based line in the source text, or 0 when unknown
 * @param column 1-based column in the source text, or 0 when unknown
 */
public record Problem(
    Severity severity, String code, String pointer, String message, int line, int column) {

  private static final Pattern INDEX = Pattern.compile("\\d+");

  public static Problem error(String code, String pointer, String message) {
    return new Problem(Severity.ERROR, code, pointer, message, 0, 0);
  }

  public static Problem warning(String code, String pointer, String message) {
    return new Problem(Severity.WARNING, code, pointer, message, 0, 0);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same problem at a place in the source text. */
  public Problem at(int line, int column) {
    return new Problem(severity, code, pointer, message, line, column);
  }

  /** The location as people read it: {@code work[2].startDate}, or {@code (document)}. */
  public String path() {
    if (pointer.isEmpty()) {
      return "(document)";
    }
    StringBuilder path = new StringBuilder();
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      if (INDEX.matcher(token).matches() && path.length() > 0) {
        path.append('[').append(token).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(token);
      }
    }
    return path.toString();
  }

  /** {@code work[2].startDate: "2019-13" is not a date (…)}, with the line when known. */
  @Override
  public String toString() {
    String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
    return path() + where + ": " + message;
  }
}
