package org.createyourresume.importer.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.ats.parse.Contact;
import org.createyourresume.ats.parse.Dates;
import org.createyourresume.ats.parse.ParsedEntry;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ParsedSection;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.importer.ImportFormat;
import org.createyourresume.importer.ImportResult;
import org.createyourresume.importer.mapping.ResumeMapper;
import org.createyourresume.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * The features that do not depend on a layout: each read from a small made-up entry, set where
 * the entry's text has the shape it looks for and not where it does not.
 */
class SignalTests {

  private static final Layout ONE_COLUMN = new Layout(true, false);

  private static ParsedEntry entry(String first, String second, String dates, List<String> text) {
    return new ParsedEntry(first, second, null, dates == null ? null : Dates.get().find(dates).orElseThrow(), text,
        List.of(), List.of(), false);
  }

  private static ParsedResume resume(String person, ParsedSection... sections) {
    List<ParsedEntry> jobs = java.util.Arrays.stream(sections).filter(s -> s.kind() == SectionKind.EXPERIENCE)
        .flatMap(s -> s.entries().stream()).toList();
    List<ParsedEntry> schools = java.util.Arrays.stream(sections).filter(s -> s.kind() == SectionKind.EDUCATION)
        .flatMap(s -> s.entries().stream()).toList();
    return new ParsedResume(person, null, new Contact("ann@example.com", null, "Leeds, UK", List.of(), List.of(), List.of()),
        null, List.of(sections), jobs, schools, List.of(), List.of());
  }

  private static ParsedSection section(SectionKind kind, String heading, List<String> lines, ParsedEntry... entries) {
    return new ParsedSection(kind, heading, kind != SectionKind.OTHER, false, lines, List.of(entries));
  }

  private static Unit unit(ParsedResume parsed, String pointer) {
    ImportResult mapped = new ResumeMapper().map(parsed, ImportFormat.PDF);
    return Confidence.units(mapped, parsed, ONE_COLUMN).stream().filter(u -> u.pointer().equals(pointer)).findFirst()
        .orElseThrow(() -> new AssertionError("no unit at " + pointer));
  }

  private static List<Problem> flags(ParsedResume parsed) {
    return Confidence.review(new ResumeMapper().map(parsed, ImportFormat.PDF), parsed, ONE_COLUMN).warnings().stream()
        .filter(w -> w.code().equals(Confidence.CODE)).toList();
  }

  @Test
  void anEmployerThatReadsLikeAJobTitleIsARoleAsEmployer() {
    ParsedResume swapped = resume("Ann Smith", section(SectionKind.EXPERIENCE, "Experience",
        List.of("Senior Data Analyst  2020 – 2022"), entry("Senior Data Analyst", null, "2020 – 2022", List.of())));
    assertThat(unit(swapped, "/work/0").value(Signal.ROLE_AS_EMPLOYER)).isEqualTo(1.0);
    ParsedResume right = resume("Ann Smith", section(SectionKind.EXPERIENCE, "Experience",
        List.of("Acme Ltd  Data Analyst  2020 – 2022"), entry("Acme Ltd", "Data Analyst", "2020 – 2022", List.of())));
    assertThat(unit(right, "/work/0").value(Signal.ROLE_AS_EMPLOYER)).isZero();
  }

  @Test
  void aDatedEntryWithNeitherTitleHasNoTitles() {
    ParsedResume bare = resume("Ann Smith", section(SectionKind.EXPERIENCE, "Experience", List.of("2020 – 2022"),
        entry(null, null, "2020 – 2022", List.of())));
    assertThat(unit(bare, "/work/0").value(Signal.NO_TITLES)).isEqualTo(1.0);
    ParsedResume half = resume("Ann Smith", section(SectionKind.EXPERIENCE, "Experience", List.of("Acme Ltd  2020 – 2022"),
        entry("Acme Ltd", null, "2020 – 2022", List.of())));
    assertThat(unit(half, "/work/0").value(Signal.NO_TITLES)).isZero();
  }

  @Test
  void aCustomSectionHeadedLikeAJobIsAnEntryCutOffAsAHeading() {
    ParsedResume cut = resume("Ann Smith", section(SectionKind.OTHER, "Mathematics Teacher",
        List.of("Cedar Ridge High School", "2016 – 2019"), entry("Cedar Ridge High School", null, "2016 – 2019", List.of())));
    assertThat(unit(cut, "/meta/createYourResume/customSections/0").value(Signal.HEADING_IS_ENTRY)).isEqualTo(1.0);
    ParsedResume talks = resume("Ann Smith", section(SectionKind.OTHER, "Talks",
        List.of("Data at scale, PyData Leeds 2023"), entry("Data at scale, PyData Leeds", null, "2023", List.of())));
    assertThat(unit(talks, "/meta/createYourResume/customSections/0").value(Signal.HEADING_IS_ENTRY)).isZero();
  }

