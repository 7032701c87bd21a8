package org.createyourresume.importer.linkedin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.createyourresume.ats.parse.DateSpan;
import org.createyourresume.ats.parse.Dates;
import org.createyourresume.model.PartialDate;

/**
 * Dates as the export writes them: "Jan 2020" in most files, "2020" for schools, "01/2020" or a
 * full day ("Mar 5, 2019") in some, read into JSON Resume's {@code YYYY[-MM[-DD]]}. A cell is a
 * date only when the whole of it is one; "Summer 2019" is not read as 2019.
 */
final class DateCells {
  private DateCells() {}

  private static final List<DateTimeFormatter> DAYS =
      List.of(
          day("MMM d, uuuu"), day("MMMM d, uuuu"), day("d MMM uuuu"), day("d MMMM uuuu"),
          day("M/d/uuuu"), day("uuuu-MM-dd"));

  private static DateTimeFormatter day(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }

  /** The date in {@code cell}; empty when the cell is not one date. */
  static Optional<PartialDate> parse(String cell) {
    String text = cell.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (DateTimeFormatter format : DAYS) {
      try {
        LocalDate date = LocalDate.parse(text, format);
        return Optional.of(new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
      } catch (DateTimeParseException e) {
        // not this form; try the next
      }
    }
    Optional<DateSpan> span = Dates.get().find(text);
    if (span.isEmpty()
        || span.get().start() == null
        || span.get().end() != null
        || span.get().current()
        || span.get().twoDigitYear()
        || !span.get().text().equals(text.replaceAll("[.,;]+$", ""))) {
      return Optional.empty();
    }
    return Optional.of(span.get().start());
  }

  /** JSON Resume's form of a date: {@code 2020}, {@code 2020-01} or {@code 2020-01-31}. */
  static String iso(PartialDate date) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%04d", date.year()));
    if (date.month() > 0) {
      text.append(String.format(Locale.ROOT, "-%02d", date.month()));
      if (date.day() > 0) {
        text.append(String.format(Locale.ROOT, "-%02d", date.day()));
      }
    }
    return text.toString();
  }
}
