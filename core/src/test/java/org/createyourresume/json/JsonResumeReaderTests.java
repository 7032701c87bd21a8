package org.createyourresume.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonResumeReaderTests {

  private final JsonResumeReader reader = new JsonResumeReader();

  @Test
  void readsOlderDialectsWithAWarningForEachRenamedField() {
    ReadResult read =
        reader.read(
            """
            {"basics": {"name": "Ann Lee", "website": "https://ann.example", "picture": "me.png",
                        "location": {"city": "Austin", "state": "TX"},
                        "profiles": {"github": "annlee", "twitter": "ann"}},
             "work": [{"company": "Acme", "website": "https://acme.example", "position": "Dev"}],
             "education": [{"institution": "State U", "gpa": "3.8"}],
             "awards": [{"title": "Best", "awardDate": "2020-01"}],
             "hobbies": [{"name": "Chess"}]}
            """);

    Resume r = read.resume();
    assertThat(r.basics().url()).isEqualTo("https://ann.example");
    assertThat(r.basics().image()).isEqualTo("me.png");
    assertThat(r.basics().location().region()).isEqualTo("TX");
    assertThat(r.basics().profiles())
        .extracting(p -> p.network(), p -> p.username())
        .containsExactly(tuple("github", "annlee"), tuple("twitter", "ann"));
    assertThat(r.work().get(0).name()).isEqualTo("Acme");
    assertThat(r.work().get(0).url()).isEqualTo("https://acme.example");
    assertThat(r.education().get(0).score()).isEqualTo("3.8");
    assertThat(r.awards().get(0).date()).isEqualTo("2020-01");
    assertThat(r.interests().get(0).name()).isEqualTo("Chess");
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactlyInAnyOrder(
            tuple("field.renamed", "basics.website"),
            tuple("field.renamed", "basics.picture"),
            tuple("field.renamed", "basics.location.state"),
            tuple("field.renamed", "basics.profiles"),
            tuple("field.renamed", "work[0].company"),
            tuple("field.renamed", "work[0].website"),
            tuple("field.renamed", "education[0].gpa"),
            tuple("field.renamed", "awards[0].awardDate"),
            tuple("field.renamed", "hobbies"));
    assertThat(read.problems()).allMatch(p -> p.severity() == Severity.WARNING);
  }

  @Test
  void skipsValuesOfTheWrongTypeNamingTheirPathAndLine() {
    ReadResult read =
        reader.read(
            """
            {
              "basics": {"name": "Ann Lee", "email": ["a@b.c"]},
              "work": [
                {"name": "Acme", "highlights": 42},
                "not an entry",
                {"name": "Beta", "highlights": ["ok", {"x": 1}, 7]}
              ]
            }
            """);

    assertThat(read.resume().basics().email()).isNull();
    assertThat(read.resume().work()).extracting(w -> w.name()).containsExactly("Acme", "Beta");
    assertThat(read.resume().work().get(0).highlights()).isNull();
    assertThat(read.resume().work().get(1).highlights()).containsExactly("ok", "7");
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path, Problem::line)
        .containsExactlyInAnyOrder(
            tuple("type.mismatch", "basics.email", 2),
            tuple("type.mismatch", "work[0].highlights", 4),
            tuple("type.mismatch", "work[1]", 5),
            tuple("type.mismatch", "work[2].highlights[1]", 6),
            tuple("type.coerced", "work[2].highlights[2]", 6));
  }

  @Test
  void keepsUnknownFieldsInDocumentOrder() {
    Resume r =
        reader.read("{\"z\": 1, \"basics\": {\"name\": \"A\", \"x-b\": true, \"x-a\": [1]}, \"a\": {}}").resume();
    assertThat(r.unknown()).containsOnlyKeys("z", "a");
    assertThat(r.unknown().keySet()).containsExactly("z", "a");
    assertThat(r.basics().unknown().keySet()).containsExactly("x-b", "x-a");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2019-3 | 2019-03",
        "03/2019 | 2019-03",
        "3/2019 | 2019-03",
        "March 2019 | 2019-03",
        "Sep 2019 | 2019-09",
        "Sept. 2019 | 2019-09"
      })
  void convertsCommonDateFormsWithAWarning(String written, String read) {
    ReadResult result = reader.read("{\"work\": [{\"startDate\": \"" + written + "\"}]}");
    assertThat(result.resume().work().get(0).startDate()).isEqualTo(read);
    assertThat(result.problems()).extracting(Problem::code).containsExactly("date.normalised");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Present", "present", "Current", "now", "ongoing"})
  void readsOngoingWordsAsNoEndDate(String word) {
    ReadResult result = reader.read("{\"work\": [{\"startDate\": \"2020\", \"endDate\": \"" + word + "\"}]}");
    assertThat(result.resume().work().get(0).endDate()).isNull();
    assertThat(result.problems()).extracting(Problem::code).containsExactly("date.ongoing");
  }

  /** An empty end date means "ended, date not given", so it is kept and written back as it came. */
  @Test
  void keepsAnEmptyEndDateApartFromAnAbsentOneThroughARoundTrip() {
    String json =
        """
        {"work": [{"startDate": "2020", "endDate": ""}, {"startDate": "2019"}],
         "volunteer": [{"startDate": "2018", "endDate": ""}],
         "education": [{"startDate": "2014", "endDate": ""}],
         "projects": [{"startDate": "2017", "endDate": ""}],
         "meta": {"createYourResume": {"customSections": [{"id": "talks",
           "entries": [{"startDate": "2016", "endDate": ""}]}]}}}
        """;
    ReadResult read = reader.read(json);
    Resume r = read.resume();
    assertThat(r.work()).extracting(w -> w.endDate()).containsExactly("", null);
    assertThat(r.volunteer().get(0).endDate()).isEmpty();
    assertThat(r.education().get(0).endDate()).isEmpty();
    assertThat(r.projects().get(0).endDate()).isEmpty();
    assertThat(r.design().customSectionList().get(0).entryList().get(0).endDate()).isEmpty();
    assertThat(read.problems()).isEmpty();

    var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
    assertThat(mapper.readTree(new JsonResumeWriter().write(r))).isEqualTo(mapper.readTree(json));
  }

  @Test
  void presentIsOnlyAnEndDate() {
    ReadResult result = reader.read("{\"work\": [{\"startDate\": \"Present\"}]}");
    assertThat(result.resume().work().get(0).startDate()).isEqualTo("Present");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void dropsMailtoInFrontOfAnEmail() {
    ReadResult result = reader.read("{\"basics\": {\"email\": \"mailto:ann@example.com\"}}");
    assertThat(result.resume().basics().email()).isEqualTo("ann@example.com");
    assertThat(result.problems()).extracting(Problem::code).containsExactly("field.normalised");
  }

  @Test
  void warnsWhenAnOlderNameIsIgnoredBecauseTheStandardOneIsThere() {
    ReadResult result =
        reader.read("{\"interests\": [{\"name\": \"Chess\"}], \"hobbies\": [{\"name\": \"Go\"}]}");
    assertThat(result.resume().interests()).extracting(i -> i.name()).containsExactly("Chess");
    assertThat(result.resume().unknown()).containsKey("hobbies");
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple("field.duplicate", "hobbies"));
  }

  @Test
  void locatesValidationProblemsOfRenamedFieldsWhereTheyAreWritten() {
    ResumeValidator validator =
        new ResumeValidator(java.util.Set.of("classic"), java.util.Set.of("Carlito"),
            org.createyourresume.model.Limits.DEFAULT);
    ReadResult result =
        new JsonResumeReader(validator)
            .read("{\"bio\": {\"name\": \"A\",\n  \"website\": \"not a link\"}}");
    Problem problem =
        result.problems().stream().filter(p -> p.code().equals("url.invalid")).findFirst().orElseThrow();
    assertThat(problem.path()).isEqualTo("basics.url");
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(3);
  }

  @Test
  void leavesUnreadableDatesForTheValidator() {
    ReadResult result = reader.read("{\"work\": [{\"startDate\": \"Summer 2019\"}]}");
    assertThat(result.resume().work().get(0).startDate()).isEqualTo("Summer 2019");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void readsTheDesignExtension() {
    Resume r =
        reader
            .read(
                """
                {"meta": {"version": "v1.0.0", "createYourResume": {
                  "template": "modern", "fontFamily": "Carlito", "fontSize": 11, "accentColor": "#112233",
                  "margins": {"top": 12, "right": 14, "bottom": 12.5, "left": 14}, "lineSpacing": 1.3,
                  "pageSize": "Letter", "dateFormat": "MM/YYYY", "language": "de",
                  "sectionOrder": ["education", "work"], "hiddenSections": ["interests"],
                  "sectionTitles": {"work": "Berufserfahrung"},
                  "customSections": [{"id": "talks", "title": "Talks",
                    "entries": [{"title": "Fast PDFs", "subtitle": "JavaLand", "startDate": "2024-03",
                                 "bullets": ["Live demo"]}]}]}}}
                """)
            .resume();
    var d = r.design();
    assertThat(d.template()).isEqualTo("modern");
    assertThat(d.fontSize()).isEqualTo(11.0);
    assertThat(d.margins().bottom()).isEqualTo(12.5);
    assertThat(d.pageSize()).isEqualTo("Letter");
    assertThat(d.sectionOrder()).containsExactly("education", "work");
    assertThat(d.sectionTitles()).containsEntry("work", "Berufserfahrung");
    assertThat(d.customSections().get(0).entries().get(0).highlights()).containsExactly("Live demo");
  }

  @Test
  void readsOneMarginNumberAsAllFourSides() {
    ReadResult result = reader.read("{\"meta\": {\"createYourResume\": {\"margins\": 15}}}");
    var m = result.resume().design().margins();
    assertThat(List.of(m.top(), m.right(), m.bottom(), m.left())).containsOnly(15.0);
    assertThat(result.problems()).extracting(Problem::code).containsExactly("type.coerced");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"basics\": {\"name\": \"A\",} } | 1 | 23",
        "{\"basics\": | 1 | 12",
        "{} trailing | 1 | 4",
        "{\"a\": 1, \"a\": 2} | 1 | 10"
      })
  void reportsMalformedJsonWithItsPlace(String json, int line, int column) {
    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOf(JsonResumeException.class)
        .hasMessageStartingWith("not valid JSON at line " + line)
        .satisfies(e -> assertThat(((JsonResumeException) e).line()).isEqualTo(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"resume\"", "42", "null"})
  void refusesDocumentsThatAreNotObjects(String json) {
    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOf(JsonResumeException.class)
        .hasMessageContaining("JSON object");
  }

  @Test
  void refusesAnEmptyDocument() {
    assertThatThrownBy(() -> reader.read("   "))
        .isInstanceOf(JsonResumeException.class)
        .hasMessage("the document is empty");
  }

  @Test
  void readsDeeplyNestedUnknownFieldsWithoutTrouble() {
    String deep = "[".repeat(400) + "]".repeat(400);
    ReadResult result = reader.read("{\"basics\": {\"name\": \"A\"}, \"x\": " + deep + "}");
    assertThat(result.resume().unknown()).containsKey("x");
  }

  @Test
  void refusesNestingBeyondTheParserLimitAsMalformed() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThatThrownBy(() -> reader.read("{\"x\": " + deep + "}"))
        .isInstanceOf(JsonResumeException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "deep   | json.too-deep         | more than 500 levels deep (at line 1, column 506)",
        "number | json.number-too-long  | a number of more than 100 characters (at line 1, column 7)",
        "syntax | json.syntax           | not valid JSON at line 1, column 13",
        "empty  | json.empty            | the document is empty",
        "array  | json.not-object       | a JSON Resume document is a JSON object"
      })
  void refusalsHaveAStableCodeAndOurOwnWords(String kind, String code, String says) {
    String json = switch (kind) {
      case "deep" -> "{\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
      case "number" -> "{\"x\": " + "1".repeat(100_000) + "}";
      case "syntax" -> "{\"a\": 1, \"a\": 2}";
      case "empty" -> " ";
      default -> "[]";
    };
    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOfSatisfying(JsonResumeException.class,
            e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageContaining(says)
        .message()
        .doesNotContain("StreamReadConstraints", "Duplicate", "exceeds", "Unexpected");
  }

  @Test
  void aStringMayHoldBracketsAndDigitsWithoutCountingAsNestingOrNumbers() {
    String text = "[".repeat(600) + "9".repeat(200) + "\\\"";
    ReadResult result = reader.read("{\"basics\": {\"name\": \"" + text + "\"}}");
    assertThat(result.resume().basics().name()).startsWith("[[[").endsWith("9\"");
  }
}
