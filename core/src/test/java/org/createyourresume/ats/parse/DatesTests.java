package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.createyourresume.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Jan 2021 – Present            | 2021 | 1  | 0    | 0  | true
      January 2019 - March 2021     | 2019 | 1  | 2021 | 3  | false
      01/2019 - 03/2021             | 2019 | 1  | 2021 | 3  | false
      2019-04 – 2020-11             | 2019 | 4  | 2020 | 11 | false
      2017–2019                     | 2017 | 0  | 2019 | 0  | false
      Sept 2020 to date             | 2020 | 9  | 0    | 0  | true
      März 2018 – heute             | 2018 | 3  | 0    | 0  | true
      вер 2014 – чер 2016           | 2014 | 9  | 2016 | 6  | false
      Μάρτιος 2021 – σήμερα         | 2021 | 3  | 0    | 0  | true
      Acme Corp, May 2022           | 2022 | 5  | 0    | 0  | false
      Since 2018                    | 2018 | 0  | 0    | 0  | true
      since March 2019              | 2019 | 3  | 0    | 0  | true
      Seit 09/2021                  | 2021 | 9  | 0    | 0  | true
      Jan. 2020 - present           | 2020 | 1  | 0    | 0  | true
      01/2020 - 03/2022             | 2020 | 1  | 2022 | 3  | false
      2019 — 2021                   | 2019 | 0  | 2021 | 0  | false
      od 2019 do 2021               | 2019 | 0  | 2021 | 0  | false
      März 2020 – heute             | 2020 | 3  | 0    | 0  | true
      seit 04/2019                  | 2019 | 4  | 0    | 0  | true
      Januar 2021 – bis jetzt       | 2021 | 1  | 0    | 0  | true
      janv. 2019 – aujourd'hui      | 2019 | 1  | 0    | 0  | true
      févr. 2021 – présent          | 2021 | 2  | 0    | 0  | true
      de 2018 à 2020                | 2018 | 0  | 2020 | 0  | false
      sept. 2017 – en cours         | 2017 | 9  | 0    | 0  | true
      depuis mars 2022              | 2022 | 3  | 0    | 0  | true
      ene. 2020 – actualidad        | 2020 | 1  | 0    | 0  | true
      2019 – presente               | 2019 | 0  | 0    | 0  | true
      Octubre 2015 – Junio 2017     | 2015 | 10 | 2017 | 6  | false
      may. 2019 – hasta la actualidad | 2019 | 5 | 0    | 0  | true
      """)
  void readsRanges(String text, int startYear, int startMonth, int endYear, int endMonth, boolean current) {
    DateSpan d = Dates.get().find(text).orElseThrow();
    assertThat(d.start()).isEqualTo(new PartialDate(startYear, startMonth, 0));
    assertThat(d.end()).isEqualTo(endYear == 0 ? null : new PartialDate(endYear, endMonth, 0));
    assertThat(d.current()).isEqualTo(current);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Reduced costs by 40% for 300 offices
      Present
      Since then the team doubled
      Version 12.3 released
      +34 612 345 678
      """)
  void findsNoDateWhereThereIsNone(String text) {
    assertThat(Dates.get().find(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Sep '21 – Present
      Jan '19 - Dec '20
      """)
  void marksTwoDigitYears(String text) {
    assertThat(Dates.get().find(text).orElseThrow().twoDigitYear()).isTrue();
  }
}
