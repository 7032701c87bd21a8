package org.createyourresume.ats;

/**
 * A file the checker refuses to read: too large, not a resume format, damaged, protected by a
 * password, hostile, or too slow to read. {@link #isUserError()} is true for all of these; it is
 * false only for a failure of the checker itself, which is a bug.
 */
public final class AtsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final boolean userError;

  private AtsException(String code, String message, boolean userError, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.userError = userError;
  }

  /** The file cannot be checked; {@code message} says why and what to do, in plain words. */
  public static AtsException rejected(String code, String message) {
    return new AtsException(code, message, true, null);
  }

  /** The checker failed on a file it should have read. */
  public static AtsException failed(String message, Throwable cause) {
    return new AtsException("ats.failed", message, false, cause);
  }

  /**
   * Stable identifier: {@code file.too-large}, {@code file.too-many-pages}, {@code file.type},
   * {@code file.corrupt}, {@code file.encrypted}, {@code file.hostile}, {@code file.timeout},
   * {@code file.too-many-rows}, {@code file.empty}, {@code request.cancelled} (the thread was
   * interrupted: whoever asked has given up), or {@code ats.failed}.
   */
  public String code() {
    return code;
  }

  public boolean isUserError() {
    return userError;
  }
}
