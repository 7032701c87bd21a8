package org.createyourresume.importer.letter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's date line, read into {@code YYYY-MM-DD} so that the letter prints it again in the
 * resume's language. Written forms: "March 3, 2025", "3rd March 2025", "Mon, 3 Mar 2025",
 * "2025-03-03", "03/03/2025", "3.3.2025", "Date: 12-06-2024", "London, 3 March 2025".
 *
 * @param value {@code YYYY-MM-DD}, or the date as written when its order of day and month cannot
 *     be told ("04/05/2025": slashes are written both ways; dots and dashes put the day first)
 * @param sure false when {@code value} is as written, for the user to check
 */
public record LetterDate(String value, boolean sure) {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  /** What may stand before the date itself: a label, a place ("London, "), a weekday. */
  private static final String LEAD = "(?:date\\s*[:\\-]\\s*)?(?:[\\p{L} .'-]{2,40},\\s*)?"
      + "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
  private static final Pattern MONTH_FIRST =
      Pattern.compile("(?i)^" + LEAD + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})\\.?$");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(?i)^" + LEAD + DAY + "(?:\\s+|-)(?:of\\s+)?" + MONTH + ",?(?:\\s+|-)(\\d{4})\\.?$");
  private static final Pattern ISO = Pattern.compile("(?i)^" + LEAD + "(\\d{4})-(\\d{2})-(\\d{2})$");
  private static final Pattern NUMERIC =
      Pattern.compile("(?i)^" + LEAD + "(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})\\.?$");

  /** The date on {@code line}, or null when the line is not a date (and nothing else). */
  public static LetterDate read(String line) {
    String s = line.strip();
    if (s.length() > 60) {
      return null;
    }
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), s);
    }
    m = MONTH_FIRST.matcher(s);
    if (m.matches()) {
      return of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), s);
    }
    m = DAY_FIRST.matcher(s);
    if (m.matches()) {
      return of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), s);
    }
    m = NUMERIC.matcher(s);
    if (m.matches()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(3));
      int year = Integer.parseInt(m.group(4));
      if (first > 12 && second <= 12) {
        return of(year, second, first, s);
      }
      if (second > 12 && first <= 12) {
        return of(year, first, second, s);
      }
      if (first == second || !m.group(2).equals("/")) {
        // only the US writes the month first, and with slashes: "12-06-2024" and "12.06.2024" are June
        return of(year, second, first, s);
      }
      // 04/05/2025 is April in New York and May in London: keep it as written, for the user
      String written = s.substring(m.start(1));
      return first <= 12 && second <= 12 ? new LetterDate(written, false) : null;
    }
    return null;
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static LetterDate of(int year, int month, int day, String written) {
    try {
      return new LetterDate(LocalDate.of(year, month, day).toString(), true);
    } catch (DateTimeException e) {
      // "February 30": a date line all the same, printed as the writer wrote it
      return new LetterDate(written, false);
    }
  }
}
