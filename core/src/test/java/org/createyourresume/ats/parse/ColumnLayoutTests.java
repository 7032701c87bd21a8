package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.DrawnPdf;
import org.createyourresume.ats.extract.PdfExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One resume drawn in the layouts of two-column templates and of other tools: a sidebar on the
 * left or on the right, a split header, a dates column, side-label headings, a full-width colour
 * band header, and two columns of about the same width. Each is written with its content order
 * equal to the visual order, reversed, shuffled and interleaved, and every order must give the
 * same fields: an extractor that sorts by position must still read each column as one block.
 */
class ColumnLayoutTests {

  private static final PdfExtractor PDF = new PdfExtractor(AtsLimits.DEFAULT);
  private static final ResumeParser PARSER = new ResumeParser();

  static final String NAME = "Mira Okonkwo-Lehmann";
  static final String HEADLINE = "Data Engineer";
  static final String EMAIL = "mira.okonkwo@example.com";
  static final String PHONE = "+49 30 5550 1234";
  static final String[][] JOBS = {
    {"Lindenhof Mobility", "Senior Data Engineer", "Mar 2021 – Present",
        "Built the streaming pipeline for 40 million trip events a day.",
        "Cut the warehouse bill by a third with partitioned tables."},
    {"Spreewald Energie", "Data Engineer", "Jan 2018 – Feb 2021",
        "Moved 300 nightly jobs from cron scripts to Airflow.",
        "Wrote the data quality checks that stopped bad meter reads."},
    {"Havelblick Retail", "Junior Data Analyst", "Sep 2016 – Dec 2017",
        "Automated the weekly sales report for 120 stores.",
        "Trained buyers to read the stock dashboards."},
  };
  static final List<String> SKILLS = List.of("Python", "SQL", "Apache Spark", "Airflow", "dbt");

  /** The layouts under test. */
  enum Layout {
    SIDEBAR_LEFT, SIDEBAR_RIGHT, SPLIT_HEADER_SIDEBAR, DATES_COLUMN, SIDE_LABELS, BAND_HEADER, EQUAL_COLUMNS
  }

