package org.createyourresume.ats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The fixture files under {@code src/test/resources/ats}, and a checker with a fixed today. */
final class AtsFixtures {
  private AtsFixtures() {}

  /** 1 November 2026, so that "Present" and years of experience do not drift. */
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);

  private static AtsChecker checker;

  static synchronized AtsChecker checker() {
    if (checker == null) {
      checker = AtsChecker.create().withClock(TODAY);
    }
    return checker;
  }

  static byte[] bytes(String name) {
    try (InputStream in = AtsFixtures.class.getResourceAsStream("/ats/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
  }
}
