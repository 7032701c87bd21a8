package org.createyourresume.render.view;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.createyourresume.model.DateFormat;
import org.createyourresume.model.PartialDate;
import org.createyourresume.render.words.Wording;

/**
 * Prints dates and date ranges in one consistent, ATS-readable form: "Jan 2021 – Present" in
 * English, "2021年1月 – 至今" in Chinese; month names and the word for "Present" follow the resume's
 * language ({@link Wording}). A date that is not in JSON Resume form is printed as the user wrote
 * it.
 */
final class DateRanges {

  private final DateFormat format;
  private final Locale locale;
  private final Wording words;
  private final String present;

  DateRanges(DateFormat format, Locale locale) {
    this.format = format;
    this.locale = locale;
    this.words = Wording.of(locale);
    this.present = words.present();
  }

  /**
   * A range: "Jan 2021 – Present" when there is no end date ({@code end} absent, JSON Resume's
   * convention), the start date alone when the end date is present but blank (the entry has
   * ended and its end date is not given yet), the single date when both are the same or only the
   * end is known, {@code null} when neither is.
   */
  String range(String start, String end) {
    String from = date(start);
    String to = date(end);
    if (from == null) {
      return to;
    }
    if (to == null) {
      return end == null ? from + " – " + present : from;
    }
    return from.equals(to) ? from : from + " – " + to;
  }

  /** One date, or {@code null} when blank. */
  String date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return PartialDate.parse(text).map(this::print).orElse(text.strip());
  }

  private String print(PartialDate d) {
    String year = String.valueOf(d.year());
    if (!d.hasMonth() || format == DateFormat.YEAR) {
      return year;
    }
    Month month = Month.of(d.month());
    return switch (format) {
      case SHORT_MONTH -> words.monthYear(shortMonth(month), d.month(), year);
      case LONG_MONTH ->
          words.monthYear(monthName(month, TextStyle.FULL_STANDALONE, TextStyle.FULL), d.month(), year);
      case NUMERIC -> String.format(Locale.ROOT, "%02d/%s", d.month(), year);
      case ISO -> String.format(Locale.ROOT, "%s-%02d", year, d.month());
      case YEAR -> year;
    };
  }

  /** "Jan", "Sep": English abbreviations without a full stop; other languages' own forms. */
  private String shortMonth(Month month) {
    String name = monthName(month, TextStyle.SHORT_STANDALONE, TextStyle.SHORT);
    if (locale.getLanguage().equals("en")) {
      name = name.replace(".", "");
      return name.length() > 3 ? name.substring(0, 3) : name;
    }
    return name;
  }

  /**
   * The stand-alone month name (nominative, as before a year), or the format form where the
   * locale data has no stand-alone one and the JDK would answer with a number.
   */
  private String monthName(Month month, TextStyle standalone, TextStyle fallback) {
    String name = month.getDisplayName(standalone, locale);
    return name.chars().allMatch(Character::isDigit) ? month.getDisplayName(fallback, locale) : name;
  }
}
