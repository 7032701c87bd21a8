package org.createyourresume.importer;

/**
 * A file the importer refuses: too large, of an unknown type, damaged, encrypted, hostile, an
 * image-only PDF without a text layer, or too slow to read. The message says why and what to do,
 * in plain words, fit to show a user as it is.
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  public ImportException(String code, String message) {
    super(message);
    this.code = code;
  }

  public ImportException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /**
   * Stable identifier: {@code file.too-large}, {@code file.too-long}, {@code file.too-many-pages},
   * {@code file.type}, {@code file.corrupt}, {@code file.encrypted}, {@code file.hostile}, {@code
   * file.timeout}, {@code file.too-many-rows}, {@code file.empty}, {@code file.no-text}, or {@code
   * request.cancelled} (the thread was interrupted: whoever asked has given up).
   */
  public String code() {
    return code;
  }
}
