package org.createyourresume.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON Resume date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. Month and day are 0
 * when the text leaves them out.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** Parses one of the three forms, checking that the calendar date exists. */
  public static Optional<PartialDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (m.group(2) != null && (month < 1 || month > 12)) {
      return Optional.empty();
    }
    if (m.group(3) != null) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.of(new PartialDate(year, month, day));
  }

  public boolean hasMonth() {
    return month > 0;
  }

  @Override
  public int compareTo(PartialDate other) {
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(month, other.month);
    }
    return c == 0 ? Integer.compare(day, other.day) : c;
  }

  /**
   * Whether this date lies after {@code other} at the precision both share, so that
   * "2020" is not after "2020-05".
   */
  public boolean isAfter(PartialDate other) {
    if (year != other.year) {
      return year > other.year;
    }
    if (month == 0 || other.month == 0 || month != other.month) {
      return month != 0 && other.month != 0 && month > other.month;
    }
    return day != 0 && other.day != 0 && day > other.day;
  }
}
