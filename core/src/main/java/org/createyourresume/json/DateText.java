package org.createyourresume.json;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date forms other tools write, turned into JSON Resume's {@code YYYY[-MM[-DD]]} when the reading
 * is unambiguous. Anything else is left alone for the validator to report.
 */
final class DateText {
  private DateText() {}

  private static final Pattern SHORT_MONTH = Pattern.compile("(\\d{4})-(\\d)(?:-(\\d{1,2}))?");
  private static final Pattern SLASH_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
  private static final Pattern NAMED_MONTH = Pattern.compile("([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
  private static final Pattern ONGOING =
      Pattern.compile("(?i)present|current|currently|now|ongoing|today|to date");

  /** Whether the text is a word that means "still going on". */
  static boolean meansOngoing(String text) {
    return ONGOING.matcher(text.strip()).matches();
  }

  /** The JSON Resume form of a date written another way, or {@code null} when there is none. */
  static String normalise(String text) {
    String t = text.strip();
    Matcher m = SHORT_MONTH.matcher(t);
    if (m.matches()) {
      String day = m.group(3) == null ? "" : "-" + pad(m.group(3));
      return m.group(1) + "-0" + m.group(2) + day;
    }
    m = SLASH_MONTH.matcher(t);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(1));
      return month >= 1 && month <= 12 ? m.group(2) + "-" + pad(m.group(1)) : null;
    }
    m = NAMED_MONTH.matcher(t);
    if (m.matches()) {
      Month month = monthNamed(m.group(1));
      return month == null ? null : m.group(2) + "-" + pad(String.valueOf(month.getValue()));
    }
    return null;
  }

  private static Month monthNamed(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.equals(w) || (w.length() >= 3 && full.startsWith(w) && w.length() <= 4)) {
        return month;
      }
    }
    return null;
  }

  private static String pad(String digits) {
    return digits.length() == 1 ? "0" + digits : digits;
  }
}
