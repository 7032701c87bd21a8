package org.createyourresume.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.createyourresume.model.Limits;
import org.createyourresume.model.Problem;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad and old documents from data: each file under {@code invalid/} and {@code dialects/} reports
 * exactly the problems its {@code expected-…json} lists, in order, each located in the text.
 */
class ProblemFixturesTests {

  private static final ResumeValidator VALIDATOR =
      new ResumeValidator(
          Set.of("classic", "modern", "compact", "technical"),
          Set.of("Noto Serif", "Liberation Serif", "Noto Sans", "Carlito", "Liberation Sans"),
          Limits.DEFAULT);

  /** One expected problem, as the fixtures list it. */
  record Expected(String severity, String code, String path) {}

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    addCases(cases, "invalid", "expected-problems.json");
    addCases(cases, "dialects", "expected.json");
    return cases.stream();
  }

  private static void addCases(List<Arguments> cases, String folder, String expectations) {
    JsonNode expected = JsonMapper.builder().build().readTree(TestResumes.text(folder + "/" + expectations));
    for (Map.Entry<String, JsonNode> file : expected.properties()) {
      List<Expected> problems = new ArrayList<>();
      for (JsonNode p : file.getValue()) {
        problems.add(new Expected(p.get("severity").asString(), p.get("code").asString(), p.get("path").asString()));
      }
      cases.add(Arguments.of(folder + "/" + file.getKey(), problems));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblems(String file, List<Expected> expected) {
    ReadResult result = new JsonResumeReader(VALIDATOR).read(TestResumes.text(file));
    List<Expected> actual =
        result.problems().stream()
            .map(p -> new Expected(p.severity().name(), p.code(), p.path()))
            .toList();
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.line()).as(p.toString()).isPositive());
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyFileIsStillReadable(String file, List<Expected> expected) {
    ReadResult result = new JsonResumeReader(VALIDATOR).read(TestResumes.text(file));
    assertThat(result.resume()).isNotNull();
    assertThat(result.isValid()).isEqualTo(expected.stream().noneMatch(e -> e.severity().equals("ERROR")));
    assertThat(result.problems()).map(Problem::code).doesNotContainNull();
  }
}
