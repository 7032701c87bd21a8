package org.createyourresume.importer.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.createyourresume.ats.parse.Contact;
import org.createyourresume.ats.parse.Dates;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.ParsedEntry;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ParsedSection;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.ats.parse.Span;
import org.createyourresume.importer.ImportFormat;
import org.createyourresume.importer.ImportResult;
import org.createyourresume.importer.mapping.ResumeMapper;
import org.createyourresume.model.Problem;
import org.junit.jupiter.api.Test;

class ConfidenceTests {

  private static final Layout ONE_COLUMN = new Layout(true, false);

  private static ParsedEntry job(String company, String title, String place, String dates, List<String> text,
      List<String> bullets) {
    return new ParsedEntry(company, title, place, dates == null ? null : Dates.get().find(dates).orElseThrow(),
        text, bullets, List.of(), false);
  }

  private static ParsedResume resume(List<String> lines, ParsedEntry... jobs) {
    ParsedSection experience = new ParsedSection(SectionKind.EXPERIENCE, "Experience", true, false, lines, List.of(jobs));
    return new ParsedResume("Ann Smith", null, new Contact("ann@example.com", null, "Leeds, UK", List.of(), List.of(), List.of()),
        null, List.of(experience), List.of(jobs), List.of(), List.of(), List.of());
  }

  private static ImportResult review(ParsedResume parsed, Layout layout) {
    return Confidence.review(new ResumeMapper().map(parsed, ImportFormat.PDF), parsed, layout);
  }

  private static List<Problem> flags(ImportResult result) {
    return result.warnings().stream().filter(w -> w.code().equals(Confidence.CODE)).toList();
  }

  @Test
  void aJobReadInFullIsNotFlaggedAndTheReviewSaysNothingOfIt() {
    ParsedResume parsed = resume(List.of("Acme Ltd  Analyst  Boston  2020 – 2022", "Built reports."),
        job("Acme Ltd", "Analyst", "Boston", "2020 – 2022", List.of(), List.of("Built reports.")));
    ImportResult result = review(parsed, ONE_COLUMN);
    assertThat(flags(result)).isEmpty();
    assertThat(result.unsureFields()).isEmpty();
  }

  @Test
  void aJobWithoutDatesOrTitleIsFlaggedSayingWhy() {
    ParsedResume parsed = resume(List.of("Acme Ltd", "Built reports."),
        job("Acme Ltd", null, null, null, List.of(), List.of("Built reports.")));
    ImportResult result = review(parsed, ONE_COLUMN);
    assertThat(flags(result)).filteredOn(w -> w.pointer().equals("/work/0")).singleElement()
        .satisfies(w -> assertThat(w.message()).startsWith("not sure of this job: no dates were found for it"));
    assertThat(result.unsureFields()).contains("/work/0");
  }

