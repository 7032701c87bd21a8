package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.ats.parse.TestLines.bold;
import static org.createyourresume.ats.parse.TestLines.line;
import static org.createyourresume.ats.parse.TestLines.plain;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The last stage: the fields of an entry from its title line and the lines under it. */
class EntryLineReaderTests {

  private final EntryLineReader reader = new EntryLineReader();

  private static Block block(LayoutLine line) {
    return new BlockReader().blocks(List.of(line)).get(0);
  }

  private static Block plainBlock(String text) {
    return block(LayoutLine.plain(text, 1));
  }

  @Test
  void aBoldNameWithItsDatesAtTheRight() {
    Draft d = reader.titleLine(block(line(10, bold("Acme Corp", 40, 120, 100), plain("Jan 2020 – Present", 400, 500, 100))),
        SectionKind.EXPERIENCE);
    assertThat(d.primary).isEqualTo("Acme Corp");
    assertThat(d.secondary).isNull();
    assertThat(d.dates.text()).isEqualTo("Jan 2020 – Present");
  }

  @Test
  void aTitleAtAnEmployerIsTheRoleThenTheEmployer() {
    Draft d = reader.titleLine(plainBlock("Senior Engineer at Acme Ltd"), SectionKind.EXPERIENCE);
    assertThat(d.primary).isEqualTo("Acme Ltd");
    assertThat(d.secondary).isEqualTo("Senior Engineer");
  }

  @Test
  void plainTextPiecesSplitAtBarsIntoPrimarySecondaryAndPlace() {
    Draft d = reader.titleLine(plainBlock("Acme | Analyst | Leeds | Jan 2020 – Present"), SectionKind.EXPERIENCE);
    assertThat(d.primary).isEqualTo("Acme");
    assertThat(d.secondary).isEqualTo("Analyst");
    assertThat(d.location).isEqualTo("Leeds");
    assertThat(d.dates.text()).isEqualTo("Jan 2020 – Present");
  }

  @Test
  void aCertificatesLevelAfterADashIsPartOfItsName() {
    Draft d = reader.titleLine(plainBlock("AWS Certified Solutions Architect – Associate"), SectionKind.CERTIFICATIONS);
    assertThat(d.primary).isEqualTo("AWS Certified Solutions Architect – Associate");
    assertThat(d.secondary).isNull();
  }

  @Test
  void theLineUnderAStackedTitleGivesTheRoleAndThePlace() {
    Draft d = reader.titleLine(block(line(10, bold("Acme Corp", 40, 120, 100), plain("Jan 2020 – Present", 400, 500, 100))),
        SectionKind.EXPERIENCE);
    EntryLineReader.Subline sub = reader.subline(block(line(10, plain("Data Analyst", 40, 110, 114),
        plain("Leeds, UK", 440, 500, 114))), d);
    assertThat(sub).isEqualTo(EntryLineReader.Subline.ROLE);
    assertThat(d.secondary).isEqualTo("Data Analyst");
    assertThat(d.location).isEqualTo("Leeds, UK");
  }

  @Test
  void aLineOfDatesUnderATitleWithItsRoleGivesTheDatesAndThePlace() {
    Draft d = reader.titleLine(block(line(10, bold("Senior Analyst | Kiezwerk", 40, 200, 100))), SectionKind.EXPERIENCE);
    EntryLineReader.Subline sub = reader.datesLine(plainBlock("03/2021 – Present · Berlin"), d);
    assertThat(sub).isEqualTo(EntryLineReader.Subline.DATES);
    assertThat(d.dates.text()).isEqualTo("03/2021 – Present");
    assertThat(d.location).isEqualTo("Berlin");
  }

  @Test
  void aJobsRoleReadFirstIsPutAfterItsEmployer() {
    Draft d = reader.titleLine(plainBlock("Data Analyst, Brightpath Software"), SectionKind.EXPERIENCE);
    ParsedEntry job = d.build(SectionKind.EXPERIENCE);
    assertThat(job.company()).isEqualTo("Brightpath Software");
    assertThat(job.title()).isEqualTo("Data Analyst");
  }
}
