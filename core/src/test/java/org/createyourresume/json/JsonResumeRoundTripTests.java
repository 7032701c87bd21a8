package org.createyourresume.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.createyourresume.model.Problem;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading then writing a valid document gives the same document back, unknown fields included. */
class JsonResumeRoundTripTests {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Numbers compare by value (11 and 11.0 are the same setting); everything else exactly. */
  private static final Comparator<JsonNode> SAME =
      (a, b) -> {
        if (a.equals(b)) {
          return 0;
        }
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return 1;
      };

  static List<String> resumes() {
    return TestResumes.names();
  }

  @ParameterizedTest
  @MethodSource("resumes")
  void writesBackWhatItRead(String name) {
    String original = TestResumes.text(name);
    ReadResult read = new JsonResumeReader().read(original);
    assertThat(read.problems()).as("a test resume needs no adjustment").isEmpty();

    String written = new JsonResumeWriter().write(read.resume());

    JsonNode before = MAPPER.readTree(original);
    JsonNode after = MAPPER.readTree(written);
    assertThat(after.equals(SAME, before))
        .as("round trip of %s%nbefore: %s%nafter:  %s", name, before, after)
        .isTrue();
  }

  @ParameterizedTest
  @MethodSource("resumes")
  void isStableOnASecondPass(String name) {
    JsonResumeReader reader = new JsonResumeReader();
    JsonResumeWriter writer = new JsonResumeWriter();
    String once = writer.write(reader.read(TestResumes.text(name)).resume());
    String twice = writer.write(reader.read(once).resume());
    assertThat(twice).isEqualTo(once);
  }

  @ParameterizedTest
  @MethodSource("resumes")
  void everyTestResumeIsValid(String name) {
    ResumeValidator validator =
        new ResumeValidator(
            java.util.Set.of("classic", "modern", "compact", "technical"),
            java.util.Set.of("Noto Serif", "Liberation Serif", "Noto Sans", "Carlito", "Liberation Sans"),
            org.createyourresume.model.Limits.DEFAULT);
    List<Problem> problems = new JsonResumeReader(validator).read(TestResumes.text(name)).errors();
    assertThat(problems).isEmpty();
  }
}
