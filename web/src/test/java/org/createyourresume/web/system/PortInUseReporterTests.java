package org.createyourresume.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.PortInUseException;

class PortInUseReporterTests {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PortInUseReporter reporter =
      new PortInUseReporter(new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void reportsATakenPortInOneLineNamingIt() {
    boolean reported =
        reporter.reportException(
            new IllegalStateException("start failed", new PortInUseException(8093)));
    assertThat(reported).isTrue();
    String text = err.toString(StandardCharsets.UTF_8);
    assertThat(text.lines()).hasSize(1);
    assertThat(text).contains("port 8093 is already in use", "--port");
  }

  @Test
  void leavesOtherFailuresToSpring() {
    assertThat(reporter.reportException(new IllegalStateException("other"))).isFalse();
    assertThat(err.size()).isZero();
  }
}
