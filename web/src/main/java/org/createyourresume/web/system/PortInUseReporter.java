package org.createyourresume.web.system;

import java.io.PrintStream;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a port that is already taken as one line on standard error, instead of Spring's
 * multi-line failure analysis and stack trace. Registered in {@code META-INF/spring.factories}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class PortInUseReporter implements SpringBootExceptionReporter {

  private final PrintStream err;

  public PortInUseReporter() {
    this(System.err);
  }

  PortInUseReporter(PrintStream err) {
    this.err = err;
  }

  @Override
  public boolean reportException(Throwable failure) {
    PortInUseException conflict = portInUse(failure);
    if (conflict == null) {
      return false;
    }
    err.println(message(conflict.getPort()));
    err.flush();
    return true;
  }

  /** The one line that reports {@code port} taken. */
  public static String message(int port) {
    return "error: port " + port + " is already in use; choose another with --port N"
        + " (or PORT=N, or --server.port=N)";
  }

  /** The port conflict among the causes of {@code failure}, or {@code null}. */
  public static PortInUseException portInUse(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PortInUseException e) {
        return e;
      }
    }
    return null;
  }
}
