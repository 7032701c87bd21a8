package org.createyourresume.importer.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.importer.confidence.Plausibility.Check;
import org.createyourresume.importer.confidence.Plausibility.Finding;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Resume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plausibility flags, each on a small made-up resume that fails it and one that passes: the flag
 * points at the field (or entry) and its message says what was implausible.
 */
class PlausibilityTests {

  private static final int THIS_YEAR = 2026;
  private static final String BASICS = "\"basics\":{\"name\":\"Nora Vance\",\"email\":\"nora@example.com\","
      + "\"location\":{\"city\":\"Bristol\"}}";

  private static Resume resume(String json) {
    return new JsonResumeReader().read("{" + BASICS + (json.isEmpty() ? "" : "," + json) + "}").resume();
  }

  private static Resume resumeWithBasics(String basics) {
    return new JsonResumeReader().read("{\"basics\":" + basics + "}").resume();
  }

  private static List<Finding> findings(Resume resume, Check check) {
    return Plausibility.check(resume, THIS_YEAR).stream().filter(f -> f.check() == check).toList();
  }

  @Test
  void aPlausibleResumeHasNoFinding() {
    Resume r = resume("\"work\":[{\"name\":\"Harbour Freight Ltd\",\"position\":\"Logistics Analyst\","
        + "\"location\":\"Bristol\",\"startDate\":\"2019-03\",\"endDate\":\"2023-06\","
        + "\"highlights\":[\"Cut late deliveries by 12% with a new routing sheet.\"]}],"
        + "\"education\":[{\"institution\":\"University of Exeter\",\"studyType\":\"BSc\",\"area\":\"Geography\","
        + "\"score\":\"2:1\",\"startDate\":\"2015\",\"endDate\":\"2018\"}],"
        + "\"projects\":[{\"name\":\"Route planner\",\"description\":\"A planner for delivery vans.\","
        + "\"keywords\":[\"Python\",\"PostGIS\"]}],"
        + "\"certificates\":[{\"name\":\"Certified Supply Chain Professional\",\"issuer\":\"ASCM\"}],"
        + "\"skills\":[{\"name\":\"Tools\",\"keywords\":[\"Excel\",\"Power BI\",\"SQL\"]}],"
        + "\"languages\":[{\"language\":\"French\",\"fluency\":\"Fluent\"}]");
    assertThat(Plausibility.check(r, THIS_YEAR)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "BSc Geography; University of Exeter; reads like a degree",
      "Geography; University of Exeter; reads like a school"})
  void aSchoolThatReadsLikeADegreeOrADegreeLikeASchoolIsFlagged(String institution, String degree, String says) {
    Resume r = resume("\"education\":[{\"institution\":\"" + institution + "\",\"studyType\":\"" + degree
        + "\",\"endDate\":\"2018\"}]");
    assertThat(findings(r, Check.SCHOOL_DEGREE_SWAPPED)).singleElement().satisfies(f -> {
      assertThat(f.pointer()).isEqualTo("/education/0");
      assertThat(f.message()).startsWith("not sure of this school: ").contains(says);
    });
    Resume fine = resume("\"education\":[{\"institution\":\"University of Exeter\",\"studyType\":\"BSc Geography\"}]");
    assertThat(findings(fine, Check.SCHOOL_DEGREE_SWAPPED)).isEmpty();
  }

