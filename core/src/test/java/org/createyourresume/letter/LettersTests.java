package org.createyourresume.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.json.JsonResumeWriter;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Letters ride in the resume file under meta.createYourResume.letters, losslessly. */
class LettersTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static String fixture(String name) {
    try (InputStream in = LettersTests.class.getResourceAsStream("/letters/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Resume withLetters() {
    return new JsonResumeReader().read(fixture("with-letters.json")).resume();
  }

  @Test
  void readingAndWritingTheResumeKeepsItsLettersAsWritten() {
    JsonNode original = JSON.readTree(fixture("with-letters.json"));
    JsonNode written = JSON.readTree(new JsonResumeWriter().write(withLetters()));
    assertThat(written.at(Letters.POINTER)).isEqualTo(original.at(Letters.POINTER));
    assertThat(written).isEqualTo(original);
  }

  @Test
  void lettersReadAsRecordsWithEveryField() {
    List<Problem> problems = new ArrayList<>();
    List<Letter> letters = Letters.read(withLetters(), problems);
    assertThat(problems).isEmpty();
    assertThat(letters).extracting(Letter::id).containsExactly("northwind-backend", "second");
    Letter first = letters.get(0);
    assertThat(first.role()).isEqualTo("Senior Backend Engineer");
    assertThat(first.company()).isEqualTo("Northwind Logistics");
    assertThat(first.recipient().address()).isEqualTo("12 Harbour Street\nRotterdam 3011");
    assertThat(first.recipient().unknown()).containsOnlyKeys("department");
    assertThat(first.greeting()).isEqualTo("Dear Ms Whitfield,");
    assertThat(first.body()).extracting(Paragraph::generated).containsExactly(true, false, false, true);
    assertThat(first.body().get(2).text()).startsWith("Before that, at Officina Software");
    assertThat(first.body().get(3).unknown()).containsOnlyKeys("note");
    assertThat(first.unknown()).containsOnlyKeys("x-tracking");
    assertThat(first.isShared()).isFalse();
    assertThat(letters.get(1).body()).isEmpty();
  }

  @Test
  void lettersPutBackReadTheSameAndKeepUnknownFields() {
    Resume resume = withLetters();
    List<Letter> letters = Letters.read(resume);
    Resume again = new JsonResumeReader()
        .read(new JsonResumeWriter().write(Letters.withLetters(resume, letters))).resume();
    assertThat(Letters.read(again)).isEqualTo(letters);
    JsonNode tree = JSON.readTree(new JsonResumeWriter().write(again));
    assertThat(tree.at(Letters.POINTER + "/0/x-tracking/applied").stringValue()).isEqualTo("2026-12-01");
    assertThat(tree.at(Letters.POINTER + "/0/recipient/department").stringValue()).isEqualTo("Platform");
    // the rest of the design is untouched
    assertThat(again.design().template()).isEqualTo("modern");
  }

  @Test
  void aLetterWrittenInTheCanonicalShapeComesBackIdentical() {
    JsonNode letter = Letters.toTree(Letters.read(withLetters()).get(0));
    assertThat(Letters.toTree(Letters.fromTree(letter, "", new ArrayList<>()))).isEqualTo(letter);
  }

  @Test
  void noLettersRemovesTheKeyAndLeavesTheRest() {
    Resume none = Letters.withLetters(withLetters(), List.of());
    assertThat(Letters.read(none)).isEmpty();
    assertThat(none.design().unknown()).doesNotContainKey(Letters.KEY);
    assertThat(none.design().template()).isEqualTo("modern");
  }

  @Test
  void valuesOfTheWrongTypeAreSkippedWithTheirPointer() {
    String json = """
        {"basics": {"name": "A B"}, "meta": {"createYourResume": {"letters": [
          7, {"role": ["x"], "body": [{"text": "Hi", "generated": "yes"}], "recipient": "Acme"}]}}}
        """;
    Resume resume = new JsonResumeReader().read(json).resume();
    List<Problem> problems = new ArrayList<>();
    List<Letter> letters = Letters.read(resume, problems);
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).body()).containsExactly(Paragraph.written("Hi"));
    assertThat(problems).extracting(Problem::pointer).containsExactly(
        Letters.POINTER + "/0", Letters.POINTER + "/1/recipient", Letters.POINTER + "/1/role",
        Letters.POINTER + "/1/body/0/generated");
  }
}
