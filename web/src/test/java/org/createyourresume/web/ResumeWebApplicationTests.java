package org.createyourresume.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ResumeWebApplicationTests {

  @Test
  void portOptionsBecomeServerPort() {
    assertThat(ResumeWebApplication.serverArguments(new String[] {"--port", "9001", "--x=y"}))
        .containsExactly("--server.port=9001", "--x=y");
    assertThat(ResumeWebApplication.serverArguments(new String[] {"--port=9002"}))
        .containsExactly("--server.port=9002");
    assertThat(ResumeWebApplication.serverArguments(new String[] {"-p", "9003"}))
        .containsExactly("--server.port=9003");
  }

  @Test
  void thePortComesFromArgumentsThenEnvironmentThen8080() {
    assertThat(ResumeWebApplication.requestedPort(new String[] {"--server.port=9100"}, "9200"))
        .isEqualTo(9100);
    assertThat(ResumeWebApplication.requestedPort(new String[0], "9200")).isEqualTo(9200);
    assertThat(ResumeWebApplication.requestedPort(new String[0], null)).isEqualTo(8080);
    assertThat(ResumeWebApplication.requestedPort(new String[0], "abc")).isNull();
  }

  @Test
  void aTakenPortStopsTheAppWithOneLineNamingIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process =
          new ProcessBuilder(
                  java.toString(), "-cp", System.getProperty("java.class.path"),
                  ResumeWebApplication.class.getName(), "--port", String.valueOf(port))
              .redirectOutput(ProcessBuilder.Redirect.to(new File(
                  System.getProperty("java.io.tmpdir"), "cyr-port-test.out")))
              .start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).isEqualTo(1);
      List<String> lines = err.lines().toList();
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0)).contains("port " + port + " is already in use");
    }
  }
}
