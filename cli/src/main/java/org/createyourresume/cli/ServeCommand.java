package org.createyourresume.cli;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cyr serve}: starts the web app. The CLI does not depend on the web module; it hands over
 * to it by name when the runnable jar carries it.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the web app (default port 8080; the PORT environment variable is honoured too).",
      "Any further --name=value arguments are passed to the server as settings."
    })
final class ServeCommand implements Callable<Integer> {

  static final String WEB_APPLICATION = "org.createyourresume.web.ResumeWebApplication";

  @Option(names = {"-p", "--port"}, paramLabel = "N", description = "Port to listen on.")
  private Integer port;

  @picocli.CommandLine.Unmatched private List<String> serverArguments = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    int chosen = port != null ? port : portFromEnvironment();
    if (chosen < 0 || chosen > 65535) {
      throw CliException.invalidInput("port " + chosen + " is not a port number (0 to 65535)");
    }
    if (chosen != 0 && !free(chosen)) {
      throw CliException.failed(
          "port " + chosen + " is already in use; choose another with --port N (or PORT=N)");
    }
    Class<?> web;
    try {
      web = Class.forName(WEB_APPLICATION);
    } catch (ClassNotFoundException e) {
      throw CliException.failed("this build has no web app; build the full jar with ./mvnw package");
    }
    ResumeCli.restoreLibraryLogging();
    List<String> args = new ArrayList<>(serverArguments);
    args.add("--server.port=" + chosen);
    Method main = web.getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) args.toArray(String[]::new));
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
    // the server runs on its own threads until the process is stopped (Ctrl+C, SIGTERM)
    new java.util.concurrent.CountDownLatch(1).await();
    return ExitCodes.OK;
  }

  private static int portFromEnvironment() {
    String value = System.getenv("PORT");
    if (value == null || value.isBlank()) {
      return 8080;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw CliException.invalidInput("PORT=" + value + " is not a port number");
    }
  }

  /** Whether nothing listens on {@code port} yet (any address, as the server will bind). */
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
