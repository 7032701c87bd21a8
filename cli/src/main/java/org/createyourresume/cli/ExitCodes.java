package org.createyourresume.cli;

/** The exit codes every command uses, listed in {@code --help}. */
final class ExitCodes {
  private ExitCodes() {}

  /** Done. */
  static final int OK = 0;
  /** The resume is invalid (validate), or the output could not be produced or written. */
  static final int FAILED = 1;
  /** Bad usage or unusable input: unknown option, unreadable file, not JSON, unknown template. */
  static final int INVALID_INPUT = 2;
  /** An ATS check scored below the threshold asked for. */
  static final int BELOW_THRESHOLD = 3;
  /** A bug: please report it. */
  static final int INTERNAL_ERROR = 4;
}
