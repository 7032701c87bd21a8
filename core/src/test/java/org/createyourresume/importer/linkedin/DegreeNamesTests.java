package org.createyourresume.importer.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DegreeNamesTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
      Bachelor of Science - BS, Computer Science        | Bachelor of Science - BS         | Computer Science        | true
      Master of Business Administration - MBA           | Master of Business Administration - MBA | -                | true
      BSc in Physics                                    | BSc                              | Physics                 | true
      Master of Science in Data Science                 | Master of Science                | Data Science            | true
      Bachelor's degree, Economics                      | Bachelor's degree                | Economics               | true
      Bachelor of Arts in English, Minor in History     | Bachelor of Arts                 | English, Minor in History | true
      Doctor of Philosophy - PhD                        | Doctor of Philosophy - PhD       | -                       | true
      Computer Science                                  | Computer Science                 | -                       | false
      Computer Science, Mathematics                     | Computer Science, Mathematics    | -                       | false
      """)
  void splitsOnlyWhenTheDegreePartIsWhollyADegree(String name, String studyType, String area, boolean certain) {
    assertThat(DegreeNames.read(name, null)).isEqualTo(new DegreeNames.Degree(studyType, area, certain));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Bachelor of Science | Biology
      Whatever            | Biology
      """)
  void aFieldOfStudyColumnIsTheArea(String name, String field) {
    assertThat(DegreeNames.read(name, field)).isEqualTo(new DegreeNames.Degree(name, field, true));
  }
}
