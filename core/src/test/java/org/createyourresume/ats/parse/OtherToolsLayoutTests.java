package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.ats.parse.TestLines.bold;
import static org.createyourresume.ats.parse.TestLines.line;
import static org.createyourresume.ats.parse.TestLines.plain;

import java.util.ArrayList;
import java.util.List;
import org.createyourresume.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Layout patterns of other tools' resumes (HTML themes printed by a browser, word processors, a
 * browser's copy of a page), each in its smallest form: what the parser must make of it.
 */
class OtherToolsLayoutTests {

  private final ResumeParser parser = new ResumeParser();

  /** One line of a test page: its type size, whether it is bold, its text. */
  private record Row(float size, boolean bold, String text) {}

  private static Row row(float size, boolean bold, String text) {
    return new Row(size, bold, text);
  }

  /** A name, a contact line, then {@code body}, each row below the one before. */
  private ParsedResume parse(List<Row> body) {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Katrin Vogel", 40, 200, 40)));
    lines.add(line(10, plain("katrin.vogel@example.de | +49 151 2345 6789", 40, 300, 70)));
    float top = 100;
    for (Row row : body) {
      top += row.size() + 6;
      float right = 40 + row.text().length() * 5;
      lines.add(line(row.size(), row.bold() ? bold(row.text(), 40, right, top) : plain(row.text(), 40, right, top)));
    }
    return parser.parse(lines);
  }

  @Test
  void aBareWorkHeadingLargeJobTitlesAndHighlightsLabels() {
    ParsedResume r = parse(List.of(
        row(16, true, "Work"),
        row(13, true, "Head of Engineering"),
        row(10, false, "Isartal Automation GmbH · Munich · 2021-04-01 — Present"),
        row(11, true, "Highlights"),
        row(10, false, "• Lead 25 engineers in three teams."),
        row(13, true, "Engineering Manager"),
        row(10, false, "Nordwerk Systems AG · Stuttgart · 2017-01-01 — 2021-03-01"),
        row(11, true, "Highlights"),
        row(10, false, "• Managed two teams of eight."),
        row(16, true, "Schools"),
        row(13, true, "Technische Universität Darmstadt"),
        row(10, false, "Diplom · Informatik"),
        row(10, false, "2004-10-01 — 2010-09-01 · Note 1,7")));
    assertThat(r.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.EXPERIENCE, SectionKind.EDUCATION);
    assertThat(r.summary()).isNull();
    assertThat(r.jobs()).extracting(ParsedEntry::company).containsExactly("Isartal Automation GmbH", "Nordwerk Systems AG");
    assertThat(r.jobs()).extracting(ParsedEntry::title).containsExactly("Head of Engineering", "Engineering Manager");
    assertThat(r.jobs()).extracting(ParsedEntry::location).containsExactly("Munich", "Stuttgart");
    assertThat(r.jobs().get(0).dates().start()).isEqualTo(new PartialDate(2021, 4, 1));
    assertThat(r.jobs().get(0).bullets()).containsExactly("Lead 25 engineers in three teams.");
    assertThat(r.jobs().get(0).paragraphs()).isEmpty();
    ParsedEntry school = r.schools().get(0);
    assertThat(school.institution()).isEqualTo("Technische Universität Darmstadt");
    assertThat(school.dates().end()).isEqualTo(new PartialDate(2010, 9, 1));
  }

