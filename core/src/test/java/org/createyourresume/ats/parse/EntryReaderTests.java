package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.ats.parse.TestLines.bold;
import static org.createyourresume.ats.parse.TestLines.line;
import static org.createyourresume.ats.parse.TestLines.plain;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sixth stage: a section's blocks cut into entries, and each entry's lines sorted. */
class EntryReaderTests {

  private final EntryReader reader = new EntryReader(new EntryLineReader());

  private List<ParsedEntry> entries(boolean styled, SectionKind kind, List<LayoutLine> lines) {
    return reader.entries(new BlockReader().blocks(lines), styled, kind);
  }

  private List<ParsedEntry> plainEntries(SectionKind kind, String... lines) {
    return entries(false, kind, java.util.Arrays.stream(lines).map(t -> LayoutLine.plain(t, 1)).toList());
  }

  /** The lines are set at one pitch, so no gap above a title could tell the entries apart instead. */
  @Test
  void inAStyledDocumentEachBoldLineOpensAnEntry() {
    List<ParsedEntry> jobs = entries(true, SectionKind.EXPERIENCE, List.of(
        line(10, bold("Acme Corp", 40, 120, 100), plain("Jan 2020 – Present", 400, 500, 100)),
        line(10, plain("• Kept the books of four shops", 40, 300, 114)),
        line(10, bold("Globex", 40, 100, 128), plain("2017 – 2019", 440, 500, 128)),
        line(10, plain("• Closed the year a week early", 40, 300, 142))));
    assertThat(jobs).extracting(ParsedEntry::primary).containsExactly("Acme Corp", "Globex");
    assertThat(jobs).extracting(e -> e.dates().text()).containsExactly("Jan 2020 – Present", "2017 – 2019");
    assertThat(jobs.get(1).bullets()).containsExactly("Closed the year a week early");
  }

  @Test
  void inPlainTextADatedLineOpensAnEntryAndALabelledLineIsADetail() {
    List<ParsedEntry> schools = plainEntries(SectionKind.EDUCATION,
        "University of Leeds, BSc Economics, 2015 – 2018",
        "GPA: 3.8",
        "Leeds City College, A levels, 2013 – 2015");
    assertThat(schools).extracting(ParsedEntry::institution).containsExactly("University of Leeds", "Leeds City College");
    assertThat(schools.get(0).details()).containsExactly("GPA: 3.8");
  }

  @Test
  void inPlainTextAShortLineOverTheDatedLineIsItsTitle() {
    List<ParsedEntry> jobs = plainEntries(SectionKind.EXPERIENCE,
        "Acme Corp | Jan 2018 – Feb 2021",
        "- Kept the books of four shops",
        "Senior Software Engineer",
        "Lakeshore Payments | Mar 2021 – Present",
        "- Built the card scoring service");
    assertThat(jobs).hasSize(2);
    assertThat(jobs.get(0).paragraphs()).isEmpty();
    assertThat(jobs.get(1).company()).isEqualTo("Lakeshore Payments");
    assertThat(jobs.get(1).title()).isEqualTo("Senior Software Engineer");
    assertThat(jobs.get(1).bullets()).containsExactly("Built the card scoring service");
  }

  @Test
  void certificatesEachOverALineOfIssuerAndDate() {
    List<ParsedEntry> certificates = plainEntries(SectionKind.CERTIFICATIONS,
        "CompTIA A+", "CompTIA, November 2019", "Certified Kubernetes Administrator", "CNCF, 2021");
    assertThat(certificates).extracting(ParsedEntry::primary)
        .containsExactly("CompTIA A+", "Certified Kubernetes Administrator");
    assertThat(certificates).extracting(ParsedEntry::secondary).containsExactly("CompTIA", "CNCF");
  }

  @Test
  void undatedProjectsInPlainTextOpenWithAShortTitleAfterTheTextBefore() {
    List<ParsedEntry> projects = plainEntries(SectionKind.PROJECTS,
        "Campus Canteen App", "Ordering app for the student canteen.", "Sign Classifier", "Reads road signs from photos.");
    assertThat(projects).extracting(ParsedEntry::primary).containsExactly("Campus Canteen App", "Sign Classifier");
  }
}
