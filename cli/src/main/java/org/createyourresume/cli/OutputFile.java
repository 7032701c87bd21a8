package org.createyourresume.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output all at once: into a temporary file beside the target, then moved over it, so a
 * failure never leaves a half-written file behind.
 */
final class OutputFile {
  private OutputFile() {}

  static void write(Path target, byte[] content) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw CliException.failed("cannot write " + target + ": folder " + folder + " does not exist");
    }
    if (Files.isDirectory(absolute)) {
      throw CliException.failed("cannot write " + target + ": it is a folder");
    }
    Path temporary = null;
    try {
      temporary = Files.createTempFile(folder, ".cyr-", ".part");
      Files.write(temporary, content);
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw CliException.failed("cannot write " + target + ": " + reason(e));
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the move succeeded or the folder is gone; nothing useful to report
        }
      }
    }
  }

  static void write(PrintStream out, byte[] content) {
    out.write(content, 0, content.length);
    out.flush();
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    return e instanceof java.nio.file.AccessDeniedException
        ? "permission denied"
        : message == null ? e.getClass().getSimpleName() : message;
  }
}
