package org.createyourresume.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ResumeCliTests {

  @Test
  void templatesAreListedOnePerLine() {
    CliRun run = CliRun.of("templates");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).containsExactly("classic", "modern", "compact", "technical", "harbor", "atlas",
        "summit", "timeline", "minimal", "executive", "starter", "academic", "portrait");
  }

  @Test
  void templatesCanBeDescribed() {
    CliRun run = CliRun.of("templates", "--long");
    assertThat(run.out().lines()).hasSize(13).allMatch(l -> l.contains(": "));
  }

  @Test
  void helpShowsEveryCommandAndTheExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("templates", "render", "validate", "check", "import", "serve", "Exit codes:", "4   Internal error");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"templates", "render", "validate", "check", "import", "serve"}) {
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).startsWith("Usage: cyr " + command);
    }
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).first().asString().startsWith("error: choose a command");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun run = CliRun.of("templates", "--colour");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).first().asString().isEqualTo("error: Unknown option: '--colour'");
  }

  @Test
  void servingOnABusyPortIsOneLineNamingThePort() throws Exception {
    try (ServerSocket busy = new ServerSocket(0)) {
      CliRun run = CliRun.of("serve", "--port", String.valueOf(busy.getLocalPort()));
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.errLines())
          .containsExactly(
              "error: port " + busy.getLocalPort()
                  + " is already in use; choose another with --port N (or PORT=N)");
    }
  }

  @Test
  void servingWithoutTheWebModuleSaysSo() throws Exception {
    int free;
    try (ServerSocket socket = new ServerSocket(0)) {
      free = socket.getLocalPort();
    }
    CliRun run = CliRun.of("serve", "--port", String.valueOf(free));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly("error: this build has no web app; build the full jar with ./mvnw package");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    CliRun run = CliRun.of("serve", "--port", "70000");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("error: port 70000 is not a port number (0 to 65535)");
  }
}
