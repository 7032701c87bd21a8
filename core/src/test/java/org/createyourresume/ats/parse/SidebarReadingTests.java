package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.DrawnPdf;
import org.createyourresume.ats.extract.PdfExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules that read a sidebar or a page in two columns as a person does, each on a page drawn
 * in every content order: a sidebar's piece of a line shared with the large name keeps its own
 * type size; a word the narrow sidebar broke at any letter (an e-mail, a link, a certificate) is
 * joined; a sidebar's skills, one to a line under small bold group names, stay in their groups;
 * skills set in three columns across the page under both columns are read column by column; and
 * "Employer — Place" over "Role, dates" gives the role as the title and the place as the place.
 */
class SidebarReadingTests {

  private static final PdfExtractor PDF = new PdfExtractor(AtsLimits.DEFAULT);
  private static final ResumeParser PARSER = new ResumeParser();

  private static ParsedResume read(DrawnPdf pdf, DrawnPdf.Order order) {
    return PARSER.parse(PDF.extract(pdf.bytes(order)).lines());
  }

  /** A left sidebar of contact, skill groups and a certificate, beside a main column. */
  private static DrawnPdf sidebarPage() {
    DrawnPdf pdf = DrawnPdf.a4();
    float side = 17;
    float main = 187;
    // the sidebar's lines are set at 9.5 points with a pitch of their own; the e-mail and the
    // link are too long for the column and break at any letter, as CSS word-break does
    pdf.text(side, 52, 11, true, "Contact");
    pdf.text(side, 69, 9.5f, false, "+1 (312) 555-0147");
    breakAll(pdf, side, 82, "daniel.okafor@example.com");
    pdf.text(side, 106, 9.5f, false, "Chicago, IL");
    breakAll(pdf, side, 120, "linkedin.com/in/daniel-okafor");
    pdf.text(side, 180, 11, true, "Skills");
    float y = 199;
    for (String[] group : new String[][] {
        {"Languages", "Java", "Go", "SQL", "Python"},
        {"Platforms", "AWS", "Kubernetes", "Kafka", "PostgreSQL"},
        {"Practices", "Domain-driven design", "Observability", "Code review"}}) {
      pdf.text(side, y, 9, true, group[0]);
      y += 11.5f;
      for (int i = 1; i < group.length; i++) {
        pdf.text(side, y, 9.5f, false, group[i]);
        y += 10.5f;
      }
      y += 7;
    }
    pdf.text(side, y + 10, 11, true, "Certificates");
    breakAll(pdf, side, y + 26, "AWS Certified Solutions Architect - Associate (2022)");

    pdf.text(main, 42, 24, true, "Daniel Okafor");
    pdf.text(main, 68, 12, false, "Senior Software Engineer");
    pdf.text(main, 94, 12, true, "PROFILE");
    pdf.text(main, 118, 9.5f, false, "Backend engineer with nine years of payment and ledger services.");
    pdf.text(main, 162, 12, true, "EXPERIENCE");
    float top = 181;
    for (String[] job : new String[][] {
        {"Senior Software Engineer", "Lakeshore Payments", "03/2021 – present"},
        {"Software Engineer", "Brightline Logistics", "06/2017 – 02/2021"}}) {
      pdf.text(main, top, 9.5f, true, job[0]);
      pdf.text(main, top + 10.5f, 9.5f, false, job[1]);
      pdf.text(main, top + 21.5f, 9, false, job[2]);
      pdf.text(main + 13, top + 34, 9.5f, false, "• Built the services that settle card payments every day.");
      top += 60;
    }
    pdf.text(main, top + 10, 12, true, "EDUCATION");
    pdf.text(main, top + 29, 9.5f, true, "Bachelor of Science, Computer Science");
    pdf.text(main, top + 40, 9.5f, false, "University of Wisconsin-Madison");
    pdf.text(main, top + 51, 9, false, "09/2011 – 05/2015");
    return pdf;
  }

  /** The sidebar's width for text: 118 points, as in a common HTML theme. */
  private static final float SIDE_WIDTH = 118;

  /** Sets text as a browser does with {@code word-break: break-all}: as many letters as fit a line. */
  private static float breakAll(DrawnPdf pdf, float x, float y, String text) {
    String rest = text;
    while (!rest.isEmpty()) {
      int n = rest.length();
      while (n > 1 && DrawnPdf.width(rest.substring(0, n), 9.5f, false) > SIDE_WIDTH) {
        n--;
      }
      pdf.text(x, y, 9.5f, false, rest.substring(0, n).strip());
      rest = rest.substring(n);
      y += 10.5f;
    }
    return y;
  }

