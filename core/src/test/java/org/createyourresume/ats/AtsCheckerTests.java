package org.createyourresume.ats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import org.createyourresume.ats.checks.CheckContext;
import org.createyourresume.ats.extract.ExtractedDocument;
import org.createyourresume.ats.extract.SourceFormat;
import org.createyourresume.ats.parse.DateSpan;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.PartialDate;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.ResumeRenderer;
import org.junit.jupiter.api.Test;

/** The entry point: input kinds, the closed loop, the score formula, ordering, options, refusals. */
class AtsCheckerTests {

  private final AtsChecker checker = AtsFixtures.checker();

  @Test
  void aJsonResumeIsRenderedInItsTemplateAndReadBack() {
    AtsReport report = checker.checkResume(TestResumes.load("full.json"), AtsOptions.defaults());
    assertThat(report.format()).isEqualTo(SourceFormat.PDF);
    assertThat(report.template()).isEqualTo("classic");
    assertThat(report.pages()).isEqualTo(1);
    assertThat(report.differences()).isEmpty();
    assertThat(report.parsed().name()).isEqualTo("Amelia Fernández-Ortiz");
    assertThat(report.text()).startsWith("Amelia Fernández-Ortiz\nSenior Software Engineer\n");
    assertThat(report.grammar()).isEqualTo(AtsReport.GrammarStatus.OFF);
    assertThat(report.jobMatch()).isNull();
  }