  @Test
  void aTitleRepeatingThePersonsNameOrAPageNumberIsFlaggedWhateverItsDoubt() {
    ParsedResume header = resume("Katrin Vogel", section(SectionKind.EXPERIENCE, "Experience",
        List.of("Katrin Vogel  2019 – 2021"), entry("Katrin Vogel", "Engineer", "2019 – 2021", List.of())));
    Unit job = unit(header, "/work/0");
    assertThat(job.value(Signal.RUNNING_HEADER)).isEqualTo(1.0);
    assertThat(job.ruled()).isTrue();
    assertThat(flags(header)).filteredOn(w -> w.pointer().equals("/work/0")).singleElement()
        .satisfies(w -> assertThat(w.message()).contains(Signal.RUNNING_HEADER.reason));
    // the header is where the name belongs
    assertThat(unit(header, "/basics/name").value(Signal.RUNNING_HEADER)).isZero();
    ParsedResume footer = resume("Ann Smith", section(SectionKind.EXPERIENCE, "Experience",
        List.of("Acme Ltd  Page 2 of 3  2019 – 2021"), entry("Acme Ltd", "Curriculum Vitae, Page 2 of 3", "2019 – 2021",
            List.of())));
    assertThat(unit(footer, "/work/0").value(Signal.RUNNING_HEADER)).isEqualTo(1.0);
  }

  @Test
  void datesThatEndBeforeTheyStartAreFlaggedWhateverTheirDoubt() {
    assertThat(Confidence.backwards("2021-03", "2019-06")).isTrue();
    assertThat(Confidence.backwards("2021", "2021-06")).isFalse();
    assertThat(Confidence.backwards("2019-06", "2021")).isFalse();
    assertThat(Confidence.backwards(null, "2019")).isFalse();
    ParsedResume backwards = resume("Ann Smith", section(SectionKind.EXPERIENCE, "Experience",
        List.of("Acme Ltd  Analyst  2022 – 2020"), entry("Acme Ltd", "Analyst", "2022 – 2020", List.of())));
    assertThat(unit(backwards, "/work/0").value(Signal.BACKWARDS)).isEqualTo(1.0);
    assertThat(flags(backwards)).filteredOn(w -> w.pointer().equals("/work/0")).singleElement()
        .satisfies(w -> assertThat(w.message()).contains(Signal.BACKWARDS.reason));
  }

  @Test
  void aCertificateCutInTheWrongPlaceHasASplitName() {
    assertThat(Confidence.splitName("Oracle", "Oracle Certified Associate, Java SE 8 Programmer")).isTrue();
    assertThat(Confidence.splitName("CompTIA A+, CompTIA", null)).isTrue();
    assertThat(Confidence.splitName("AWS Certified Solutions Architect", "Associate, Amazon Web Services")).isTrue();
    assertThat(Confidence.splitName("Texas Educator Certificate", "Mathematics 7-12 Texas Education Agency")).isTrue();
    assertThat(Confidence.splitName("ITIL 4 Foundation", "AXELOS")).isFalse();
    assertThat(Confidence.splitName("AWS Certified Solutions Architect - Associate", "Amazon Web Services")).isFalse();
    assertThat(Confidence.splitName("Certified Scrum Master", null)).isFalse();
  }

  @Test
  void aDescriptionEndingInAListOfShortItemsEndsInAList() {
    assertThat(Confidence.endsInList("Ordering app for the college canteen, used by 1,500 students.\nReact, Node.js, MongoDB"))
        .isTrue();
    assertThat(Confidence.endsInList("Python, TensorFlow")).isTrue();
    assertThat(Confidence.endsInList("Ordering app for the college canteen, used by 1,500 students.")).isFalse();
    assertThat(Confidence.endsInList("Built a shop.\nIt sold books, games and toys to schools across the county.")).isFalse();
    assertThat(Confidence.endsInList(null)).isFalse();
  }

  @Test
  void aSkillGroupWithANameAndNoItemsHasNoItems() {
    List<org.createyourresume.model.Skill> groups = List.of(
        new org.createyourresume.model.Skill("Visualisation", null, List.of(), null),
        new org.createyourresume.model.Skill("Platforms", null, List.of("BigQuery", "Snowflake"), null));
    org.createyourresume.model.Resume r = new org.createyourresume.model.Resume(null, null, null, null, null, null, null,
        null, groups, null, null, null, null, null, null);
    ParsedResume parsed = resume("Ann Smith", section(SectionKind.SKILLS, "Skills",
        List.of("Visualisation", "Platforms: BigQuery, Snowflake")));
    List<Unit> units = Confidence.units(new ImportResult(r, ImportFormat.PDF, List.of()), parsed, ONE_COLUMN);
    assertThat(units).filteredOn(u -> u.pointer().equals("/skills/0")).singleElement()
        .satisfies(u -> assertThat(u.value(Signal.NO_ITEMS)).isEqualTo(1.0));
    assertThat(units).filteredOn(u -> u.pointer().equals("/skills/1")).singleElement()
        .satisfies(u -> assertThat(u.value(Signal.NO_ITEMS)).isZero());
  }

  @Test
  void anItemOfSeveralCapitalisedWordsIsRunTogetherAndAPhraseIsNot() {
    assertThat(Confidence.runTogether("AWS Kubernetes Kafka PostgreSQL")).isTrue();
    assertThat(Confidence.runTogether("Power BI Tableau Looker Studio")).isTrue();
    assertThat(Confidence.runTogether("People management Hiring OKRs Coaching")).isTrue();
    assertThat(Confidence.runTogether("finite element methods")).isFalse();
    assertThat(Confidence.runTogether("Windows Server 2019/2022")).isFalse();
    assertThat(Confidence.runTogether("Python (pandas, scikit-learn)")).isFalse();
    assertThat(Confidence.runTogether("Google Analytics 4")).isFalse();
    assertThat(Confidence.runTogether("Tiếng Việt")).isFalse();
  }
}