  @ParameterizedTest(name = "content order {0}")
  @EnumSource(DrawnPdf.Order.class)
  void contactInASidebarStaysContactAndBrokenWordsAreJoined(DrawnPdf.Order order) {
    ParsedResume parsed = read(sidebarPage(), order);

    assertThat(parsed.name()).isEqualTo("Daniel Okafor");
    assertThat(parsed.contact().email()).isEqualTo("daniel.okafor@example.com");
    assertThat(parsed.contact().phone()).isEqualTo("+1 (312) 555-0147");
    assertThat(String.join(" ", parsed.contact().links())).contains("linkedin.com/in/daniel-okafor");
    assertThat(parsed.jobs()).extracting(ParsedEntry::company).containsExactly("Lakeshore Payments", "Brightline Logistics");
    assertThat(parsed.section(SectionKind.CERTIFICATIONS).map(ParsedSection::lines).orElse(List.of()))
        .contains("AWS Certified Solutions Architect - Associate (2022)");
  }

  @ParameterizedTest(name = "content order {0}")
  @EnumSource(DrawnPdf.Order.class)
  void aSidebarsSkillsOneToALineStayInTheirGroups(DrawnPdf.Order order) {
    ParsedResume parsed = read(sidebarPage(), order);

    assertThat(parsed.section(SectionKind.SKILLS).map(ParsedSection::lines).orElse(List.of())).containsExactly(
        "Languages: Java, Go, SQL, Python",
        "Platforms: AWS, Kubernetes, Kafka, PostgreSQL",
        "Practices: Domain-driven design, Observability, Code review");
  }

  /** Two columns under a full-width header, then skills in three columns across the page. */
  private static DrawnPdf bandPage() {
    DrawnPdf pdf = DrawnPdf.a4();
    float left = 40;
    float right = 388;
    pdf.text(222, 42, 22, true, "Rahul Verma");
    pdf.text(50, 79, 9, false, "Pune, India • +91 87654 32109 • rahul.verma@example.in");
    pdf.text(left, 106, 11.5f, true, "EXPERIENCE");
    pdf.text(left, 123, 10, true, "Trackwise Logistics — Pune");
    pdf.text(left, 135, 10, false, "Software Development Intern, May 2024 - July 2024");
    pdf.text(left + 13, 148, 10, false, "• Built a React dashboard for delivery exceptions.");
    pdf.text(left + 13, 160, 10, false, "• Wrote REST endpoints in Spring Boot.");
    pdf.text(left, 182, 11.5f, true, "EDUCATION");
    pdf.text(left, 199, 10, true, "Vellore Institute of Technology");
    pdf.text(left, 211, 10, false, "B.Tech in Computer Science, July 2021 - May 2025");
    pdf.text(left, 229, 10, true, "Delhi Public School");
    pdf.text(left, 241, 10, false, "Class XII in Science, May 2021");
    pdf.text(left, 259, 10, true, "Pune Public Library");
    pdf.text(left, 271, 10, false, "Reading programme, May 2019");
    pdf.text(right, 106, 11.5f, true, "SUMMARY");
    pdf.text(right, 123, 10, false, "Final-year student looking for");
    pdf.text(right, 135, 10, false, "a software engineering role.");
    pdf.text(right, 157, 11.5f, true, "LANGUAGES");
    pdf.text(right, 174, 10, false, "English — Fluent");
    pdf.text(right, 189, 10, false, "Hindi — Native");
    pdf.text(left, 300, 11.5f, true, "SKILLS");
    String[][] columns = {{"Languages", "Java", "Python", "C++"}, {"Frameworks", "Spring Boot", "React"},
        {"Tools", "Git", "MySQL", "Docker"}};
    float[] xs = {left, 221, 403};
    for (int c = 0; c < columns.length; c++) {
      float y = 319;
      pdf.text(xs[c], y, 10, true, columns[c][0]);
      for (int i = 1; i < columns[c].length; i++) {
        y += 12.5f;
        pdf.text(xs[c], y, 10, false, columns[c][i]);
      }
    }
    return pdf;
  }

  @ParameterizedTest(name = "content order {0}")
  @EnumSource(DrawnPdf.Order.class)
  void skillColumnsAcrossBothColumnsAreReadColumnByColumn(DrawnPdf.Order order) {
    ParsedResume parsed = read(bandPage(), order);

    assertThat(parsed.section(SectionKind.SKILLS).map(ParsedSection::lines).orElse(List.of())).containsExactly(
        "Languages: Java, Python, C++", "Frameworks: Spring Boot, React", "Tools: Git, MySQL, Docker");
    assertThat(parsed.section(SectionKind.LANGUAGES).map(ParsedSection::lines).orElse(List.of()))
        .containsExactly("English — Fluent", "Hindi — Native");
    assertThat(parsed.schools()).hasSize(3);
  }

  @ParameterizedTest(name = "content order {0}")
  @EnumSource(DrawnPdf.Order.class)
  void anEmployerAndPlaceOverARoleAndDatesKeepTheRoleAsTheTitle(DrawnPdf.Order order) {
    ParsedEntry job = read(bandPage(), order).jobs().get(0);

    assertThat(job.company()).isEqualTo("Trackwise Logistics");
    assertThat(job.title()).isEqualTo("Software Development Intern");
    assertThat(job.location()).isEqualTo("Pune");
    assertThat(job.dates().text()).isEqualTo("May 2024 - July 2024");
  }
}