  static Stream<Arguments> layoutsAndOrders() {
    List<Arguments> cases = new ArrayList<>();
    for (Layout layout : Layout.values()) {
      for (DrawnPdf.Order order : DrawnPdf.Order.values()) {
        cases.add(Arguments.of(layout, order));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, content order {1}")
  @MethodSource("layoutsAndOrders")
  void everyFieldComesBackInEveryContentOrder(Layout layout, DrawnPdf.Order order) {
    ParsedResume parsed = PARSER.parse(PDF.extract(draw(layout).bytes(order)).lines());
    List<String> misses = misses(parsed);
    System.out.println("Columns, " + layout + " " + order + ": " + (FIELDS - misses.size()) + " / " + FIELDS
        + " fields read back " + misses);
    assertThat(misses).isEmpty();
  }

  static final int FIELDS = 3 + JOBS.length * 5 + 1 + SKILLS.size() + 4;

  static List<String> misses(ParsedResume parsed) {
    List<String> misses = new ArrayList<>();
    same(misses, "name", NAME, parsed.name());
    same(misses, "email", EMAIL, parsed.contact().email());
    same(misses, "phone", PHONE, parsed.contact().phone());
    for (int i = 0; i < JOBS.length; i++) {
      ParsedEntry p = i < parsed.jobs().size() ? parsed.jobs().get(i) : null;
      same(misses, "job " + i + " employer", JOBS[i][0], p == null ? null : p.company());
      same(misses, "job " + i + " title", JOBS[i][1], p == null ? null : p.title());
      same(misses, "job " + i + " dates", JOBS[i][2], p == null || p.dates() == null ? null : p.dates().text());
      for (int j = 0; j < 2; j++) {
        same(misses, "job " + i + " bullet " + j, JOBS[i][3 + j],
            p == null || j >= p.bullets().size() ? null : p.bullets().get(j));
      }
    }
    if (parsed.jobs().size() != JOBS.length) {
      misses.add(parsed.jobs().size() + " jobs");
    }
    same(misses, "school", "Humboldt University of Berlin",
        parsed.schools().isEmpty() ? null : parsed.schools().get(0).institution());
    for (String skill : SKILLS) {
      if (!parsed.skills().contains(skill)) {
        misses.add("skill " + skill + " not in " + parsed.skills());
      }
    }
    section(misses, parsed, SectionKind.LANGUAGES, "German – native");
    section(misses, parsed, SectionKind.CERTIFICATIONS, "Google Professional Data Engineer");
    section(misses, parsed, SectionKind.INTERESTS, "Bouldering");
    section(misses, parsed, SectionKind.AWARDS, "Open Data Prize 2022");
    return misses;
  }

  private static void section(List<String> misses, ParsedResume parsed, SectionKind kind, String line) {
    List<String> lines = parsed.section(kind).map(ParsedSection::lines).orElse(List.of());
    if (!lines.contains(line)) {
      misses.add(kind + " without \"" + line + "\": " + lines);
    }
  }

  private static void same(List<String> misses, String field, String expected, String actual) {
    if (!expected.equals(actual)) {
      misses.add(field + ": expected \"" + expected + "\", got \"" + actual + "\"");
    }
  }

  // ------------------------------------------------------------------ drawings

  static DrawnPdf draw(Layout layout) {
    DrawnPdf pdf = DrawnPdf.a4();
    float w = pdf.width();
    switch (layout) {
      case SIDEBAR_LEFT -> {
        // sidebar 30 % wide on the left, with the contact lines; name and main column right
        float side = 36;
        float main = w * 0.34f;
        pdf.text(main, 40, 22, true, NAME);
        pdf.text(main, 68, 11, false, HEADLINE);
        float y = sidebar(pdf, side, 44, true);
        assert y > 0;
        main(pdf, main, w - 40, 100, false);
      }
      case SIDEBAR_RIGHT -> {
        float main = 40;
        float side = w * 0.69f;
        pdf.text(main, 40, 22, true, NAME);
        pdf.text(main, 68, 11, false, HEADLINE);
        sidebar(pdf, side, 44, true);
        main(pdf, main, side - 24, 100, false);
      }
      case SPLIT_HEADER_SIDEBAR -> {
        // name and headline left, contact right on the same band; below, main column and a right sidebar
        pdf.text(40, 40, 24, true, NAME);
        pdf.text(40, 72, 11, false, HEADLINE);
        pdf.textRight(w - 40, 40, 9, false, EMAIL);
        pdf.textRight(w - 40, 53, 9, false, PHONE);
        pdf.textRight(w - 40, 66, 9, false, "Berlin, Germany");
        float side = w * 0.69f;
        sidebar(pdf, side, 120, false);
        main(pdf, 40, side - 24, 120, false);
      }
      case DATES_COLUMN -> {
        // one column with the dates in a narrow column on the left, the sidebar sections below
        header(pdf, 40, w);
        float y = main(pdf, 40, w - 40, 110, true);
        sidebar(pdf, 40, 110, y, false);
      }
      case SIDE_LABELS -> {
        header(pdf, 40, w);
        sideLabels(pdf, w);
      }
      case BAND_HEADER -> {
        pdf.band(0, 20, w, 90);
        float nameWidth = DrawnPdf.width(NAME, 24, true);
        pdf.text((w - nameWidth) / 2, 34, 24, true, NAME);
        String contact = EMAIL + "  |  " + PHONE + "  |  Berlin, Germany";
        pdf.text((w - DrawnPdf.width(HEADLINE, 11, false)) / 2, 64, 11, false, HEADLINE);
        pdf.text((w - DrawnPdf.width(contact, 9, false)) / 2, 84, 9, false, contact);
        float side = w * 0.67f;
        sidebar(pdf, side, 130, false);
        main(pdf, 40, side - 24, 130, false);
      }
      case EQUAL_COLUMNS -> {
        // another tool's two columns of about the same width: experience left, the rest right
        header(pdf, 40, w);
        float mid = w / 2;
        main(pdf, 40, mid - 14, 110, false);
        sidebar(pdf, mid + 14, 110, false);
      }
    }
    return pdf;
  }

  private static void header(DrawnPdf pdf, float x, float w) {
    pdf.text(x, 36, 22, true, NAME);
    pdf.text(x, 62, 11, false, HEADLINE);
    pdf.text(x, 80, 9, false, EMAIL + "  ·  " + PHONE + "  ·  Berlin, Germany");
  }

  /** Contact (optional), skills, languages, certificates, interests, awards; returns the y below. */
  private static float sidebar(DrawnPdf pdf, float x, float y, boolean contact) {
    return sidebar(pdf, x, 0, y, contact);
  }

  /** The same, with the sections' lines {@code indent} right of their headings. */
  private static float sidebar(DrawnPdf pdf, float x, float indent, float y, boolean contact) {
    if (contact) {
      pdf.text(x, y, 9, false, EMAIL);
      pdf.text(x, y + 12, 9, false, PHONE);
      pdf.text(x, y + 24, 9, false, "Berlin, Germany");
      y += 52;
    }
    y = sideSection(pdf, x, indent, y, "SKILLS", SKILLS.toArray(String[]::new));
    y = sideSection(pdf, x, indent, y, "LANGUAGES", "German – native", "English – fluent");
    y = sideSection(pdf, x, indent, y, "CERTIFICATES", "Google Professional Data Engineer");
    y = sideSection(pdf, x, indent, y, "INTERESTS", "Bouldering", "Chess");
    return sideSection(pdf, x, indent, y, "AWARDS", "Open Data Prize 2022");
  }

  private static float sideSection(DrawnPdf pdf, float x, float indent, float y, String heading, String... lines) {
    pdf.text(x, y, 12, true, heading);
    y += 18;
    for (String line : lines) {
      pdf.text(x + indent, y, 9.5f, false, line);
      y += 13;
    }
    return y + 14;
  }

  /** Summary, experience and education between {@code x} and {@code right}; returns the y below. */
  private static float main(DrawnPdf pdf, float x, float right, float y, boolean datesColumn) {
    float text = datesColumn ? x + 110 : x;
    pdf.text(x, y, 12, true, "SUMMARY");
    y += 20;
    for (String line : LongResumeDrawing.wrap("Data engineer with eight years of pipelines, warehouses and reports.",
        right - x)) {
      pdf.text(x, y, 10, false, line);
      y += 13;
    }
    y += 15;
    pdf.text(x, y, 12, true, "EXPERIENCE");
    y += 20;
    for (String[] job : JOBS) {
      if (datesColumn) {
        pdf.text(x, y + 1, 9, false, job[2]);
      } else {
        pdf.textRight(right, y + 1, 9, false, job[2]);
      }
      pdf.text(text, y, 11, true, job[0]);
      y += 15;
      pdf.text(text, y, 10, false, job[1]);
      y += 14;
      for (int j = 3; j < 5; j++) {
        pdf.text(text + 2, y, 10, false, "•");
        for (String line : LongResumeDrawing.wrap(job[j], right - text - 12)) {
          pdf.text(text + 12, y, 10, false, line);
          y += 13;
        }
      }
      y += 12;
    }
    pdf.text(x, y, 12, true, "EDUCATION");
    y += 20;
    if (datesColumn) {
      pdf.text(x, y + 1, 9, false, "Oct 2012 – Jul 2016");
    }
    pdf.text(text, y, 11, true, "Humboldt University of Berlin");
    y += 15;
    pdf.text(text, y, 10, false, "Bachelor of Science, Mathematics");
    return y + 32;
  }

  /** Every section with its heading as a label in a narrow left column. */
  private static void sideLabels(DrawnPdf pdf, float w) {
    float label = 40;
    float x = 150;
    float right = w - 40;
    float y = 116;
    pdf.text(label, y, 10, true, "SUMMARY");
    pdf.text(x, y, 10, false, "Data engineer with eight years of pipelines, warehouses and reports.");
    y += 30;
    pdf.text(label, y, 10, true, "EXPERIENCE");
    for (String[] job : JOBS) {
      pdf.text(x, y, 11, true, job[0]);
      pdf.textRight(right, y + 1, 9, false, job[2]);
      y += 15;
      pdf.text(x, y, 10, false, job[1]);
      y += 14;
      for (int j = 3; j < 5; j++) {
        pdf.text(x + 2, y, 10, false, "•");
        pdf.text(x + 12, y, 10, false, job[j]);
        y += 13;
      }
      y += 12;
    }
    y += 6;
    pdf.text(label, y, 10, true, "EDUCATION");
    pdf.text(x, y, 11, true, "Humboldt University of Berlin");
    pdf.textRight(right, y + 1, 9, false, "Oct 2012 – Jul 2016");
    y += 15;
    pdf.text(x, y, 10, false, "Bachelor of Science, Mathematics");
    y += 30;
    String[][] side = {
      {"SKILLS", String.join(", ", SKILLS)},
      {"LANGUAGES", "German – native", "English – fluent"},
      {"CERTIFICATES", "Google Professional Data Engineer"},
      {"INTERESTS", "Bouldering", "Chess"},
      {"AWARDS", "Open Data Prize 2022"},
    };
    for (String[] section : side) {
      pdf.text(label, y, 10, true, section[0]);
      for (int i = 1; i < section.length; i++) {
        pdf.text(x, y, 10, false, section[i]);
        y += 13;
      }
      y += 20;
    }
  }
}