  @Test
  void aHeadingInALeftGutterBesideItsFirstLine() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Jordan Alvarez", 40, 200, 40)));
    lines.add(line(10, plain("jordan.alvarez@example.org", 40, 200, 70)));
    lines.add(line(10, bold("PROFILE", 40, 90, 100), plain("Mathematics teacher with eight years in grades 9 to 12.", 150, 500, 100)));
    lines.add(line(10, bold("EMPLOYMENT", 40, 110, 130), bold("Mathematics Teacher", 150, 260, 130),
        plain("Aug 2019 – Present", 450, 540, 130)));
    lines.add(line(10, plain("Cedar Ridge High School", 150, 280, 144)));
    ParsedResume r = parser.parse(lines);
    assertThat(r.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.SUMMARY, SectionKind.EXPERIENCE);
    assertThat(r.summary()).isEqualTo("Mathematics teacher with eight years in grades 9 to 12.");
    assertThat(r.jobs()).singleElement().satisfies(job -> {
      assertThat(job.title()).isEqualTo("Mathematics Teacher");
      assertThat(job.company()).isEqualTo("Cedar Ridge High School");
    });
  }

  @Test
  void aLongHeadingThatFillsItsGutterStillStandsApartFromItsFirstLine() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Rahul Verma", 40, 200, 40)));
    lines.add(line(10, plain("rahul.verma@example.in", 40, 200, 70)));
    lines.add(line(11, bold("SKILLS", 40, 85, 100), plain("Languages: Java, Python", 150, 300, 100)));
    lines.add(line(11, bold("CERTIFICATIONS", 40, 141, 130),
        plain("NPTEL Data Structures and Algorithms, NPTEL (Nov 2022)", 152, 420, 130)));
    ParsedResume r = parser.parse(lines);
    assertThat(r.sections()).extracting(ParsedSection::kind)
        .containsExactly(SectionKind.SKILLS, SectionKind.CERTIFICATIONS);
    assertThat(r.sections().get(0).lines()).containsExactly("Languages: Java, Python");
  }

  @Test
  void plainCertificateLinesThatEachCarryADateAreOneCertificateEach() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Megan Hughes", 40, 200, 40)));
    lines.add(line(10, plain("megan.hughes@example.co.uk", 40, 200, 70)));
    lines.add(line(10, plain("Second-line support analyst who keeps 600 users working across three offices.", 40, 520, 84)));
    lines.add(line(11, bold("CERTIFICATIONS", 40, 141, 100)));
    lines.add(line(10, plain("CompTIA A+, CompTIA (Nov 2019)", 40, 220, 116)));
    lines.add(line(10, plain("ITIL 4 Foundation, AXELOS (Apr 2021)", 40, 240, 130)));
    ParsedResume r = parser.parse(lines);
    ParsedSection certificates = r.sections().get(0);
    assertThat(certificates.kind()).isEqualTo(SectionKind.CERTIFICATIONS);
    assertThat(certificates.entries()).extracting(ParsedEntry::primary).containsExactly("CompTIA A+", "ITIL 4 Foundation");
    assertThat(certificates.entries()).extracting(e -> e.dates().start().year()).containsExactly(2019, 2021);
  }

  @Test
  void undatedProjectTitlesSetLargerThanTheHeadingsAreEntriesNotSections() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Jane Roe", 40, 200, 40)));
    lines.add(line(10, plain("jane.roe@example.com", 40, 200, 70)));
    lines.add(line(10.5f, bold("PROJECTS", 40, 100, 100)));
    lines.add(line(15, bold("Library Seat Finder", 40, 220, 120)));
    lines.add(line(9.5f, plain("Web app that shows free seats in the campus library.", 40, 400, 138)));
    lines.add(line(9.5f, plain("Vue, Flask, SQLite", 40, 140, 152)));
    lines.add(line(15, bold("Bird Song Recogniser", 40, 230, 172)));
    lines.add(line(9.5f, plain("Model that names 20 local birds from a phone recording.", 40, 420, 190)));
    lines.add(line(10.5f, bold("SKILLS", 40, 90, 220)));
    lines.add(line(9.5f, plain("Java, Python", 40, 120, 238)));
    ParsedResume r = parser.parse(lines);
    assertThat(r.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.PROJECTS, SectionKind.SKILLS);
    assertThat(r.sections().get(0).entries()).extracting(ParsedEntry::primary)
        .containsExactly("Library Seat Finder", "Bird Song Recogniser");
  }

  @Test
  void certificatesWithoutWeightEachCloseWithTheirDatedLine() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Jane Roe", 40, 200, 40)));
    lines.add(line(10, plain("jane.roe@example.com", 40, 200, 70)));
    lines.add(line(10, plain("Support analyst for a housing association's 600 users in three offices.", 40, 520, 84)));
    lines.add(line(11, bold("CERTIFICATIONS", 40, 141, 100)));
    lines.add(line(10, plain("Network Basics", 40, 120, 116)));
    lines.add(line(10, plain("Northwind Academy, November 2019", 40, 220, 128)));
    lines.add(line(10, plain("Cloud Data: Analyst Associate", 40, 200, 143)));
    lines.add(line(10, plain("Contoso, February 2023", 40, 170, 155)));
    lines.add(line(10, plain("Service Desk Foundation (2016)", 40, 200, 170)));
    ParsedResume r = parser.parse(lines);
    ParsedSection certificates = r.sections().get(0);
    assertThat(certificates.entries()).extracting(ParsedEntry::primary)
        .containsExactly("Network Basics", "Cloud Data: Analyst Associate", "Service Desk Foundation");
    assertThat(certificates.entries()).extracting(ParsedEntry::secondary).containsExactly("Northwind Academy", "Contoso", null);
    assertThat(certificates.entries()).extracting(e -> e.dates().start().year()).containsExactly(2019, 2023, 2016);
  }

  @Test
  void skillGroupsSetSideBySideAndReadRowByRowKeepEachColumnUnderItsName() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Jane Roe", 40, 200, 40)));
    lines.add(line(10, plain("jane.roe@example.com | +1 512 555 0100 | Austin, TX", 40, 400, 70)));
    lines.add(line(11.5f, bold("SKILLS", 40, 86, 100)));
    lines.add(line(10, bold("Teaching", 40, 78, 119), bold("Technology", 221, 270, 119)));
    lines.add(line(10, plain("Lesson planning", 40, 120, 132), plain("Whiteboard apps", 221, 300, 132)));
    lines.add(line(10, plain("Peer tutoring", 40, 110, 144), plain("Quiz builders", 221, 290, 144)));
    lines.add(line(10, plain("Gradebooks", 221, 275, 156)));
    ParsedResume r = parser.parse(lines);
    assertThat(r.sections().get(0).lines()).containsExactly(
        "Teaching: Lesson planning, Peer tutoring", "Technology: Whiteboard apps, Quiz builders, Gradebooks");
  }

  @Test
  void aGroupsSkillsOneToALineStayApartWhenTheirLinesRunTogether() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Jane Roe", 40, 200, 40)));
    lines.add(line(10, plain("jane.roe@example.com | +1 512 555 0100 | Austin, TX", 40, 400, 70)));
    lines.add(line(11.5f, bold("SKILLS", 40, 86, 100)));
    lines.add(line(10, bold("Analysis", 40, 76, 119)));
    lines.add(line(10, plain("SQL", 40, 59, 133)));
    lines.add(line(10, plain("Python", 40, 68, 145)));
    lines.add(line(10, plain("pandas", 40, 68, 157)));
    lines.add(line(10, plain("matplotlib", 40, 80, 169)));
    lines.add(line(11.5f, bold("LANGUAGES", 40, 100, 195)));
    lines.add(line(10, plain("English — Native", 40, 120, 212)));
    ParsedResume r = parser.parse(lines);
    assertThat(r.sections().get(0).lines()).containsExactly("Analysis: SQL, Python, pandas, matplotlib");
  }

  @Test
  void iconFontGlyphsDoNotStickToTheText() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Megan Hughes", 40, 200, 40)));
    lines.add(line(10, plain("\uF3C5 Leeds, UK", 40, 120, 70), plain("\uF095 +44 7700 900123", 160, 260, 70),
        plain("\uF0E0 megan.hughes@example.co.uk", 300, 460, 70)));
    lines.add(line(14, bold("\uF007 EXPERIENCE", 40, 140, 100)));
    lines.add(line(10, bold("IT Support Analyst", 40, 150, 120), plain("Jan 2021 – Present", 450, 540, 120)));
    ParsedResume r = parser.parse(lines);
    assertThat(r.contact().email()).isEqualTo("megan.hughes@example.co.uk");
    assertThat(r.contact().location()).isEqualTo("Leeds, UK");
    assertThat(r.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.EXPERIENCE);
  }

  @Test
  void anIconGlyphWithNoCharacterMappedIsNotPartOfThePlace() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Megan Hughes", 40, 200, 40)));
    lines.add(line(10, plain("\u0000 Harrogate, North Yorkshire, United Kingdom", 40, 230, 70),
        plain("\u0000 megan.hughes@example.co.uk", 300, 460, 70)));
    lines.add(line(14, bold("EXPERIENCE", 40, 140, 100)));
    lines.add(line(10, bold("IT Support Analyst", 40, 150, 120), plain("Jan 2021 – Present", 450, 540, 120)));
    ParsedResume r = parser.parse(lines);
    assertThat(r.contact().location()).isEqualTo("Harrogate, North Yorkshire, United Kingdom");
    assertThat(r.contact().email()).isEqualTo("megan.hughes@example.co.uk");
  }

  @Test
  void skillGroupsNamedInBoldOverUnlabelledLines() {
    ParsedResume r = parse(List.of(
        row(16, true, "Skills"),
        row(10, true, "Systems"),
        row(10, false, "Windows 10/11"),
        row(10, false, "Microsoft Intune"),
        row(10, true, "Networking"),
        row(10, false, "DHCP"),
        row(10, false, "DNS")));
    assertThat(r.sections()).singleElement().satisfies(s -> assertThat(s.lines())
        .containsExactly("Systems: Windows 10/11, Microsoft Intune", "Networking: DHCP, DNS"));
  }

  @Test
  void skillGroupsSetAsHeadingsLikeTheirSectionAreGroupsWhenEachHoldsOneLine() {
    // a web page converted to Word: the section and its groups all in heading styles of one size
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(docx("Ananya Krishnan", 20, true));
    lines.add(docx("ananya.k@example.in", 10, false));
    lines.add(docx("Tech", 12, true));
    lines.add(docx("Analysis", 12, true));
    lines.add(docx("SQL, Python, pandas", 10, false));
    lines.add(docx("Platforms", 12, true));
    lines.add(docx("BigQuery, Snowflake", 10, false));
    lines.add(docx("Certificates", 12, true));
    lines.add(docx("Google Data Analytics Professional Certificate", 10, false));
    ParsedResume r = parser.parse(lines);
    assertThat(r.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.SKILLS, SectionKind.CERTIFICATIONS);
    assertThat(r.sections().get(0).lines()).containsExactly("Analysis: SQL, Python, pandas", "Platforms: BigQuery, Snowflake");
  }

  @Test
  void aSmallSkillGroupHeadingOverBulletedSkillsIsAGroupNotASection() {
    // Word sets a group's skills one to a bulleted line under a heading a level down
    ParsedResume r = parser.parse(wordPage(
        docx("Skills", 11.5f, true),
        docx("Teaching", 10.35f, true),
        bullet("Differentiated instruction"),
        bullet("Formative assessment"),
        docx("Languages", 10.35f, true),
        bullet("Spanish"),
        docx("Summary", 11.5f, true),
        bullet("Led the department's move to standards-based grading across four grades.")));
    assertThat(r.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.SKILLS, SectionKind.SUMMARY);
    assertThat(r.sections().get(0).lines())
        .containsExactly("Teaching: Differentiated instruction, Formative assessment", "Languages: Spanish");
  }

  @Test
  void entriesWhoseTitlesLostTheirWeightInWordAreToldApartByTheirDates() {
    // a web page saved as Word: headings keep their style, the entries' titles are plain paragraphs
    ParsedResume r = parser.parse(wordPage(
        docx("Experience", 11.5f, true),
        docx("Cedar Ridge High School", 10, false),
        docx("Mathematics Teacher, August 2019 - Current", 10, false),
        bullet("Teach Algebra II and AP Calculus AB to 150 students a year."),
        bullet("Chair the mathematics department's curriculum team."),
        docx("Pflugerville Middle School", 10, false),
        docx("Mathematics Teacher, August 2016 - June 2019", 10, false),
        bullet("Taught grade 8 mathematics.")));
    assertThat(r.jobs()).extracting(ParsedEntry::company)
        .containsExactly("Cedar Ridge High School", "Pflugerville Middle School");
    assertThat(r.jobs()).extracting(e -> e.bullets().size()).containsExactly(2, 1);
  }

  @Test
  void certificatesSetAsABulletedListAreOneToABullet() {
    ParsedResume r = parser.parse(wordPage(
        docx("Certifications", 11, true),
        bullet("NMC Registration, 2018"),
        bullet("Immediate Life Support, 2023")));
    assertThat(r.section(SectionKind.CERTIFICATIONS)).get().satisfies(s -> assertThat(s.entries())
        .extracting(ParsedEntry::primary).containsExactly("NMC Registration", "Immediate Life Support"));
  }

  /** A Word file's page: a name in a heading style, a contact line, then {@code body}. */
  private static List<LayoutLine> wordPage(LayoutLine... body) {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(docx("Jordan Alvarez", 24, true));
    lines.add(docx("jordan.alvarez@example.org", 10, false));
    lines.addAll(List.of(body));
    return lines;
  }

  private static LayoutLine bullet(String text) {
    return new LayoutLine(List.of(new Span(text, 0, 0, false, false, 0)), 1, 0, 0, 0, 10, LayoutLine.Zone.BODY,
        true, false);
  }

  private static LayoutLine docx(String text, float size, boolean heading) {
    return new LayoutLine(List.of(new Span(text, 0, 0, heading, false, 0)), 1, 0, 0, 0, size, LayoutLine.Zone.BODY,
        false, heading);
  }

  @Test
  void skillsSetApartByAGapAreSeparateItemsButALabelKeepsItsList() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Daniel Okafor", 40, 200, 40)));
    lines.add(line(10, plain("daniel.okafor@example.com", 40, 200, 70)));
    lines.add(line(14, bold("Skills", 40, 90, 100)));
    lines.add(line(10, plain("Java", 40, 60, 120), plain("Go", 80, 92, 120), plain("Kafka", 112, 140, 120)));
    lines.add(line(10, bold("Languages", 40, 90, 134), plain(": Go, Java, SQL", 91, 160, 134)));
    ParsedResume r = parser.parse(lines);
    assertThat(r.sections()).singleElement().satisfies(s -> assertThat(s.lines())
        .containsExactly("Java, Go, Kafka", "Languages: Go, Java, SQL"));
  }

  @Test
  void titleAtEmployerAndACertificateLevel() {
    ParsedResume r = parser.parseText("""
        Grace Whitfield
        grace@example.co.uk
        EXPERIENCE
        Staff Nurse at Leeds Teaching Hospitals NHS Trust | Leeds   May 2021 – Present
        • Cared for 28 patients a shift.
        CERTIFICATIONS
        AWS Certified Solutions Architect - Associate
        """);
    assertThat(r.jobs()).singleElement().satisfies(job -> {
      assertThat(job.title()).isEqualTo("Staff Nurse");
      assertThat(job.company()).isEqualTo("Leeds Teaching Hospitals NHS Trust");
      assertThat(job.location()).isEqualTo("Leeds");
    });
    ParsedSection certificates = r.sections().get(1);
    assertThat(certificates.entries()).singleElement()
        .satisfies(c -> assertThat(c.primary()).isEqualTo("AWS Certified Solutions Architect - Associate"));
  }

  @Test
  void plainTextTitleAboveItsDatedLineAndADegreeOverItsDates() {
    ParsedResume r = parser.parseText("""
        Daniel Okafor
        daniel.okafor@example.com
        Work
        Senior Software Engineer
        Lakeshore Payments · Chicago, IL · 2021-03-01 — Present
        • Designed the ledger service.
        Software Engineer
        Brightline Logistics · Milwaukee, WI · 2017-06-01 — 2021-02-01
        • Built the shipment tracking API.
        Schools
        University of Wisconsin-Madison
        Bachelor of Science · Computer Science
        2011-09-01 — 2015-05-01 · GPA 3.7
        """);
    assertThat(r.jobs()).extracting(ParsedEntry::title).containsExactly("Senior Software Engineer", "Software Engineer");
    assertThat(r.jobs()).extracting(ParsedEntry::company).containsExactly("Lakeshore Payments", "Brightline Logistics");
    assertThat(r.jobs()).extracting(ParsedEntry::location).containsExactly("Chicago, IL", "Milwaukee, WI");
    assertThat(r.jobs().get(0).bullets()).containsExactly("Designed the ledger service.");
    assertThat(r.schools()).singleElement().satisfies(s -> {
      assertThat(s.institution()).isEqualTo("University of Wisconsin-Madison");
      assertThat(s.degree()).isEqualTo("Bachelor of Science · Computer Science");
      assertThat(s.dates().start()).isEqualTo(new PartialDate(2011, 9, 1));
    });
  }

  @Test
  void aCustomSectionSetLikeTheOthersStaysASection() {
    ParsedResume r = parse(List.of(
        row(16, true, "EXPERIENCE"),
        row(11, true, "Analyst, Northwind Traders"),
        row(10, false, "Jan 2020 – Present"),
        row(16, true, "PATENTS GRANTED"),
        row(11, true, "Composite anode with graded silicon content"),
        row(10, false, "US 11,482,907 B2 · 2022")));
    assertThat(r.jobs()).hasSize(1);
    assertThat(r.sections()).extracting(ParsedSection::heading).containsExactly("EXPERIENCE", "PATENTS GRANTED");
  }

  @Test
  void aTimelineSetsTheDatesOverEachBoldTitleAndTheEmployerWithItsPlaceUnder() {
    ParsedResume r = parse(List.of(
        row(10.5f, true, "WORK EXPERIENCE"),
        row(8, false, "Aug 2019 – Present"),
        row(10, true, "Mathematics Teacher"),
        row(8.8f, false, "Cedar Ridge High School | Austin, TX"),
        row(8.8f, false, "• Teach Algebra II to 150 students a year."),
        row(8, false, "Aug 2016 – Jun 2019"),
        row(10, true, "Science Teacher"),
        row(8.8f, false, "Pflugerville Middle School | Pflugerville, TX"),
        row(10.5f, true, "EDUCATION"),
        row(8, false, "Jan 2018 – May 2020"),
        row(10, true, "Master of Education"),
        row(8.8f, false, "Texas State University")));
    assertThat(r.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.EXPERIENCE, SectionKind.EDUCATION);
    assertThat(r.jobs()).extracting(ParsedEntry::title).containsExactly("Mathematics Teacher", "Science Teacher");
    assertThat(r.jobs()).extracting(ParsedEntry::company).containsExactly("Cedar Ridge High School", "Pflugerville Middle School");
    assertThat(r.jobs()).extracting(ParsedEntry::location).containsExactly("Austin, TX", "Pflugerville, TX");
    assertThat(r.jobs().get(1).dates().end()).isEqualTo(new PartialDate(2019, 6, 0));
    assertThat(r.jobs().get(0).bullets()).containsExactly("Teach Algebra II to 150 students a year.");
    assertThat(r.schools()).hasSize(1);
    assertThat(r.schools().get(0).institution()).isEqualTo("Texas State University");
    assertThat(r.schools().get(0).dates().start()).isEqualTo(new PartialDate(2018, 1, 0));
  }

  @Test
  void aMonogramBeforeTheNameAndContactLabelsOverTheirValuesAreNotText() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("JA", 40, 60, 40), bold("Jordan Alvarez", 90, 250, 40)));
    lines.add(line(11, plain("High School Mathematics Teacher", 90, 250, 62)));
    lines.add(line(10.5f, bold("CONTACT", 400, 460, 130)));
    lines.add(line(8, bold("Phone", 400, 430, 150)));
    lines.add(line(8.8f, plain("(512) 555-0168", 400, 470, 160)));
    lines.add(line(8, bold("Address", 400, 435, 175)));
    lines.add(line(8.8f, plain("Austin, TX", 400, 445, 185)));
    ParsedResume r = parser.parse(lines);
    assertThat(r.name()).isEqualTo("Jordan Alvarez");
    assertThat(r.contact().phone()).isEqualTo("(512) 555-0168");
    assertThat(r.contact().location()).isEqualTo("Austin, TX");
    // initials that are not the name's stay: "AJ" is not Jordan Alvarez's monogram
    assertThat(HeadingReader.withoutMonogram("AJ Jordan Alvarez")).isEqualTo("AJ Jordan Alvarez");
    assertThat(HeadingReader.withoutMonogram("JORDAN ALVAREZ")).isEqualTo("JORDAN ALVAREZ");
  }

  @Test
  void anAwesomeCvPageSetsThePlaceAtTheRightOfTheEmployerAndLabelsBesideTheirLists() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(30, plain("Megan", 190, 260, 40), bold("Hughes", 265, 400, 40)));
    lines.add(line(9, plain("I T", 230, 245, 80), plain("S U P P O R T  A N A L Y S T", 255, 360, 80)));
    lines.add(line(8.5f, plain("megan.hughes@example.co.uk | 07700 900418 | Leeds, West Yorkshire", 60, 530, 92)));
    lines.add(line(14, bold("Experience", 48, 120, 120)));
    // the place is bold like the employer: only the gap sets it apart
    lines.add(line(10.5f, bold("Aire Valley Housing", 48, 160, 140), bold("Leeds", 520, 547, 140)));
    lines.add(line(9, new Span("IT Support Analyst", 48, 140, false, true, 152),
        new Span("Jan. 2022 - Present", 470, 547, false, true, 152)));
    lines.add(line(9.5f, plain("• Resolve 35 tickets a day on average.", 62, 300, 164)));
    lines.add(line(14, bold("Skills", 48, 90, 190)));
    lines.add(line(9.5f, bold("Networking", 48, 100, 210), plain("DHCP, DNS, VLANs", 106, 250, 210)));
    lines.add(line(14, bold("Languages", 48, 120, 235)));
    lines.add(line(9.5f, bold("English", 48, 90, 255), new Span("Native", 510, 547, false, true, 255)));
    ParsedResume r = parser.parse(lines);
    assertThat(r.headline()).isEqualTo("IT SUPPORT ANALYST");
    assertThat(r.contact().location()).isEqualTo("Leeds, West Yorkshire");
    ParsedEntry job = r.jobs().get(0);
    assertThat(job.company()).isEqualTo("Aire Valley Housing");
    assertThat(job.title()).isEqualTo("IT Support Analyst");
    assertThat(job.location()).isEqualTo("Leeds");
    assertThat(r.section(SectionKind.SKILLS)).get().satisfies(s -> assertThat(s.lines()).containsExactly("Networking\tDHCP, DNS, VLANs"));
    assertThat(r.section(SectionKind.LANGUAGES)).get().satisfies(s -> assertThat(s.lines()).containsExactly("English\tNative"));
  }

  @Test
  void aWordFileGluesThePlaceToItsEmployerAndOnlyItsItalicTellsThemApart() {
    ParsedResume r = parser.parse(wordPage(
        docx("Experience", 14, true),
        new LayoutLine(List.of(new Span("Aire Valley Housing", 0, 0, false, false, 0), new Span("Leeds", 0, 0, false, true, 0)),
            1, 0, 0, 0, 9.5f, LayoutLine.Zone.BODY, false, false),
        new LayoutLine(List.of(new Span("IT Support Analyst", 0, 0, false, true, 0), new Span("Jan. 2022 - Present", 0, 0, false, true, 0)),
            1, 0, 0, 0, 9, LayoutLine.Zone.BODY, false, false),
        bullet("Resolve 35 tickets a day on average.")));
    ParsedEntry job = r.jobs().get(0);
    assertThat(job.company()).isEqualTo("Aire Valley Housing");
    assertThat(job.title()).isEqualTo("IT Support Analyst");
    assertThat(job.location()).isEqualTo("Leeds");
  }

  @Test
  void skillGroupsOverTagsSetInAFewPointsAreGroupsHoweverTheTagsWrap() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Priya Raman", 40, 200, 40)));
    lines.add(line(10, plain("priya.raman@example.org", 40, 200, 70)));
    lines.add(line(14, bold("Skills", 40, 90, 100)));
    lines.add(line(9, plain("Fieldwork", 40, 80, 120)));
    lines.add(line(8, plain("Field surveys", 46, 96, 134), plain("Interviews", 110, 150, 134)));
    lines.add(line(8, plain("Coding", 46, 72, 148)));
    lines.add(line(9, plain("Packages", 40, 80, 164)));
    lines.add(line(8, plain("NVivo", 46, 70, 178), plain("R", 84, 88, 178)));
    ParsedResume r = parser.parse(lines);
    assertThat(r.sections()).singleElement().satisfies(s -> assertThat(s.lines())
        .containsExactly("Fieldwork: Field surveys, Interviews, Coding", "Packages: NVivo, R"));
  }

  @Test
  void skillsOneToALineAtOneEdgeStayAsTheyAre() {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Priya Raman", 40, 200, 40)));
    lines.add(line(10, plain("priya.raman@example.org", 40, 200, 70)));
    lines.add(line(14, bold("Skills", 40, 90, 100)));
    lines.add(line(9, plain("Field surveys", 40, 90, 120)));
    lines.add(line(9, plain("NVivo", 40, 70, 134)));
    ParsedResume r = parser.parse(lines);
    assertThat(r.sections()).singleElement().satisfies(s -> assertThat(s.lines())
        .containsExactly("Field surveys", "NVivo"));
  }

  @Test
  void aMonogramOnALineOfItsOwnIsNeitherTheNameNorAHeading() {
    ParsedResume r = parser.parseText("""
        PR
        Priya Raman
        Field Researcher
        priya.raman@example.org

        Experience
        Field Researcher, Coastline Surveys, 2021 – 2024
        """);
    assertThat(r.name()).isEqualTo("Priya Raman");
    assertThat(r.sections()).extracting(ParsedSection::heading).containsExactly("Experience");
  }

  @Test
  void titleEmployerAndADatesLineWithThePlaceAfterABulletMarkInPlainText() {
    ParsedResume r = parser.parseText("""
        Priya Raman
        priya.raman@example.org

        Experience
        Senior Researcher
        Coastline Surveys Ltd
        Mar 2021 - Present • Plymouth
            Ran the field team.
        Research Assistant
        Harbour Institute
        Sep 2018 - Feb 2021 • Exeter
            Coded interviews.

        Education
        University of Nowhere
        MSc Marine Biology
        Sep 2016 - Jul 2018 • Distinction
        """);
    assertThat(r.sections().get(0).entries()).satisfiesExactly(
        e -> assertThat(e.location()).isEqualTo("Plymouth"),
        e -> {
          assertThat(e.location()).isEqualTo("Exeter");
          assertThat(List.of(e.primary(), e.secondary())).containsExactlyInAnyOrder("Harbour Institute", "Research Assistant");
        });
    assertThat(r.sections().get(1).entries()).singleElement().satisfies(e -> {
      assertThat(e.primary()).isEqualTo("University of Nowhere");
      assertThat(e.dates()).isNotNull();
    });
  }

  @Test
  void undatedProjectsSetWithABarFollowOneAnotherInPlainText() {
    ParsedResume r = parser.parseText("""
        Priya Raman
        priya.raman@example.org

        Projects
        Tide Logger | Python, SQLite
            Logs tide gauges every minute.
        Reef Atlas | R, Shiny
            Maps reef surveys.
        """);
    assertThat(r.sections()).singleElement().satisfies(s -> assertThat(s.entries())
        .extracting(ParsedEntry::primary).containsExactly("Tide Logger", "Reef Atlas"));
  }
}
