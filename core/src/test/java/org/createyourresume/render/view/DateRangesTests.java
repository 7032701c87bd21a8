package org.createyourresume.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.createyourresume.model.DateFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date ranges as every format prints them. An absent end date is "Present" (JSON Resume's
 * convention); an end date that is present but empty means the entry ended and its end date is
 * not given yet, so the start date prints alone.
 */
class DateRangesTests {

  private static final String ABSENT = "<absent>";

  @ParameterizedTest(name = "{0} to {1}: {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "<none>",
      value = {
        "2021-03    | <absent>   | Mar 2021 – Present",
        "2021-03    | ''         | Mar 2021",
        "2021-03    | '   '      | Mar 2021",
        "2021-03    | 2023-01    | Mar 2021 – Jan 2023",
        "2021-03    | 2021-03    | Mar 2021",
        "<absent>   | ''         | <none>",
        "<absent>   | <absent>   | <none>",
        "<absent>   | 2020       | 2020",
        "''         | ''         | <none>",
      })
  void printsARangeOrTheStartAlone(String start, String end, String printed) {
    DateRanges dates = new DateRanges(DateFormat.SHORT_MONTH, Locale.ENGLISH);
    assertThat(dates.range(value(start), value(end))).isEqualTo(printed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"de | heute", "fr | aujourd’hui", "el | σήμερα", "en | Present"})
  void anEmptyEndDateNeverPrintsTheWordForPresentInAnyLanguage(String language, String present) {
    DateRanges dates = new DateRanges(DateFormat.SHORT_MONTH, Locale.forLanguageTag(language));
    String ended = dates.range("2021-03", "");
    assertThat(ended).contains("2021").doesNotContain("–").doesNotContain(present);
    assertThat(dates.range("2021-03", null)).isEqualTo(ended + " – " + present);
  }

  private static String value(String text) {
    return ABSENT.equals(text) ? null : text;
  }
}
