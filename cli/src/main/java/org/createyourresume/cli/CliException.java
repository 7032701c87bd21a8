package org.createyourresume.cli;

/** A failure the user can act on: printed as one line, ending the command with an exit code. */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  static CliException invalidInput(String message) {
    return new CliException(ExitCodes.INVALID_INPUT, message);
  }

  static CliException failed(String message) {
    return new CliException(ExitCodes.FAILED, message);
  }

  int exitCode() {
    return exitCode;
  }
}
