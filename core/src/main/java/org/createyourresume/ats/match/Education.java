package org.createyourresume.ats.match;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.ParsedEntry;

/** Education levels named in postings and degrees named in resumes. */
final class Education {
  private Education() {}

  /** Levels, lowest first. */
  enum Level {
    HIGH_SCHOOL("High school diploma", "(?i)\\b(high school|secondary school|ged|a-levels?)\\b"),
    ASSOCIATE("Associate degree", "(?i)\\b(associate'?s? degree|associate of|a\\.a\\.s?|hnd|foundation degree)\\b"),
    BACHELOR("Bachelor's degree", "(?i)\\b(bachelor'?s?|b\\.?sc?\\.?|b\\.?a\\.?|b\\.?eng\\.?|b\\.?e\\.|beng|btech|b\\.tech|undergraduate degree|licenciatura|laurea)\\b|\\b(BS|BA|BE)\\b|(?i)degree in"),
    MASTER("Master's degree", "(?i)\\b(master'?s?|m\\.?sc?\\.?|mba|m\\.?eng|meng|m\\.a\\.|magister|graduate degree)\\b|\\b(MS|MA)\\b"),
    DOCTORATE("PhD or doctorate", "(?i)\\b(ph\\.?d\\.?|doctorate|doctoral|doctor of|dphil|ed\\.d)\\b");

    private final String label;
    private final Pattern pattern;

    Level(String label, String regex) {
      this.label = label;
      this.pattern = Pattern.compile(regex);
    }

    String label() {
      return label;
    }

    boolean in(String text) {
      return pattern.matcher(text).find();
    }
  }

  /** The lowest level the posting asks for outside "preferred" sentences, or null. */
  static Level required(String posting) {
    Level lowest = null;
    for (String sentence : posting.split("[.!?\\n;]")) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      if (lower.matches(".*(preferred|nice to have|bonus|a plus|desirable).*")) {
        continue;
      }
      boolean degreeContext = lower.matches(".*(degree|diploma|bachelor|master|phd|doctorate|graduate|bsc|msc|\\bbs\\b|\\bms\\b|\\bba\\b|education).*");
      if (!degreeContext) {
        continue;
      }
      for (Level level : Level.values()) {
        if (level.in(sentence) && (lowest == null || level.ordinal() < lowest.ordinal())) {
          lowest = level;
        }
      }
    }
    return lowest;
  }

  /** The highest level among the resume's schools, or null. */
  static Level highest(List<ParsedEntry> schools) {
    Level best = null;
    for (ParsedEntry school : schools) {
      String text = (school.degree() == null ? "" : school.degree()) + " " + (school.institution() == null ? "" : school.institution());
      for (Level level : Level.values()) {
        if (level.in(text) && (best == null || level.ordinal() > best.ordinal())) {
          best = level;
        }
      }
    }
    return best;
  }
}
