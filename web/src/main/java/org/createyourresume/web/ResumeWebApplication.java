package org.createyourresume.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.createyourresume.web.system.PortInUseReporter;

/**
 * The web app: HTTP API and editor over the core. Started directly, or by {@code cyr serve}.
 *
 * <p>The port comes from {@code --port N}, {@code --server.port=N}, the {@code PORT} environment
 * variable or {@code server.port}, in that order; 8080 by default.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ResumeWebApplication {

  public static void main(String[] args) {
    try {
      SpringApplication.run(ResumeWebApplication.class, serverArguments(args));
    } catch (RuntimeException e) {
      if (PortInUseReporter.portInUse(e) != null) {
        // already reported in one line by PortInUseReporter
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
}