  @Test
  void fieldsThatDoNotReadBackExactlyAreListedAndCostPoints() {
    String json = """
        {"basics": {"name": "Sam Doe", "email": "sam@example.com", "phone": "+1 555 0100"},
         "work": [{"name": "Acme | Labs", "position": "Engineer", "startDate": "2020-01",
                   "highlights": ["Built 3 services for 40 teams."]}]}
        """;
    var resume = new org.createyourresume.json.JsonResumeReader().read(json).resume();
    AtsReport report = checker.checkResume(resume, AtsOptions.defaults());
    assertThat(report.differences()).contains(
        new FieldDifference("work[0].name", "Acme | Labs", "Acme"),
        new FieldDifference("work[0].position", "Engineer", "Labs"));
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.id()).isEqualTo("loop.differences");
      assertThat(f.examples()).contains("work[0].name: expected \"Acme | Labs\", ATS read \"Acme\"");
    });
  }

  /**
   * A job whose end date is present but empty has ended at a date not given yet: its PDF shows
   * the start date alone, the closed loop reads it back whole, and the ATS side does not take it
   * for a current job, so it adds no years up to today.
   */
  @Test
  void aJobThatEndedWithoutAnEndDateIsNotReadAsOngoing() {
    AtsReport ended = checker.checkResume(job(", \"endDate\": \"\""), AtsOptions.defaults());
    AtsReport ongoing = checker.checkResume(job(""), AtsOptions.defaults());

    assertThat(ended.differences()).isEmpty();
    assertThat(ended.text()).doesNotContain("Present");
    DateSpan dates = ended.parsed().jobs().get(0).dates();
    assertThat(dates.text()).isEqualTo("Mar 2019");
    assertThat(dates.current()).isFalse();
    assertThat(ongoing.parsed().jobs().get(0).dates().current()).isTrue();

    PartialDate today = new PartialDate(2026, 11, 0);
    assertThat(context(ended, today).yearsOfExperience()).isZero();
    assertThat(context(ongoing, today).yearsOfExperience()).isEqualTo(92 / 12.0);
  }

  private static Resume job(String endDate) {
    return new JsonResumeReader().read("""
        {"basics": {"name": "Sam Doe", "email": "sam@example.com", "phone": "+1 555 0100"},
         "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-03"%s,
                   "highlights": ["Built 3 services for 40 teams."]}]}
        """.formatted(endDate)).resume();
  }

  private static CheckContext context(AtsReport report, PartialDate today) {
    return new CheckContext(ExtractedDocument.ofText(""), report.parsed(), today);
  }

  @Test
  void jsonBytesAreRecognisedByContent() {
    byte[] json = TestResumes.text("full.json").getBytes(StandardCharsets.UTF_8);
    AtsReport report = checker.checkFile(json, "upload", AtsOptions.defaults());
    assertThat(report.template()).isEqualTo("classic");
    assertThat(report.differences()).isEmpty();
  }

  @Test
  void theScoreIsTheSumOfItsPartsAndFollowsTheFormula() {
    AtsReport report = checker.checkFile(AtsFixtures.bytes("pronouns.pdf"), "pronouns.pdf", AtsOptions.defaults());
    // wording.pronouns costs 8 of the 25 content points; parsing and sections are whole
    assertThat(report.scoreParts()).containsExactly(
        new ScorePart(Finding.Category.PARSING, 45, 45),
        new ScorePart(Finding.Category.SECTIONS, 30, 30),
        new ScorePart(Finding.Category.CONTENT, 17, 25));
    assertThat(report.score()).isEqualTo(92);
  }

  @Test
  void withAJobTheMatchRateIsThirtyPointsAndTheOtherPartsShrink() {
    String posting = "Senior Data Engineer\nRequirements\n- Python, Kafka, Spark and Airflow\n- Snowflake and Looker\n";
    AtsReport report = checker.checkFile(AtsFixtures.bytes("good.pdf"), "good.pdf",
        AtsOptions.defaults().withJobDescription(posting));
    int rate = report.jobMatch().matchRate();
    assertThat(report.scoreParts()).extracting(ScorePart::possible).containsExactly(35, 20, 15, 30);
    assertThat(report.scoreParts().get(3).earned()).isEqualTo((int) Math.round(30 * rate / 100.0));
    assertThat(report.score()).isEqualTo(report.scoreParts().stream().mapToInt(ScorePart::earned).sum());
    assertThat(report.jobMatch().missing()).extracting(k -> k.name()).contains("Snowflake", "Looker");
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.id()).isEqualTo("match.missing.tool");
      assertThat(f.fix()).contains("Skills section");
    });
  }

  @Test
  void aPostingCanBeMatchedAgainAgainstAReportWithoutReadingTheFile() {
    String posting = "Data Engineer\nRequirements: Python, Kafka, Snowflake, 5+ years of experience.";
    AtsReport plain = checker.checkFile(AtsFixtures.bytes("good.docx"), "good.docx", AtsOptions.defaults());
    AtsReport withJob = checker.checkFile(AtsFixtures.bytes("good.docx"), "good.docx",
        AtsOptions.defaults().withJobDescription(posting));
    assertThat(checker.matchJob(plain, posting)).isEqualTo(withJob.jobMatch());
  }

  @Test
  void theJsonFormIsEveryComponentByNameIndentedOrNot() {
    String posting = "Data Engineer\nRequirements: Python, Kafka, Snowflake, 5+ years of experience.";
    AtsReport report = checker.checkFile(AtsFixtures.bytes("good.docx"), "good.docx",
        AtsOptions.defaults().withJobDescription(posting));
    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
    tools.jackson.databind.JsonNode json = mapper.readTree(report.toJson(false));
    assertThat(mapper.readTree(report.toJson(true))).isEqualTo(json);
    assertThat(report.toJson(true)).contains("\n  \"score\" : ");
    assertThat(json.propertyNames()).containsExactly("score", "scoreParts", "findings", "format",
        "pages", "words", "bytes", "template", "text", "parsed", "differences", "jobMatch", "grammar", "language");
    assertThat(json.get("score").asInt()).isEqualTo(report.score());
    assertThat(json.get("format").asString()).isEqualTo("DOCX");
    assertThat(json.get("template").isNull()).isTrue();
    assertThat(json.get("findings").get(0).propertyNames()).containsExactly("id", "category",
        "severity", "title", "explanation", "fix", "examples", "points", "arguments");
    assertThat(json.get("findings").get(0).get("id").asString()).isEqualTo(report.findings().get(0).id());
    assertThat(json.get("parsed").get("name").asString()).isEqualTo(report.parsed().name());
    assertThat(json.get("jobMatch").get("missing").get(0).get("name").asString())
        .isEqualTo(report.jobMatch().missing().get(0).name());
    assertThat(json.get("grammar").asString()).isEqualTo("OFF");
    assertThat(json.get("language").asString()).isEqualTo("en");
    assertThat(json.get("jobMatch").get("language").asString()).isEqualTo("en");
  }

  @Test
  void aCriticalFindingCapsTheScore() {
    AtsReport report = checker.checkFile(AtsFixtures.bytes("image-only.pdf"), "scan.pdf", AtsOptions.defaults());
    assertThat(report.score()).isEqualTo(35);
    assertThat(report.findings()).extracting(Finding::id).containsExactly("text.none");
  }

  @Test
  void findingsComeBestFixFirst() {
    String text = """
        Robin Vale
        MY JOURNEY
        I did many things as a team player and I was responsible for my tasks.
        """;
    AtsReport report = checker.checkText(text, AtsOptions.defaults());
    assertThat(report.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(report.findings()).hasSizeGreaterThan(3)
        .isSortedAccordingTo(Comparator.comparingInt(Finding::points).reversed()
            .thenComparing(Finding::severity));
    assertThat(report.findings().get(0).points()).isGreaterThanOrEqualTo(report.findings().get(1).points());
  }

  @Test
  void theSameInputGivesTheSameReport() {
    String posting = "Data Engineer\nRequirements: Python, Kafka, Snowflake, dbt, communication.";
    AtsOptions options = AtsOptions.defaults().withJobDescription(posting);
    AtsReport first = checker.checkFile(AtsFixtures.bytes("two-column.pdf"), "a.pdf", options);
    AtsReport second = checker.checkFile(AtsFixtures.bytes("two-column.pdf"), "a.pdf", options);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void grammarIfReadyNeverWaits() {
    AtsChecker fresh = AtsChecker.create().withClock(AtsFixtures.TODAY);
    long start = System.nanoTime();
    AtsReport report = fresh.checkText("Robin Vale\nSUMMARY\nEngineer with teh best skills.\n",
        AtsOptions.defaults().withGrammar(AtsOptions.Grammar.IF_READY));
    assertThat(report.grammar()).isEqualTo(AtsReport.GrammarStatus.NOT_READY);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
  }

  @Test
  void grammarWaitFindsMisspellingsButKnowsTechnicalTerms() {
    String text = """
        Robin Vale
        robin@example.com
        SUMMARY
        Platform engineer running Kubernetes, Terraform and PostgreSQL for the managment of 40 services.
        """;
    AtsReport report = checker.checkText(text, AtsOptions.defaults().withGrammar(AtsOptions.Grammar.WAIT));
    assertThat(report.grammar()).isEqualTo(AtsReport.GrammarStatus.CHECKED);
    assertThat(report.findings()).filteredOn(f -> f.id().equals("language.spelling")).singleElement()
        .satisfies(f -> assertThat(f.examples()).containsExactly("managment → management"));
  }

  @Test
  void grammarIsNotCheckedForResumesInOtherLanguages() {
    AtsReport report = checker.checkResume(TestResumes.load("greek.json"),
        AtsOptions.defaults().withGrammar(AtsOptions.Grammar.WAIT));
    assertThat(report.grammar()).isEqualTo(AtsReport.GrammarStatus.NOT_ENGLISH);
  }

  @Test
  void filesThatAreNotResumesAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> checker.checkFile(new byte[0], "a.pdf", AtsOptions.defaults()))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.empty"));
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertThatThrownBy(() -> checker.checkFile(ole, "cv.doc", AtsOptions.defaults()))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.type"))
        .hasMessage("cv.doc is an old Word .doc file; save it as .docx or PDF and check that");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    assertThatThrownBy(() -> checker.checkFile(png, "photo.png", AtsOptions.defaults()))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.type"))
        .hasMessageContaining("not a PDF, DOCX or JSON Resume file");
    byte[] badJson = "{\"basics\": ".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> checker.checkFile(badJson, "r.json", AtsOptions.defaults()))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.json"));
  }

  @Test
  void filesOverTheSizeLimitAreRefusedBeforeReading() {
    AtsLimits small = new AtsLimits(10_000, 20, 1 << 20, 100, 10_000, java.time.Duration.ofSeconds(5), 10_000);
    AtsChecker strict = AtsChecker.create(small, ResumeRenderer.create());
    assertThatThrownBy(() -> strict.checkFile(AtsFixtures.bytes("good.pdf"), "big.pdf", AtsOptions.defaults()))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.too-large"))
        .hasMessageContaining("up to 9 KB");
  }
}
