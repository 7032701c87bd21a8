package org.createyourresume.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTests {

  @ParameterizedTest
  @CsvSource({
    "/work/2/startDate, work[2].startDate",
    "/basics/profiles/0/url, basics.profiles[0].url",
    "/meta/createYourResume/margins/top, meta.createYourResume.margins.top",
    "/meta/createYourResume/sectionTitles/a~1b, meta.createYourResume.sectionTitles.a/b",
    "/basics, basics"
  })
  void printsPointersAsFieldPaths(String pointer, String path) {
    assertThat(Problem.error("x", pointer, "m").path()).isEqualTo(path);
  }

  @Test
  void wholeDocumentHasItsOwnName() {
    assertThat(Problem.error("x", "", "m").path()).isEqualTo("(document)");
  }

  @Test
  void printsPathThenLineThenMessage() {
    Problem problem = Problem.error("date.invalid", "/work/2/startDate", "\"2019-13\" is not a date").at(14, 20);
    assertThat(problem).hasToString("work[2].startDate (line 14, column 20): \"2019-13\" is not a date");
  }
}
