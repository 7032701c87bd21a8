package org.createyourresume.importer.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateCellsTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Jan 2020      | 2020-01
      2020          | 2020
      01/2020       | 2020-01
      1/2020        | 2020-01
      September 2017| 2017-09
      Mar 5, 2019   | 2019-03-05
      3/5/2019      | 2019-03-05
      2019-03-05    | 2019-03-05
      ' Jan  2020 ' | 2020-01
      """)
  void readsTheFormsTheExportWrites(String cell, String iso) {
    assertThat(DateCells.parse(cell).map(DateCells::iso)).contains(iso);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Summer 2019", "2019 – 2020", "Present", "'19", "soon", "13/2020", "Feb 30, 2020", "2019 and more"})
  void aCellThatIsNotWhollyOneDateIsNone(String cell) {
    assertThat(DateCells.parse(cell)).isEmpty();
  }
}