  @Test
  void aGradeInTheSubjectFlagsTheSubjectAndTheEmptyGrade() {
    Resume r = resume("\"education\":[{\"institution\":\"Leeds College\",\"area\":\"Business Studies, Merit\"}]");
    assertThat(findings(r, Check.GRADE_IN_SUBJECT)).extracting(Finding::pointer)
        .containsExactly("/education/0/area", "/education/0/score");
    Resume graded = resume("\"education\":[{\"institution\":\"Leeds College\",\"area\":\"Business Studies, Merit\","
        + "\"score\":\"Merit\"}]");
    assertThat(findings(graded, Check.GRADE_IN_SUBJECT)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Analyst in the planning team, working with suppliers on stock levels",
      "analyst",
      "Logistics Analyst,",
      "Raised on-time delivery to 97%"})
  void aJobTitleThatReadsLikeASentenceIsFlagged(String title) {
    Resume r = resume("\"work\":[{\"name\":\"Harbour Freight Ltd\",\"position\":\"" + title + "\"}]");
    assertThat(findings(r, Check.TITLE_SENTENCE)).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/work/0/position"));
    assertThat(Plausibility.sentence("Senior Logistics Analyst")).isFalse();
    assertThat(Plausibility.sentence("Ran the weekly stock reports.")).isTrue();
    // company names end in abbreviations with a full stop
    assertThat(Plausibility.sentence("Przewozy Kolejowe Trans sp. z o.o.")).isFalse();
    assertThat(Plausibility.sentence("Norðurljós Gagnavinnsla ehf.")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"Harbour Freight Ltd 2019; a year", "Bristol; a place"})
  void anEmployerWithAYearOrThatIsAPlaceIsFlagged(String employer, String says) {
    Resume r = resume("\"work\":[{\"name\":\"" + employer + "\",\"position\":\"Analyst\"}]");
    assertThat(findings(r, Check.EMPLOYER_ODD)).singleElement().satisfies(f -> {
      assertThat(f.pointer()).isEqualTo("/work/0/name");
      assertThat(f.reason()).contains(says);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "2021-05; 2019-01; end before they start",
      "2021-05; 2021-02; end before they start",
      "2034; ''; more than six years ahead",
      "1961; 2020; more than fifty years"})
  void implausibleDatesAreFlagged(String start, String end, String says) {
    Resume r = resume("\"work\":[{\"name\":\"Harbour Freight Ltd\",\"position\":\"Analyst\",\"startDate\":\"" + start
        + "\"" + (end.isEmpty() ? "" : ",\"endDate\":\"" + end + "\"") + "}]");
    assertThat(findings(r, Check.DATES_IMPLAUSIBLE)).singleElement().satisfies(f -> {
      assertThat(f.pointer()).isEqualTo("/work/0");
      assertThat(f.reason()).contains(says);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"NV; monogram", "Nora Vance 07700 900123; digits",
      "Nora Vance Logistics Analyst Bristol Office; words"})
  void anOddNameIsFlagged(String name, String says) {
    Resume r = resumeWithBasics("{\"name\":\"" + name + "\",\"location\":{\"city\":\"Bristol\"}}");
    assertThat(findings(r, Check.NAME_ODD)).singleElement().satisfies(f -> {
      assertThat(f.pointer()).isEqualTo("/basics/name");
      assertThat(f.reason()).contains(says);
    });
    assertThat(findings(resumeWithBasics("{\"name\":\"Nora de la Vance\"}"), Check.NAME_ODD)).isEmpty();
  }

  @Test
  void aHeadlineThatIsTheNameAgainOrHoldsContactsIsFlagged() {
    assertThat(findings(resumeWithBasics("{\"name\":\"Nora Vance\",\"label\":\"NORA VANCE\"}"), Check.SAME_TEXT_TWICE))
        .extracting(Finding::pointer).containsExactly("/basics/label");
    assertThat(findings(resumeWithBasics("{\"name\":\"Nora Vance\",\"label\":\"Analyst · nora@example.com\"}"),
        Check.HEADLINE_ODD)).extracting(Finding::pointer).containsExactly("/basics/label");
    assertThat(findings(resumeWithBasics("{\"name\":\"Nora Vance\",\"label\":\"Logistics Analyst\"}"),
        Check.HEADLINE_ODD)).isEmpty();
  }

  @Test
  void aJobsPlaceHoldingAYearOrATitleIsFlagged() {
    Resume r = resume("\"work\":[{\"name\":\"Harbour Freight Ltd\",\"position\":\"Analyst\",\"location\":"
        + "\"Senior Analyst\"},{\"name\":\"Harbour Freight Ltd\",\"position\":\"Clerk\",\"location\":\"Bath 2019\"}]");
    assertThat(findings(r, Check.PLACE_ODD)).extracting(Finding::pointer)
        .containsExactly("/work/0/location", "/work/1/location");
  }

  @Test
  void aLineOfTextThatIsAnotherEntrysHeadingFlagsTheEntry() {
    Resume r = resume("\"work\":[{\"name\":\"Harbour Freight Ltd\",\"position\":\"Analyst\",\"highlights\":"
        + "[\"Built the stock report.\",\"Stock Controller, 2016 – 2019\"]},"
        + "{\"name\":\"Kestrel Foods\",\"position\":\"Buyer\",\"highlights\":[\"Senior Buyer\"]},"
        + "{\"name\":\"Kestrel Foods\",\"position\":\"Clerk\",\"highlights\":[\"Ran the 2019 – 2021 stock count.\"]}]");
    assertThat(findings(r, Check.TEXT_AS_HEADING)).extracting(Finding::pointer).containsExactly("/work/0", "/work/1");
    Resume summary = resumeWithBasics("{\"name\":\"Nora Vance\",\"summary\":\"Analyst of freight.\\nStock Controller"
        + " 2016 – 2019\"}");
    assertThat(findings(summary, Check.TEXT_AS_HEADING)).extracting(Finding::pointer).contains("/basics/summary");
  }

  @Test
  void aSkillItemOfManyWordsIsFlagged() {
    Resume r = resume("\"skills\":[{\"name\":\"Tools\",\"keywords\":[\"Excel\","
        + "\"Built dashboards for the regional sales team\"]}]");
    assertThat(findings(r, Check.LONG_KEYWORD)).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/skills/0"));
  }

  @Test
  void theSameTextInTwoFieldsOfAnEntryIsFlagged() {
    Resume r = resume("\"work\":[{\"name\":\"Harbour Freight\",\"position\":\"Harbour Freight\"}],"
        + "\"education\":[{\"institution\":\"Exeter College\",\"area\":\"exeter college\"}]");
    assertThat(findings(r, Check.SAME_TEXT_TWICE)).extracting(Finding::pointer).containsExactly("/work/0", "/education/0");
  }

  @Test
  void aDatedEntryWithNeitherTitleIsFlagged() {
    Resume r = resume("\"work\":[{\"startDate\":\"2019\",\"endDate\":\"2021\",\"highlights\":[\"Ran the stock count.\"]}],"
        + "\"education\":[{\"endDate\":\"2018\"}]");
    assertThat(findings(r, Check.ALMOST_EMPTY)).extracting(Finding::pointer).containsExactly("/work/0", "/education/0");
  }

  @Test
  void aProjectWhoseTextEndsInItsTechnologiesIsFlagged() {
    Resume r = resume("\"projects\":[{\"name\":\"Route planner\",\"description\":\"A planner for delivery vans.\\n"
        + "Python, PostGIS, Leaflet\"},{\"name\":\"Stock bot\",\"roles\":[\"Flask\",\"Redis\"]},"
        + "{\"name\":\"Rota\",\"roles\":[\"Team Lead\",\"Designer\"]}]");
    assertThat(findings(r, Check.TECHNOLOGIES_IN_TEXT)).extracting(Finding::pointer).containsExactly(
        "/projects/0/description", "/projects/0/keywords", "/projects/1/roles", "/projects/1/keywords");
    assertThat(Plausibility.technologies("Planned, built and ran it.")).isFalse();
    assertThat(Plausibility.technologies("planned, built, ran")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"Associate", "Java SE 8 Programmer", "Grade 7-12, State Board"})
  void aCertificateIssuerWithANumberACommaOrALevelFlagsNameAndIssuer(String issuer) {
    Resume r = resume("\"certificates\":[{\"name\":\"Certified Freight Planner\",\"issuer\":\"" + issuer + "\"}]");
    assertThat(findings(r, Check.CERTIFICATE_CUT)).extracting(Finding::pointer)
        .containsExactly("/certificates/0/name", "/certificates/0/issuer");
    Resume fine = resume("\"certificates\":[{\"name\":\"Security+\",\"issuer\":\"ISC2\"}]");
    assertThat(findings(fine, Check.CERTIFICATE_CUT)).isEmpty();
  }

  @Test
  void contactDetailsWithoutAPlaceFlagThePlace() {
    Resume r = resumeWithBasics("{\"name\":\"Nora Vance\",\"phone\":\"07700 900123\"}");
    assertThat(findings(r, Check.NO_PLACE)).singleElement().satisfies(f -> {
      assertThat(f.pointer()).isEqualTo("/basics/location");
      assertThat(f.message()).isEqualTo("not sure of the place: contact details were found but no place, which most"
          + " resumes give beside them; check it against the file");
    });
    assertThat(findings(resumeWithBasics("{\"name\":\"Nora Vance\"}"), Check.NO_PLACE)).isEmpty();
  }

  @Test
  void aLanguageWithDigitsOrManyWordsIsFlagged() {
    Resume r = resume("\"languages\":[{\"language\":\"French\"},{\"language\":\"Spanish B2 2019\"},"
        + "{\"language\":\"German and some Italian for work\"}]");
    assertThat(findings(r, Check.LANGUAGE_ODD)).extracting(Finding::pointer)
        .containsExactly("/languages/1", "/languages/2");
  }

  @Test
  void aSchoolWithAYearIsFlagged() {
    Resume r = resume("\"education\":[{\"institution\":\"University of Exeter 2018\",\"studyType\":\"BSc\"}]");
    assertThat(findings(r, Check.SCHOOL_ODD)).singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/education/0/institution"));
  }

  @Test
  void aSubjectThatStartsLikeADegreeFlagsSubjectAndDegree() {
    Resume r = resume("\"education\":[{\"institution\":\"University of Exeter\",\"area\":\"MSc Data Science\"}]");
    assertThat(findings(r, Check.DEGREE_IN_SUBJECT)).extracting(Finding::pointer)
        .containsExactly("/education/0/area", "/education/0/studyType");
  }

  @Test
  void aFieldMostOtherEntriesHaveIsFlaggedWhereItIsMissing() {
    String job = "{\"name\":\"Harbour Freight Ltd\",\"position\":\"Analyst\",\"startDate\":\"2019\"";
    Resume r = resume("\"work\":[" + job + ",\"location\":\"Bristol\"}," + job + ",\"location\":\"Bath\"}," + job
        + "}]");
    assertThat(findings(r, Check.MISSING_BESIDE_OTHERS)).singleElement().satisfies(f -> {
      assertThat(f.pointer()).isEqualTo("/work/2/location");
      assertThat(f.message()).isEqualTo("not sure of this job's place: none was found, while 2 of the other 2 have one,"
          + " so it may have been read into another field; check it against the file");
    });
    // two entries are too few to tell a gap from a habit
    Resume two = resume("\"work\":[" + job + ",\"location\":\"Bristol\"}," + job + "}]");
    assertThat(findings(two, Check.MISSING_BESIDE_OTHERS)).isEmpty();
  }
}
