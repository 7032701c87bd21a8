package org.createyourresume.ats.parse;

/**
 * What every stage of the parser asks of a text's dates: whether a block carries an entry's date,
 * whether a piece of text is mostly a date.
 */
final class DatedText {

  private static final Dates DATES = Dates.get();

  private DatedText() {}

  /** Whether the block holds a date that parses (a year in a web address does not count). */
  static boolean hasDate(Block b) {
    String text = ContactFinder.URL.matcher(b.text).replaceAll(" ");
    return b.text.length() <= 160 && DATES.find(text).filter(DateSpan::parsed).isPresent();
  }

  /** Whether a piece of text is a date or range with little else ("Mar 2021 – Present"). */
  static boolean mostlyDate(String text) {
    return DATES.find(text).filter(DateSpan::parsed)
        .filter(d -> d.text().length() * 10 >= text.strip().length() * 6).isPresent();
  }
}
