package org.createyourresume.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderResult;

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

  /**
   * Writes a rendered document where {@code -o} says: standard output for "-", else the named
   * file or, without {@code -o}, {@code defaultName}; a file written is reported on {@code out}
   * with its pages, template and format.
   */
  static int writeRendered(PrintStream binaryOut, PrintWriter out, String output, String defaultName,
      RenderResult result, OutputFormat format) {
    if ("-".equals(output)) {
      write(binaryOut, result.content());
      return ExitCodes.OK;
    }
    Path target = Path.of(output != null ? output : defaultName);
    write(target, result.content());
    String pages = result.pages() > 0 ? result.pages() + (result.pages() == 1 ? " page, " : " pages, ") : "";
    out.println("wrote " + target + " (" + pages + result.template() + " template, "
        + format.id().toUpperCase(Locale.ROOT) + ")");
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Writes a JSON document where {@code -o} says: standard output without {@code -o} or for "-",
   * else the named file, reported on {@code out} as "wrote OUT (note)".
   */
  static int writeJson(PrintStream binaryOut, PrintWriter out, String output, byte[] json, String note) {
    if (output == null || "-".equals(output)) {
      write(binaryOut, json);
      return ExitCodes.OK;
    }
    Path target = Path.of(output);
    write(target, json);
    out.println("wrote " + target + " (" + note + ")");
    out.flush();
    return ExitCodes.OK;
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    return e instanceof java.nio.file.AccessDeniedException
        ? "permission denied"
        : message == null ? e.getClass().getSimpleName() : message;
  }
}
