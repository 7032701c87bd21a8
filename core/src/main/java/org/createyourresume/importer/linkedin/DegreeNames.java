package org.createyourresume.importer.linkedin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LinkedIn's "Degree Name" as JSON Resume's degree ({@code studyType}) and subject ({@code
 * area}). Some exports carry the field of study in its own column; others write both in one, as
 * "Bachelor of Science - BS, Computer Science" or "MSc in Data Science". The two are split only
 * when the part before the comma or "in" is wholly a degree name; anything else stays the degree,
 * and the caller says so.
 */
final class DegreeNames {
  private DegreeNames() {}

  /** A degree name, with an optional abbreviation after a dash or in brackets. */
  private static final String DEGREE =
      "(?:(?:bachelor|master|doctor|associate)(?:'s|’s|s)?(?:\\s+degree)?"
          + "(?:\\s+of(?:\\s+(?!in\\b)[\\p{L}]+){1,4})?"
          + "|b\\.?\\s?(?:a|s|sc|eng|ed|fa|tech|com|arch|des|ba)\\.?"
          + "|m\\.?\\s?(?:a|s|sc|eng|ed|fa|tech|com|arch|des|ba|phil|res)\\.?"
          + "|ph\\.?\\s?d\\.?|d\\.?\\s?phil\\.?|ll\\.?\\s?[bm]\\.?|j\\.?d\\.?|m\\.?d\\.?"
          + "|high school diploma|diploma|certificate|abitur|baccalaur[eé]at|licen[cs]e|licenciatura)"
          + "(?:\\s*(?:[-–(]\\s*)[\\p{L}.]{2,10}\\)?)?";

  private static final Pattern WHOLE = Pattern.compile("(?iu)" + DEGREE);
  private static final Pattern WITH_COMMA = Pattern.compile("(?iu)(" + DEGREE + ")\\s*,\\s*([^,]+)");
  private static final Pattern WITH_IN = Pattern.compile("(?iu)(" + DEGREE + ")\\s+in\\s+(.+)");

  /**
   * A degree read from the export.
   *
   * @param studyType the degree, or {@code null}
   * @param area the subject, or {@code null}
   * @param certain false when the text was kept as the degree without being recognised as one
   */
  record Degree(String studyType, String area, boolean certain) {}

  /**
   * @param degreeName the "Degree Name" value, or {@code null}
   * @param fieldOfStudy a "Field Of Study" value, when the export has that column, or {@code null}
   */
  static Degree read(String degreeName, String fieldOfStudy) {
    if (degreeName == null) {
      return new Degree(null, fieldOfStudy, true);
    }
    if (fieldOfStudy != null) {
      return new Degree(degreeName, fieldOfStudy, true);
    }
    if (WHOLE.matcher(degreeName).matches()) {
      return new Degree(degreeName, null, true);
    }
    for (Pattern pattern : new Pattern[] {WITH_COMMA, WITH_IN}) {
      Matcher m = pattern.matcher(degreeName);
      if (m.matches()) {
        return new Degree(m.group(1).strip(), m.group(2).strip(), true);
      }
    }
    return new Degree(degreeName, null, false);
  }
}