  @Test
  void aOneLineDescriptionBesideAMissingPlaceFlagsBothFields() {
    // a stacked layout whose place line fell into the text: "Munich" as the description
    ParsedResume parsed = resume(List.of("Acme GmbH  Engineer  2020 – 2022", "Munich"),
        job("Acme GmbH", "Engineer", null, "2020 – 2022", List.of("Munich"), List.of()));
    ImportResult result = review(parsed, ONE_COLUMN);
    assertThat(result.unsureFields()).contains("/work/0/summary", "/work/0/location").doesNotContain("/work/0");
    assertThat(flags(result)).filteredOn(w -> w.pointer().equals("/work/0/location")).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("one short line, which may be the place"));
  }

  @Test
  void aSectionWithMoreDateRangesThanJobsIsFlaggedAtItsList() {
    ParsedResume parsed = resume(List.of("Acme Ltd  Analyst  2020 – 2022", "Globex  Clerk  2018 – 2020"),
        job("Acme Ltd", "Analyst", null, "2020 – 2022", List.of(), List.of()));
    assertThat(flags(review(parsed, ONE_COLUMN))).extracting(Problem::pointer).contains("/work");
  }

  @Test
  void aSecondDateRangeInsideAJobFlagsTheListForTheJobItSwallowed() {
    ParsedResume parsed = resume(List.of("Acme Ltd  Analyst  2020 – 2022"),
        job("Acme Ltd", "Analyst", null, "2020 – 2022", List.of("Globex", "Sep 2018 – Dec 2019"), List.of()));
    assertThat(flags(review(parsed, ONE_COLUMN))).filteredOn(w -> w.pointer().equals("/work")).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("may have been run into it"));
  }

  @Test
  void aPageInColumnsIsNeverNothingUncertain() {
    ParsedResume parsed = resume(List.of("Acme Ltd  Analyst  Boston  2020 – 2022"),
        job("Acme Ltd", "Analyst", "Boston", "2020 – 2022", List.of(), List.of()));
    ImportResult result = review(parsed, new Layout(true, true));
    assertThat(flags(result)).filteredOn(w -> w.pointer().isEmpty()).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("columns"));
    assertThat(result.warnings()).isNotEmpty();
  }

  @Test
  void aGuessTheMapperAlreadyNamedIsNotRepeated() {
    ParsedResume parsed = resume(List.of("Acme Ltd"), job("Acme Ltd", null, null, null, List.of(), List.of()));
    ImportResult mapped = new ResumeMapper().map(parsed, ImportFormat.PDF);
    // the mapper says the title may be missing, at /work/0/position; the model speaks of the whole job
    assertThat(mapped.unsureFields()).contains("/work/0/position");
    assertThat(Confidence.review(mapped, parsed, ONE_COLUMN).warnings().stream()
        .filter(w -> w.pointer().equals("/work/0/position")).count()).isEqualTo(1);
  }

  @Test
  void doubtIsTheLogisticOfTheWeightedFeatures() {
    Unit bare = new Unit("/work/0", "job", Map.of());
    assertThat(bare.doubt()).isCloseTo(1 / (1 + Math.exp(-Signal.BIAS.weight)), org.assertj.core.data.Offset.offset(1e-9));
    Unit undated = new Unit("/work/0", "job", Map.of(Signal.NO_DATES, 1.0, Signal.KIND_JOB, 1.0));
    assertThat(undated.logOdds()).isCloseTo(Signal.BIAS.weight + Signal.NO_DATES.weight + Signal.KIND_JOB.weight,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(undated.doubt()).isGreaterThan(bare.doubt());
  }

  @Test
  void reasonsNameAtMostTheTwoStrongestFeaturesThatRaiseDoubt() {
    Unit unit = new Unit("/work/0", "job", Map.of(Signal.NO_DATES, 1.0, Signal.MISSING_PART, 1.0,
        Signal.LONG_TITLE, 1.0, Signal.KIND_JOB, 1.0));
    String reasons = Confidence.reasons(unit);
    assertThat(reasons).contains(Signal.NO_DATES.reason, Signal.MISSING_PART.reason)
        .doesNotContain(Signal.LONG_TITLE.reason);
  }

  @Test
  void aUnitsOwnReasonsComeBeforeThoseOfTheWholeDocument() {
    Unit unit = new Unit("/work/0/location", "job's place", Map.of(Signal.COLUMNS, 1.0, Signal.ODD_PLACE, 1.0));
    assertThat(Confidence.reasons(unit)).isEqualTo(Signal.ODD_PLACE.reason);
    Unit onlyDocument = new Unit("/skills/0", "skill group", Map.of(Signal.COLUMNS, 1.0));
    assertThat(Confidence.reasons(onlyDocument)).isEqualTo(Signal.COLUMNS.reason);
  }

  @Test
  void theLayoutTellsColumnsFromTheReadingOrderAndStylesFromTheLines() {
    LayoutLine left1 = line("Experience", 1, 40, 100);
    LayoutLine left2 = line("Acme Ltd", 1, 40, 500);
    LayoutLine right = line("Skills", 1, 400, 100); // the second column, read after the first
    assertThat(Layout.of(List.of(left1, left2, right))).isEqualTo(new Layout(true, true));
    assertThat(Layout.of(List.of(left1, left2))).isEqualTo(new Layout(true, false));
    List<LayoutLine> copied = List.of(LayoutLine.plain("Experience      Skills", 1), LayoutLine.plain("Acme Ltd      Java", 1),
        LayoutLine.plain("Analyst       SQL", 1));
    assertThat(Layout.of(copied)).isEqualTo(new Layout(false, true));
    assertThat(Layout.of(List.of(LayoutLine.plain("Ann Smith", 1)))).isEqualTo(new Layout(false, false));
  }

  private static LayoutLine line(String text, int page, float left, float top) {
    return new LayoutLine(List.of(new Span(text, left, left + 100, false, false, top)), page, left, top, left + 100, 10,
        LayoutLine.Zone.BODY, false, false);
  }

  @Test
  void anEmployerRunIntoItsPlaceWithoutASpaceIsFlagged() {
    // a web page's row of two pieces saved as Word: "Harbour SurveysPlymouth"
    ParsedResume parsed = resume(List.of("Researcher  2020 – 2022", "Harbour SurveysPlymouth"),
        job("Harbour SurveysPlymouth", "Researcher", null, "2020 – 2022", List.of(), List.of()));
    ImportResult result = review(parsed, ONE_COLUMN);
    assertThat(result.unsureFields()).contains("/work/0/name");
    assertThat(Confidence.GLUED.matcher("JavaScript Labs").find()).isFalse();
    assertThat(Confidence.GLUED.matcher("LinkedIn").find()).isFalse();
    assertThat(Confidence.GLUED.matcher("Computer ScienceGPA 3.7").find()).isTrue();
  }

  @Test
  void anEmptyListOfJobsBesideDatesThatReachedNoJobIsAUnitAtTheList() {
    // the experience heading was not recognised: its jobs went to a custom section
    ParsedSection career = new ParsedSection(SectionKind.OTHER, "Where I Have Been", false, false,
        List.of("Acme Ltd  Analyst  2020 – 2022", "Built reports.", "Globex  Clerk  2018 – 2020", "Filed claims."),
        List.of());
    ParsedResume parsed = new ParsedResume("Ann Smith", null, new Contact("ann@example.com", null, "Leeds, UK", List.of(),
        List.of(), List.of()), null, List.of(career), List.of(), List.of(), List.of(), List.of());
    ImportResult mapped = new ResumeMapper().map(parsed, ImportFormat.PDF);
    assertThat(Confidence.units(mapped, parsed, ONE_COLUMN)).filteredOn(u -> u.pointer().equals("/work")).singleElement()
        .satisfies(u -> {
          assertThat(u.value(Signal.EMPTY_WORK)).isEqualTo(1.0);
          assertThat(u.value(Signal.STRAY_DATES)).isEqualTo(1.0);
          assertThat(u.noun()).isEqualTo("list of jobs, which came out empty");
        });
    // flagged as the fitted weights decide; its reasons name the stray dates when they raise it
    Unit unit = new Unit("/work", "list of jobs, which came out empty", Map.of(Signal.STRAY_DATES, 1.0));
    assertThat(Confidence.reasons(unit)).isEqualTo(Signal.STRAY_DATES.weight > 0 ? Signal.STRAY_DATES.reason
        : "files laid out like this one are often read wrongly");
  }

  @Test
  void aFileWithAlmostNothingBelowItsHeaderIsNotFlaggedForTheListsItDoesNotHave() {
    ParsedResume parsed = new ParsedResume("Ann Smith", null, new Contact("ann@example.com", null, "Leeds, UK", List.of(),
        List.of(), List.of()), null, List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(flags(review(parsed, ONE_COLUMN))).isEmpty();
    assertThat(Confidence.units(new ResumeMapper().map(parsed, ImportFormat.PDF), parsed, ONE_COLUMN))
        .extracting(Unit::pointer).doesNotContain("/work", "/education", "/skills");
  }
}
