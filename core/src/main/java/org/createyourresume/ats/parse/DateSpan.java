package org.createyourresume.ats.parse;

import org.createyourresume.model.PartialDate;

/**
 * A date or date range as printed on a resume, and what a parser makes of it.
 *
 * @param text the text as printed, e.g. "Mar 2021 – Present"
 * @param start the first date, or null when none could be read
 * @param end the last date, or null when the range is open ("Present") or a single date
 * @param current whether the range runs to the present
 * @param twoDigitYear whether a year was written with two digits ("'21"), which ATS misread
 */
public record DateSpan(
    String text, PartialDate start, PartialDate end, boolean current, boolean twoDigitYear) {

  /** Whether at least one date could be read. */
  public boolean parsed() {
    return start != null || end != null;
  }

  /** The later end of the range, the start when it is a single date; null when open or unread. */
  public PartialDate last() {
    return end != null ? end : current ? null : start;
  }
}
