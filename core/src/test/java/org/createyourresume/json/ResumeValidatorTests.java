package org.createyourresume.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.createyourresume.model.Limits;
import org.createyourresume.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResumeValidatorTests {

  private static final ResumeValidator VALIDATOR =
      new ResumeValidator(
          Set.of("classic", "modern"), Set.of("Noto Serif", "Carlito"), new Limits(5, 3, 50, 400));

  private static List<Problem> problems(String json) {
    return new JsonResumeReader(VALIDATOR).read(json).problems();
  }

  private static List<Problem> errors(String json) {
    return new JsonResumeReader(VALIDATOR).read(json).errors();
  }

  @Test
  void namesTheFieldTheValueAndTheFormsAllowed() {
    List<Problem> errors =
        errors(
            """
            {"basics": {"name": "A"},
             "work": [{}, {}, {"startDate": "2019-13"}]}
            """);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).path() + ": " + errors.get(0).message())
        .isEqualTo("work[2].startDate: \"2019-13\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
    assertThat(errors.get(0).line()).isEqualTo(2);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    List<Problem> errors =
        errors(
            """
            {"basics": {"name": "A", "email": "not-an-email", "url": "javascript:alert(1)",
                        "profiles": [{"url": "ftp://x.example"}]},
             "work": [{"startDate": "2020-05", "endDate": "2019-01"}],
             "education": [{"startDate": "2019-02-30"}],
             "certificates": [{"date": "yesterday"}],
             "meta": {"createYourResume": {"template": "fancy", "fontFamily": "Comic Sans",
               "fontSize": 30, "accentColor": "blue", "lineSpacing": 0.2, "pageSize": "A5",
               "dateFormat": "DD.MM.YYYY", "language": "123",
               "margins": {"top": 1, "left": 90},
               "sectionOrder": ["work", "hobbies"], "hiddenSections": ["talks"],
               "sectionTitles": {"work": " ", "talks": "Talks"},
               "customSections": [{"id": "talks", "title": "Talks"}, {"id": "work"}, {"id": "Bad Id!"}]}}}
            """);
    assertThat(errors)
        .extracting(Problem::code, Problem::path)
        .containsExactlyInAnyOrder(
            tuple("email.invalid", "basics.email"),
            tuple("url.invalid", "basics.url"),
            tuple("url.invalid", "basics.profiles[0].url"),
            tuple("date.order", "work[0].endDate"),
            tuple("date.invalid", "education[0].startDate"),
            tuple("date.invalid", "certificates[0].date"),
            tuple("design.template", "meta.createYourResume.template"),
            tuple("design.font", "meta.createYourResume.fontFamily"),
            tuple("design.range", "meta.createYourResume.fontSize"),
            tuple("design.colour", "meta.createYourResume.accentColor"),
            tuple("design.range", "meta.createYourResume.lineSpacing"),
            tuple("design.pageSize", "meta.createYourResume.pageSize"),
            tuple("design.dateFormat", "meta.createYourResume.dateFormat"),
            tuple("design.language", "meta.createYourResume.language"),
            tuple("design.range", "meta.createYourResume.margins.top"),
            tuple("design.range", "meta.createYourResume.margins.left"),
            tuple("design.section", "meta.createYourResume.sectionOrder[1]"),
            tuple("design.title", "meta.createYourResume.sectionTitles.work"),
            tuple("custom.id", "meta.createYourResume.customSections[1].id"),
            tuple("custom.id", "meta.createYourResume.customSections[2].id"));
  }

  @Test
  void warnsWithoutFailingForUsableOddities() {
    List<Problem> problems =
        problems(
            """
            {"basics": {"phone": "call me", "url": "linkedin.com/in/ann"},
             "work": [{"endDate": "2020"}],
             "meta": {"createYourResume": {"sectionOrder": ["work", "work"],
                                           "customSections": [{"id": "talks"}]}}}
            """);
    assertThat(problems).noneMatch(Problem::isError);
    assertThat(problems)
        .extracting(Problem::code, Problem::path)
        .containsExactlyInAnyOrder(
            tuple("name.missing", "basics.name"),
            tuple("phone.unusual", "basics.phone"),
            tuple("url.scheme", "basics.url"),
            tuple("date.start.missing", "work[0].startDate"),
            tuple("design.section", "meta.createYourResume.sectionOrder[1]"),
            tuple("custom.title", "meta.createYourResume.customSections[0].title"));
  }

  @Test
  void anEmptyEndDateAfterAStartDateIsAWarningInEverySectionWithEndDates() {
    List<Problem> problems =
        problems(
            """
            {"basics": {"name": "A"},
             "work": [{"startDate": "2019-03", "endDate": ""}, {"startDate": "2018"}],
             "volunteer": [{"startDate": "2017", "endDate": " "}],
             "education": [{"startDate": "2012-09",
                            "endDate": ""}],
             "projects": [{"startDate": "2020", "endDate": ""}, {"endDate": ""}],
             "meta": {"createYourResume": {"customSections": [{"id": "talks", "title": "Talks",
               "entries": [{"startDate": "2021-05", "endDate": ""}]}]}}}
            """);
    assertThat(problems).noneMatch(Problem::isError);
    assertThat(problems)
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            tuple("date.end.missing", "/work/0/endDate"),
            tuple("date.end.missing", "/volunteer/0/endDate"),
            tuple("date.end.missing", "/education/0/endDate"),
            tuple("date.end.missing", "/projects/0/endDate"),
            tuple("date.end.missing", "/meta/createYourResume/customSections/0/entries/0/endDate"));
    Problem education = problems.get(2);
    assertThat(education.line()).isEqualTo(5);
    assertThat(education.message())
        .isEqualTo("the end date is empty, so only the start date prints: add the end date, or remove it"
            + " to show \"Present\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "english | true",
        "en | false",
        "en-GB | false",
        "zh-Hant-TW | false",
        "gsw | false",
        "xx | true"
      })
  void acceptsOnlyRealLanguageTags(String tag, boolean wrong) {
    List<Problem> errors =
        errors("{\"basics\": {\"name\": \"A\"}, \"meta\": {\"createYourResume\": {\"language\": \"" + tag + "\"}}}");
    assertThat(errors.stream().anyMatch(p -> p.code().equals("design.language"))).isEqualTo(wrong);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://ann.example | ",
        "mailto:ann@example.com | ",
        "ann.example/cv | url.scheme",
        "//ann.example | url.scheme",
        "javascript:alert(1) | url.invalid",
        "https:// | url.invalid",
        "not a link | url.invalid",
        "file:///etc/passwd | url.invalid"
      })
  void checksWebAddresses(String url, String code) {
    List<Problem> problems =
        problems("{\"basics\": {\"name\": \"A\", \"url\": \"" + url + "\"}}");
    if (code == null) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).extracting(Problem::code).containsExactly(code);
    }
  }

  @Test
  void theLinkNamedInAWarningIsTheLinkRendered() {
    Problem problem = problems("{\"basics\": {\"name\": \"A\", \"url\": \"//ann.example\"}}").get(0);
    assertThat(problem.message()).endsWith("it is linked as https://ann.example");
  }

  @Test
  void customSectionIdsStartWithALetter() {
    List<Problem> errors =
        errors("{\"basics\": {\"name\": \"A\"}, \"meta\": {\"createYourResume\": {\"customSections\": [{\"id\": \"2024\", \"title\": \"T\"}]}}}");
    assertThat(errors).extracting(Problem::code).containsExactly("custom.id");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2020 | 2020-05 | false",
        "2020-05 | 2020 | false",
        "2020-05-02 | 2020-05-01 | true",
        "2021 | 2020 | true"
      })
  void ordersDatesOnlyAtTheirSharedPrecision(String start, String end, boolean wrong) {
    List<Problem> errors =
        errors("{\"basics\": {\"name\": \"A\"}, \"work\": [{\"startDate\": \"" + start + "\", \"endDate\": \"" + end + "\"}]}");
    assertThat(errors.stream().anyMatch(p -> p.code().equals("date.order"))).isEqualTo(wrong);
  }

  @Test
  void enforcesSizeLimitsOnEveryField() {
    String longText = "x".repeat(51);
    List<Problem> errors =
        errors(
            "{\"basics\": {\"name\": \"A\", \"x-unknown\": \"" + longText + "\"},"
                + " \"work\": [{}, {}, {}, {}, {}, {}],"
                + " \"skills\": [{\"keywords\": [\"a\", \"b\", \"c\", \"d\"]}]}");
    assertThat(errors)
        .extracting(Problem::code, Problem::path)
        .containsExactlyInAnyOrder(
            tuple("limit.text", "basics.x-unknown"),
            tuple("limit.items", "work"),
            tuple("limit.items", "skills[0].keywords"));
  }

  @Test
  void enforcesTheLimitOnTheWholeDocument() {
    StringBuilder work = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      work.append(i == 0 ? "" : ",").append("{\"summary\": \"").append("y".repeat(49)).append("\",")
          .append("\"highlights\": [\"").append("z".repeat(49)).append("\"]}");
    }
    List<Problem> errors = errors("{\"basics\": {\"name\": \"A\"}, \"work\": [" + work + "]}");
    assertThat(errors).extracting(Problem::code).containsExactly("limit.document");
  }
}
