package org.createyourresume.render.view;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How full a decorative level bar is drawn for a skill level the user wrote. The bar only
 * decorates: the level is printed as text beside it, so a level we cannot read draws no bar and
 * loses nothing.
 */
final class SkillLevels {

  private static final Map<String, Double> WORDS = Map.ofEntries(
      Map.entry("beginner", 0.2), Map.entry("novice", 0.2), Map.entry("basic", 0.25),
      Map.entry("elementary", 0.3), Map.entry("familiar", 0.35), Map.entry("working", 0.5),
      Map.entry("intermediate", 0.5), Map.entry("competent", 0.55), Map.entry("good", 0.6),
      Map.entry("proficient", 0.75), Map.entry("advanced", 0.8), Map.entry("strong", 0.8),
      Map.entry("fluent", 0.9), Map.entry("expert", 1.0), Map.entry("master", 1.0),
      Map.entry("native", 1.0), Map.entry("a1", 0.17), Map.entry("a2", 0.33),
      Map.entry("b1", 0.5), Map.entry("b2", 0.67), Map.entry("c1", 0.83), Map.entry("c2", 1.0));

  /** "4/5", "8 / 10", "80%". */
  private static final Pattern SCORE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:/\\s*(\\d+(?:\\.\\d+)?)|(%))");

  private SkillLevels() {}

  /** The bar's fill, 0–1, or -1 when {@code level} is absent or not a level we know. */
  static double meter(String level) {
    if (level == null) {
      return -1;
    }
    String l = level.toLowerCase(Locale.ROOT);
    Matcher score = SCORE.matcher(l);
    if (score.find()) {
      double value = Double.parseDouble(score.group(1));
      double of = score.group(3) != null ? 100 : Double.parseDouble(score.group(2));
      return of > 0 && value <= of ? value / of : -1;
    }
    for (String word : l.split("[^a-z0-9]+")) {
      Double fill = WORDS.get(word);
      if (fill != null) {
        return fill;
      }
    }
    return -1;
  }
}
