package org.createyourresume.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the JSON Resume reader (with validation), from the committed seeds in {@code
 * JsonResumeReaderFuzzTestsInputs/read/}. The invariant: a text is read (its problems listed, each
 * with a code) or refused with a {@link JsonResumeException} with a code; nothing else is thrown.
 */
class JsonResumeReaderFuzzTests {

  private static final JsonResumeReader READER = new JsonResumeReader(
      org.createyourresume.render.ResumeRenderer.create().validator());

  @FuzzTest(maxDuration = "10s")
  void read(byte[] input) {
    String json = new String(input, StandardCharsets.UTF_8);
    try {
      ReadResult result = READER.read(json);
      assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.code()).isNotBlank());
    } catch (JsonResumeException refused) {
      assertThat(refused.code()).isNotBlank();
    }
  }
}
