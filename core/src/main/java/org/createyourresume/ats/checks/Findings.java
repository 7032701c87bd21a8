package org.createyourresume.ats.checks;

import java.util.List;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;

/** Shorthands for building findings. */
final class Findings {
  private Findings() {}

  /**
   * A finding with examples, worded in English from {@code arguments} (the values an interface
   * needs to word it again in another language; see {@link Finding#arguments()}).
   */
  static Finding of(String id, Category category, Severity severity, int points, String title,
      String explanation, String fix, List<String> examples, Object... arguments) {
    return new Finding(id, category, severity, title, explanation, fix, examples, points,
        List.of(arguments));
  }

  static Finding of(String id, Category category, Severity severity, int points, String title,
      String explanation, String fix) {
    return of(id, category, severity, points, title, explanation, fix, List.<String>of());
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** A shortened piece of text for an example. */
  static String clip(String text) {
    String t = text.strip();
    return t.length() <= 90 ? t : t.substring(0, 87) + "…";
  }
}
