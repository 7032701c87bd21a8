package org.createyourresume.web.resume;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.createyourresume.web.ResumeWebApplication;

/**
 * The web app in a process of its own (the test's class path without the test classes), as a
 * real deployment runs it: for two servers sharing one database, and for killing a server with
 * SIGKILL in the middle of its work.
 */
final class AppProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the app on a free port with {@code datasourceUrl} and waits until it is healthy. */
  static AppProcess start(String name, String datasourceUrl, String... extraArguments) {
    int port = freePort();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(
        java.toString(), "-Xmx384m", "-XX:+UseSerialGC", "-cp", classPath,
        ResumeWebApplication.class.getName(),
        "--server.port=" + port,
        "--spring.datasource.url=" + datasourceUrl,
        "--cyr.rate-limit.enabled=false",
        "--cyr.render.threads=1",
        "--spring.main.banner-mode=off"));
    command.addAll(List.of(extraArguments));
    try {
      Path dir = Path.of("target", "app-processes");
      Files.createDirectories(dir);
      Path log = dir.resolve(name + "-" + port + ".log");
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      AppProcess app = new AppProcess(process, port, log);
      app.awaitHealthy(Duration.ofSeconds(90));
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  /** Kills the process with SIGKILL: no shutdown hook, no flush, no goodbye. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
      }
    }
  }

  private void awaitHealthy(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app stopped during start-up; see " + log);
      }
      try {
        int status = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
            .timeout(Duration.ofSeconds(2)).build(), BodyHandlers.discarding()).statusCode();
        if (status == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    kill();
    throw new IllegalStateException("the app did not become healthy in " + timeout + "; see " + log);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
