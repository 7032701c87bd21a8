package org.createyourresume.render;

/**
 * A resume could not be rendered. {@link #isUserError()} tells a problem with the input (an
 * unknown template, a document over the size limits), which the user can fix, from a failure of
 * the engine, which is a bug.
 */
public final class RenderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final boolean userError;

  private RenderException(String code, String message, boolean userError, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.userError = userError;
  }

  /** The input cannot be rendered as it is; the message says what to change. */
  public static RenderException invalidInput(String code, String message) {
    return new RenderException(code, message, true, null);
  }

  /** The engine failed on valid input. */
  public static RenderException failed(String message, Throwable cause) {
    return new RenderException("render.failed", message, false, cause);
  }

  /** Stable identifier, e.g. {@code template.unknown} or {@code limit.items}. */
  public String code() {
    return code;
  }

  public boolean isUserError() {
    return userError;
  }
}
