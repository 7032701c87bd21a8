package org.createyourresume.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as text left to fill in, and what does not. */
class PlaceholdersTests {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "I admire [Company] greatly.|[Company]",
      "Dear [Hiring Manager's name],|[Hiring Manager's name]",
      "Join {{company}} now.|{{company}}",
      "Dear <Hiring Manager>,|<Hiring Manager>",
      "Call me on XXX.|XXX",
      "Lorem ipsum dolor sit amet.|Lorem ipsum",
      "Signed: ______|______",
  })
  void aPlaceholderIsFoundAsWritten(String text, String placeholder) {
    assertThat(Placeholders.in(text)).containsExactly(placeholder);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Dear Ms Whitfield,",
      "Write to me at <jane@example.com>.",
      "As shown in [1], latency fell by 40%.",
      "I used C++ and C# for 5 years.",
      "Xerox and Exxon were clients.",
  })
  void ordinaryTextHasNone(String text) {
    assertThat(Placeholders.in(text)).isEmpty();
  }
}
