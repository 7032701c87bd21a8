package org.createyourresume.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How dates are printed. Every choice keeps a four-digit year, which ATS date parsers need.
 */
public enum DateFormat {
  /** "Jan 2021", the default. */
  SHORT_MONTH("MMM YYYY"),
  /** "January 2021". */
  LONG_MONTH("MMMM YYYY"),
  /** "01/2021". */
  NUMERIC("MM/YYYY"),
  /** "2021-01". */
  ISO("YYYY-MM"),
  /** "2021". */
  YEAR("YYYY");

  private final String pattern;

  DateFormat(String pattern) {
    this.pattern = pattern;
  }

  /** The value used in {@link Design#dateFormat()}. */
  public String pattern() {
    return pattern;
  }

  /** The format with this pattern, if any. */
  public static Optional<DateFormat> ofPattern(String pattern) {
    return Arrays.stream(values()).filter(f -> f.pattern.equals(pattern)).findFirst();
  }
}
