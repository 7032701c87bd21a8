package org.createyourresume.importer.mapping;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a grade printed in an education entry, in the forms of the countries whose resumes we
 * meet: a (C)GPA or CPI with its scale, a percentage, an honours class or division ("First Class
 * Honours", "2:1", "First Division"), Latin honours, a German, French or Italian final grade
 * ("Note 1,3", "Mention Bien", "110/110 e lode"), "Distinction" (a BTEC "Distinction*") or "Merit". The grade is kept as
 * printed: JSON Resume's {@code score} is free text, and a scale is meaningless when converted.
 */
final class Grades {
  private Grades() {}

  private static final String NUMBER = "\\d{1,3}(?:[.,]\\d{1,2})?";
  private static final Pattern GRADE = Pattern.compile(
      "(?:\\b(?:c\\.?g\\.?p\\.?a|g\\.?p\\.?a|cpi|sgpa|grade point average|grade|final grade|note|abschlussnote"
          + "|percentage|aggregate|marks|score)\\b\\.?\\s*(?:of\\s+)?[:=–-]?\\s*" + NUMBER
          + "(?:\\s*%)?(?:\\s*(?:/|out of)\\s*" + NUMBER + ")?"
          + "|\\b" + NUMBER + "\\s*(?:/|out of)\\s*(?:4|4\\.0|5|10|10\\.0|20|100|110)\\b(?:\\s+(?:e|cum)\\s+lode)?"
          + "(?:\\s+(?:c\\.?g\\.?p\\.?a|g\\.?p\\.?a|cpi))?"
          + "|\\b" + NUMBER + "\\s*%(?:\\s+(?:aggregate|marks))?"
          + "|\\b(?:first|1st|second|2nd|third|3rd|upper second|lower second)[- ]class(?:\\s+(?:honours|honors|hons\\.?))?"
          + "(?:\\s+(?:with\\s+)?distinction)?(?:\\s*\\(\\s*[12]\\s*:\\s*[12]\\s*\\))?"
          + "|\\b(?:first|second|third)\\s+division(?:\\s+with\\s+distinction)?"
          + "|(?<![\\w:])[12]:[12](?![\\w:])"
          + "|\\b(?:summa|magna)\\s+cum\\s+laude|\\bcum\\s+laude"
          + "|\\bmention\\s+(?:très\\s+bien|tres\\s+bien|bien|assez\\s+bien|passable)"
          + "|\\b(?:pass(?:ed)?\\s+)?with\\s+(?:high\\s+)?(?:distinction|merit|honou?rs)"
          + "|^(?:distinction\\*{0,2}|merit|high distinction)$"
          // the last piece of a degree line, after a dash or a comma: "…, Information Technology — Distinction*"
          + "|(?<=[,–—|]\\s{1,3})(?:distinction\\*{0,2}|merit|high distinction)$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A grade found in a piece of text, and the text around it with its separators trimmed. */
  record Found(String grade, String rest) {}

  /** The first grade in {@code text}, if any. */
  static Optional<Found> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = GRADE.matcher(text.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    String t = text.strip();
    String grade = t.substring(m.start(), m.end()).strip();
    // "(CGPA 8.1)", "– 78%": the brackets and separators go with the grade
    String before = t.substring(0, m.start());
    String after = t.substring(m.end());
    if (before.stripTrailing().endsWith("(") && after.stripLeading().startsWith(")")) {
      before = before.stripTrailing();
      before = before.substring(0, before.length() - 1);
      after = after.stripLeading().substring(1);
    }
    String rest = (trimSeparators(before) + " " + trimSeparators(after)).strip();
    return Optional.of(new Found(grade, rest.isEmpty() ? null : trimSeparators(rest)));
  }

  /** Whether the whole of {@code text} is a grade (with a label at most). */
  static boolean isGrade(String text) {
    return find(text).filter(f -> f.rest() == null).isPresent();
  }

  private static String trimSeparators(String text) {
    return text.replaceAll("^[\\s,;|·•–—:-]+|[\\s,;|·•–—:(-]+$", "").strip();
  }
}
