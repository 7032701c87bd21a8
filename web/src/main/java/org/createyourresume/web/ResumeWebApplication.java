package org.createyourresume.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.createyourresume.web.system.PortInUseReporter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The web app: HTTP API and editor over the core. Started directly, or by {@code cyr serve}.
 *
 * <p>The port comes from {@code --port N}, {@code --server.port=N}, the {@code PORT} environment
 * variable or {@code server.port}, in that order; 8080 by default. A port that is taken is
 * reported in one line before Spring starts (and, should it be taken in between, by {@link
 * PortInUseReporter}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ResumeWebApplication {

  public static void main(String[] args) {
    String[] arguments = serverArguments(args);
    Integer port =
        requestedPort(
            arguments,
            firstSet(System.getProperty("server.port"), System.getenv("SERVER_PORT"),
                System.getenv("PORT")));
    if (port != null && port > 0 && !free(port)) {
      System.err.println(PortInUseReporter.message(port));
      System.exit(1);
    }
    try {
      SpringApplication.run(ResumeWebApplication.class, arguments);
    } catch (RuntimeException e) {
      if (PortInUseReporter.portInUse(e) != null) {
        System.exit(1);
      }
      throw e;
    }
  }

  /** Rewrites {@code --port N} and {@code --port=N} into Spring's {@code --server.port=N}. */
  static String[] serverArguments(String[] args) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if ((arg.equals("--port") || arg.equals("-p")) && i + 1 < args.length) {
        out.add("--server.port=" + args[++i]);
      } else if (arg.startsWith("--port=")) {
        out.add("--server.port=" + arg.substring("--port=".length()));
      } else {
        out.add(arg);
      }
    }
    return out.toArray(String[]::new);
  }

  /**
   * The port the arguments ask for, else {@code fromEnvironment}, else 8080; {@code null} when the
   * value is not a number (Spring then reports it).
   */
  static Integer requestedPort(String[] arguments, String fromEnvironment) {
    String chosen = null;
    for (String arg : arguments) {
      if (arg.startsWith("--server.port=")) {
        chosen = arg.substring("--server.port=".length());
      }
    }
    if (chosen == null) {
      chosen = fromEnvironment == null ? "8080" : fromEnvironment;
    }
    try {
      return Integer.valueOf(chosen.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String firstSet(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
