package org.createyourresume.ats.extract;

import org.createyourresume.ats.parse.DateSpan;
import org.createyourresume.ats.parse.Dates;

/**
 * Dates that a page floated to the right of a title and a converter then glued to it: LibreOffice
 * saves a web page's "Staff Nurse at Avon Vale Hospital" with "September 2018 – April 2021" floated
 * beside it as one piece of text, "…Avon Vale HospitalSeptember 2018 – April 2021", with no space
 * where the float was. Where a word ends in a letter or a bracket and, with no space, a date
 * or a range of dates begins that runs to the end of the text, the dates are a piece of their own,
 * as a PDF of the page gives them.
 */
final class FloatedDates {

  private FloatedDates() {}

  /** Where the glued dates start in {@code text}, or -1 when it holds none. */
  static int start(String text) {
    for (int i = 1; i < text.length(); i++) {
      char before = text.charAt(i - 1);
      char at = text.charAt(i);
      boolean joint = (Character.isLetter(before) || before == ')')
          && (Character.isUpperCase(at) || (Character.isDigit(at) && Character.isLetter(before)));
      if (joint && datesToTheEnd(text.substring(i), Character.isDigit(at))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code rest} is nothing but a date or range; a year alone is not enough after letters
   * ("Windows2019" is a name), a range of years is.
   */
  private static boolean datesToTheEnd(String rest, boolean startsWithDigit) {
    DateSpan dates = Dates.get().find(rest).orElse(null);
    if (dates == null || !dates.parsed() || !dates.text().equals(rest.strip()) || !rest.startsWith(dates.text())) {
      return false;
    }
    return !startsWithDigit || dates.end() != null || dates.current();
  }
}
