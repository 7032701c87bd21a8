package org.createyourresume.ats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Resume;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture is flagged for exactly its own defect, and the good ones (from Chromium,
 * LibreOffice, a DOCX and our own templates) pass clean: no finding that costs a point.
 */
class AtsFixturesTests {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      good.pdf                        |
      good-libreoffice.pdf            |
      good.docx                       |
      two-column.pdf                  | layout.columns
      table-layout.pdf                | layout.tables
      letter-spaced.pdf               | headings.letter-spaced
      missing-sections.pdf            | sections.missing-education sections.missing-skills
      undated.pdf                     | dates.missing
      pronouns.pdf                    | wording.pronouns
      header-contact.pdf              | contact.header-footer
      header-contact.docx             | contact.header-footer
      header-contact-libreoffice.pdf  | contact.header-footer
      broken-ligatures.pdf            | font.unmapped-glyphs
      image-only.pdf                  | text.none
      text-boxes.docx                 | layout.text-boxes
      """)
  void flaggedForExactlyItsOwnDefect(String file, String expected) {
    AtsReport report = AtsFixtures.checker().checkFile(AtsFixtures.bytes(file), file, AtsOptions.defaults());
    List<String> ids = report.findings().stream()
        .filter(f -> f.severity() != Finding.Severity.INFO)
        .map(Finding::id).sorted().toList();
    List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(" ")).sorted().toList();
    assertThat(ids).as(report.findings().toString()).isEqualTo(want);
    if (want.isEmpty()) {
      assertThat(report.score()).isEqualTo(100);
    } else {
      assertThat(report.score()).isLessThan(100);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"good.pdf", "good-libreoffice.pdf", "good.docx"})
  void goodFilesFromOtherToolsParseIntoTheirFields(String file) {
    AtsReport report = AtsFixtures.checker().checkFile(AtsFixtures.bytes(file), file, AtsOptions.defaults());
    var parsed = report.parsed();
    assertThat(parsed.name()).isEqualTo("Jordan Avery");
    assertThat(parsed.headline()).isEqualTo("Data Engineer");
    assertThat(parsed.contact().email()).isEqualTo("jordan.avery@example.org");
    assertThat(parsed.contact().phone()).isEqualTo("+1 (512) 555-0147");
    assertThat(parsed.contact().location()).isEqualTo("Austin, TX");
    assertThat(parsed.contact().linkedIn()).isEqualTo("linkedin.com/in/jordan-avery-data");
    assertThat(parsed.jobs()).extracting(j -> j.company() + " / " + j.title() + " / " + j.dates().text())
        .containsExactly(
            "Brightline Logistics / Senior Data Engineer / Mar 2021 – Present",
            "Harbor Health Analytics / Data Engineer / Jun 2018 – Feb 2021",
            "Cedar Retail Group / Business Intelligence Analyst / Jul 2016 – May 2018");
    assertThat(parsed.jobs().get(0).bullets()).hasSize(4)
        .first().isEqualTo("Designed a Kafka and Spark streaming pipeline that tracks 2 million parcel events a day"
            + " with under 5 seconds of delay.");
    assertThat(parsed.schools()).singleElement().satisfies(s -> {
      assertThat(s.institution()).isEqualTo("University of Texas at Austin");
      assertThat(s.degree()).isEqualTo("Bachelor of Science, Statistics");
    });
    assertThat(parsed.skills()).contains("Python", "Apache Spark", "AWS (S3, Glue, Lambda)", "Terraform");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void theGoodResumePassesCleanInEveryTemplate(String template) {
    Resume resume = new JsonResumeReader().read(AtsFixtures.text("good.json")).resume();
    resume = resume.withDesign(resume.design().withTemplate(template));
    AtsReport report = AtsFixtures.checker().checkResume(resume, AtsOptions.defaults());
    assertThat(report.differences()).isEmpty();
    assertThat(report.findings()).filteredOn(f -> f.severity() != Finding.Severity.INFO).isEmpty();
    assertThat(report.score()).isEqualTo(100);
    assertThat(report.template()).isEqualTo(template);
  }

  static Stream<Arguments> templates() {
    return ResumeRenderer.create().templates().stream().map(TemplateInfo::id).map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"two-column.pdf"})
  void columnsAreReadOneAfterTheOtherAndTheScrambleIsShown(String file) {
    AtsReport report = AtsFixtures.checker().checkFile(AtsFixtures.bytes(file), file, AtsOptions.defaults());
    Finding columns = report.findings().get(0);
    assertThat(columns.id()).isEqualTo("layout.columns");
    assertThat(columns.examples()).contains("CONTACT SUMMARY");
    assertThat(report.parsed().summary()).startsWith("Data engineer with nine years");
    assertThat(report.parsed().contact().email()).isEqualTo("jordan.avery@example.org");
    assertThat(report.parsed().jobs()).hasSize(3);
  }
}
