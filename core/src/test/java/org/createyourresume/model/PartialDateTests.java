package org.createyourresume.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTests {

  @ParameterizedTest
  @CsvSource({"2021, 2021, 0, 0", "2021-03, 2021, 3, 0", "2021-03-15, 2021, 3, 15", "2024-02-29, 2024, 2, 29"})
  void readsTheThreeJsonResumeForms(String text, int year, int month, int day) {
    assertThat(PartialDate.parse(text)).contains(new PartialDate(year, month, day));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-13", "2019-00", "2019-02-30", "2023-02-29", "19-03", "2019/03", "March 2019", "", "2019-3"})
  void refusesAnythingElse(String text) {
    assertThat(PartialDate.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "2021-05, 2021-04, true",
    "2021-04, 2021-05, false",
    "2021, 2021-05, false",
    "2021-05, 2021, false",
    "2022, 2021-12, true",
    "2021-05-02, 2021-05-01, true",
    "2021-05, 2021-05-31, false"
  })
  void comparesOnlyAtThePrecisionBothShare(String a, String b, boolean after) {
    assertThat(PartialDate.parse(a).orElseThrow().isAfter(PartialDate.parse(b).orElseThrow()))
        .isEqualTo(after);
  }
}
