package org.createyourresume.importer.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.createyourresume.ats.parse.Contact;
import org.createyourresume.ats.parse.Dates;
import org.createyourresume.ats.parse.ParsedEntry;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ParsedSection;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.importer.ImportFormat;
import org.createyourresume.importer.ImportResult;
import org.createyourresume.importer.ResumeImporter;
import org.createyourresume.importer.mapping.ResumeMapper;
import org.createyourresume.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Section flags: a section the import likely read incompletely is flagged at its list, naming
 * what the evidence was, and a section read in full is not.
 */
class SectionCheckTests {

  private static final String HEADER = "Ann Smith\nann@example.com · Leeds, UK\n\n";
  private static final String EXPERIENCE = "EXPERIENCE\nAnalyst | Acme Ltd | Leeds   Jan 2020 – Present\n"
      + "• Built the monthly sales reports.\n\n";

  private static ImportResult importText(String text) {
    return ResumeImporter.create().importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt");
  }

  private static List<Problem> sectionFlags(ImportResult result) {
    return result.warnings().stream().filter(w -> w.code().equals(Confidence.CODE)
        && w.message().startsWith("not sure this section is complete")).toList();
  }

  @Test
  void aResumeReadInFullHasNoSectionFlag() {
    ImportResult result = importText(HEADER + EXPERIENCE + "SKILLS\nSQL, Python, Power BI\n\n"
        + "EDUCATION\nUniversity of Leeds   2015 – 2018\nBSc Mathematics\n");
    assertThat(result.resume().skillList()).isNotEmpty();
    assertThat(sectionFlags(result)).isEmpty();
  }

  @Test
  void aHeadingWithNothingUnderItFlagsItsSectionEvenWhenTheListIsEmpty() {
    ImportResult result = importText(HEADER + EXPERIENCE + "SKILLS\n\nEDUCATION\nUniversity of Leeds   2015 – 2018\n"
        + "BSc Mathematics\n");
    assertThat(result.resume().skillList()).isEmpty();
    assertThat(sectionFlags(result)).singleElement().satisfies(w -> {
      assertThat(w.pointer()).isEqualTo("/skills");
      assertThat(w.message()).contains("the heading \"SKILLS\" was found with nothing under it");
    });
    // the section flag is one of the fields the review marks as guessed
    assertThat(result.unsureFields()).contains("/skills");
  }

  @Test
  void aSkillThatReadsLikeACertificateFlagsItsGroupAndTheCertificates() {
    ImportResult result = importText(HEADER + EXPERIENCE
        + "SKILLS\nSQL, Python, AWS Certified Cloud Practitioner\n");
    assertThat(result.unsureFields()).contains("/skills/0", "/certificates");
    assertThat(result.warnings()).filteredOn(w -> w.pointer().equals("/certificates")).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("\"AWS Certified Cloud Practitioner\" was read as a skill"));
  }

  private static ParsedEntry entry(String company, String title, String dates, List<String> text) {
    return new ParsedEntry(company, title, null, dates == null ? null : Dates.get().find(dates).orElseThrow(), text,
        List.of(), List.of(), false);
  }

  private static ImportResult review(List<ParsedSection> sections, List<ParsedEntry> jobs) {
    ParsedResume parsed = new ParsedResume("Ann Smith", null,
        new Contact("ann@example.com", null, "Leeds, UK", List.of(), List.of(), List.of()), null, sections, jobs, List.of(),
        List.of(), List.of());
    return Confidence.review(new ResumeMapper().map(parsed, ImportFormat.PDF), parsed, new Layout(true, false));
  }

  @Test
  void aLineOfASectionThatReachedNoEntryFlagsTheSection() {
    ParsedEntry acme = entry("Acme Ltd", "Analyst", "2020 – 2022", List.of());
    ParsedSection experience = new ParsedSection(SectionKind.EXPERIENCE, "Experience", true, false,
        List.of("Acme Ltd  Analyst  2020 – 2022", "Greyfriars Brewery warehouse night shifts"), List.of(acme));
    assertThat(sectionFlags(review(List.of(experience), List.of(acme)))).singleElement().satisfies(w -> {
      assertThat(w.pointer()).isEqualTo("/work");
      assertThat(w.message()).contains("the line \"Greyfriars Brewery warehouse night shifts\" under \"Experience\""
          + " is in none of its entries");
    });
  }

  @Test
  void aCustomSectionWithDatesRightAfterTheJobsFlagsTheJobs() {
    // a job title set as large as a heading, read as a section of its own after the first job
    ParsedEntry acme = entry("Acme Ltd", "Analyst", "2020 – 2022", List.of());
    ParsedSection experience = new ParsedSection(SectionKind.EXPERIENCE, "Employment", true, false,
        List.of("Acme Ltd  Analyst  2020 – 2022"), List.of(acme));
    ParsedSection title = new ParsedSection(SectionKind.OTHER, "Service Desk Technician", false, false,
        List.of("Pennine Print Group", "Sep 2019 – Dec 2021"), List.of(entry("Pennine Print Group", null,
            "Sep 2019 – Dec 2021", List.of())));
    assertThat(sectionFlags(review(List.of(experience, title), List.of(acme))))
        .filteredOn(w -> w.pointer().equals("/work")).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("\"Service Desk Technician\", was not recognised and holds"
            + " 1 date range"));
  }

  @Test
  void aJobWhoseDescriptionStartsInLowerCaseIsFlagged() {
    ParsedEntry acme = entry("Acme Ltd", "Analyst", "2020 – 2022", List.of("payments a day."));
    ParsedSection experience = new ParsedSection(SectionKind.EXPERIENCE, "Experience", true, false,
        List.of("Acme Ltd  Analyst  2020 – 2022", "payments a day."), List.of(acme));
    assertThat(review(List.of(experience), List.of(acme)).warnings()).filteredOn(w -> w.pointer().equals("/work/0"))
        .anySatisfy(w -> assertThat(w.message()).isEqualTo("not sure of this job: its description starts in lower case,"
            + " so it may be the end of a line above; check it against the file"));
  }

  @Test
  void spokenLanguagesInTheSkillsBlockAreNotLostFromIt() {
    ImportResult result = importText(HEADER + EXPERIENCE
        + "TECHNICAL SKILLS\nLanguages: Python, R\nSpoken Languages: English (Fluent), Tamil (Native)\n");
    assertThat(result.resume().languageList()).hasSize(2);
    assertThat(sectionFlags(result)).isEmpty();
  }

  @Test
  void aSummaryReadAsParagraphsThatEachEndASentenceIsFlagged() {
    ImportResult result = importText(HEADER + "SUMMARY\nAnalyst with five years in retail data.\n\n"
        + "Comfortable from the SQL query to the board slide.\n\n" + EXPERIENCE);
    assertThat(result.resume().basicsOrEmpty().summary()).contains("\n");
    assertThat(result.unsureFields()).contains("/basics/summary");
  }
}
