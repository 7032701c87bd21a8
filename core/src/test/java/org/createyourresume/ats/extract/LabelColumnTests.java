package org.createyourresume.ats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.ParsedEntry;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ResumeParser;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.ats.parse.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A table page with a left column of labels and dates is read row by row; a sidebar page, whose
 * left column also holds short lines beside a wider one, is still read column by column. Both
 * pages are made up here, drawn piece by piece.
 */
class LabelColumnTests {

  private static final PdfExtractor PDF = new PdfExtractor(AtsLimits.DEFAULT);
  private static final ResumeParser PARSER = new ResumeParser();

  /** A two-column table: labels and dates in the left cells, the content in the right ones. */
  static DrawnPdf tablePage() {
    DrawnPdf pdf = DrawnPdf.a4();
    float label = 40;
    float x = 150;
    pdf.text(label, 40, 20, true, "TOMASZ BRENNAN");
    pdf.text(label, 64, 10, false, "Field Service Engineer");
    pdf.text(label, 86, 10, false, "Phone").text(x, 86, 10, false, "+44 7700 900123");
    pdf.text(label, 101, 10, false, "E-mail").text(x, 101, 10, false, "t.brennan@example.net");
    pdf.text(label, 116, 10, false, "Location").text(x, 116, 10, false, "Bristol, United Kingdom");
    pdf.text(label, 140, 12, true, "Experience");
    pdf.text(label, 160, 10, false, "Mar 2020 – Present").text(x, 160, 10, true, "Field Service Engineer");
    pdf.text(x, 171, 10, false, "Severn Robotics, Bristol");
    pdf.text(x + 12, 183, 10, false, "Commissioned 40 palletising cells for food plants across the region.");
    pdf.text(x + 12, 194, 10, false, "Cut the mean time to repair from six hours to two.");
    // a date range too long for its cell wraps onto the row's second line
    pdf.text(label, 212, 10, false, "Jun 2016 – Feb").text(x, 212, 10, true, "Service Technician");
    pdf.text(label, 223, 10, false, "2020").text(x, 223, 10, false, "Kestrel Lifts, Bath");
    pdf.text(x + 12, 235, 10, false, "Serviced 120 passenger lifts on a monthly round.");
    pdf.text(label, 262, 12, true, "Education");
    pdf.text(label, 282, 10, false, "Sep 2012 – Jun").text(x, 282, 10, true, "BEng Mechanical Engineering");
    pdf.text(label, 293, 10, false, "2016").text(x, 293, 10, false, "University of Westhaven");
    pdf.text(label, 320, 12, true, "Skills");
    pdf.text(label, 338, 10, false, "Controls").text(x, 338, 10, false, "PLC programming, SCADA, Modbus");
    pdf.text(label, 353, 10, false, "Tools").text(x, 353, 10, false, "Oscilloscope, Thermal camera, Torque wrench");
    pdf.text(label, 380, 12, true, "Certificates");
    pdf.text(label, 398, 10, false, "May 2021").text(x, 398, 10, false, "IPAF Operator Licence, IPAF");
    return pdf;
  }

  /**
   * A sidebar at the left (contact, a skill list one item a line, languages) beside a main
   * column; their lines run at the same spacing, so many sidebar lines sit level with main ones.
   */
  static DrawnPdf sidebarPage() {
    DrawnPdf pdf = DrawnPdf.a4();
    float side = 30;
    float main = 190;
    pdf.text(main, 40, 22, true, "Tomasz Brennan");
    pdf.text(main, 66, 11, false, "Field Service Engineer");
    float y = 50;
    pdf.text(side, y, 11, true, "Contact");
    for (String s : List.of("+44 7700 900123", "t.brennan@example.net", "Bristol, United Kingdom")) {
      y += 14;
      pdf.text(side, y, 9.5f, false, s);
    }
    y += 26;
    pdf.text(side, y, 11, true, "Skills");
    y += 4;
    for (String s : List.of("PLC programming", "SCADA", "Modbus", "Oscilloscope", "Thermal camera", "Torque wrench")) {
      y += 10.5f;
      pdf.text(side, y, 9.5f, false, s);
    }
    y += 24;
    pdf.text(side, y, 11, true, "Languages");
    y += 4;
    for (String s : List.of("English – native", "Polish – native", "German – basic")) {
      y += 10.5f;
      pdf.text(side, y, 9.5f, false, s);
    }
    y = 94;
    pdf.text(main, y, 12, true, "PROFILE");
    for (String s : List.of("Field engineer who keeps packing lines running across the south west, and",
        "writes down every fix so the next call is shorter.")) {
      y += 14;
      pdf.text(main, y, 9.5f, false, s);
    }
    y += 24;
    pdf.text(main, y, 12, true, "EXPERIENCE");
    y += 18;
    pdf.text(main, y, 9.5f, true, "Field Service Engineer");
    y += 10.5f;
    pdf.text(main, y, 9.5f, false, "Severn Robotics, Bristol");
    y += 10.5f;
    pdf.text(main, y, 9, false, "Mar 2020 – Present");
    for (String s : List.of("Commissioned 40 palletising cells for food plants.",
        "Cut the mean time to repair to two hours.")) {
      y += 10.5f;
      pdf.text(main + 12, y, 9.5f, false, s);
    }
    y += 16;
    pdf.text(main, y, 9.5f, true, "Service Technician");
    y += 10.5f;
    pdf.text(main, y, 9.5f, false, "Kestrel Lifts, Bath");
    y += 10.5f;
    pdf.text(main, y, 9, false, "Jun 2016 – Feb 2020");
    y += 10.5f;
    pdf.text(main + 12, y, 9.5f, false, "Serviced 120 passenger lifts on a monthly round.");
    return pdf;
  }

  @ParameterizedTest(name = "content order {0}")
  @EnumSource(DrawnPdf.Order.class)
  void aTablePageWithALabelColumnIsReadRowByRow(DrawnPdf.Order order) {
    List<String> texts = PDF.extract(tablePage().bytes(order)).lines().stream().map(LayoutLine::text).toList();
    // each cell is read with its row, and the wrapped date range is one range again
    assertThat(texts).containsSubsequence(
        "Phone +44 7700 900123", "E-mail t.brennan@example.net", "Experience",
        "Mar 2020 – Present Field Service Engineer", "Severn Robotics, Bristol",
        "Cut the mean time to repair from six hours to two.",
        "Jun 2016 – Feb 2020 Service Technician", "Kestrel Lifts, Bath", "Education",
        "Sep 2012 – Jun 2016 BEng Mechanical Engineering", "Skills", "Controls PLC programming, SCADA, Modbus",
        "Certificates", "May 2021 IPAF Operator Licence, IPAF");

    ParsedResume r = PARSER.parse(PDF.extract(tablePage().bytes(order)).lines());
    assertThat(r.contact().phone()).isEqualTo("+44 7700 900123");
    assertThat(r.jobs()).extracting(ParsedEntry::title).containsExactly("Field Service Engineer", "Service Technician");
    assertThat(r.jobs()).extracting(e -> e.dates().text()).containsExactly("Mar 2020 – Present", "Jun 2016 – Feb 2020");
    assertThat(r.jobs().get(1).company()).isEqualTo("Kestrel Lifts");
    assertThat(r.schools().get(0).dates().text()).isEqualTo("Sep 2012 – Jun 2016");
    assertThat(r.section(SectionKind.SKILLS)).get().satisfies(s -> assertThat(s.lines())
        .containsExactly("Controls\tPLC programming, SCADA, Modbus",
            "Tools\tOscilloscope, Thermal camera, Torque wrench"));
  }

  @ParameterizedTest(name = "content order {0}")
  @EnumSource(DrawnPdf.Order.class)
  void aSidebarPageIsStillReadColumnByColumn(DrawnPdf.Order order) {
    List<String> texts = PDF.extract(sidebarPage().bytes(order)).lines().stream().map(LayoutLine::text).toList();
    // the main column whole, then the sidebar whole: no sidebar line between two main ones
    int lastMain = texts.indexOf("Serviced 120 passenger lifts on a monthly round.");
    assertThat(lastMain).isPositive();
    assertThat(texts.subList(0, lastMain)).doesNotContain("SCADA", "Modbus", "Polish – native", "Skills");
    assertThat(texts.subList(lastMain, texts.size())).containsSubsequence(
        "Skills", "PLC programming", "SCADA", "Modbus", "Oscilloscope", "Thermal camera", "Torque wrench", "Languages");
  }

  @Test
  void theDecisionRestsOnTheCellsNotOnTheColumnsWidths() {
    // the same two pages as lines sorted by position, as the extractor has them before ordering
    List<LayoutLine> table = lines(tablePage());
    List<LayoutLine> sidebar = lines(sidebarPage());
    Map<Integer, Float> widths = Map.of(1, DrawnPdf.a4().width());
    DocumentFacts.ColumnFact tableFact = Columns.find(table, widths).get(0);
    DocumentFacts.ColumnFact sidebarFact = Columns.find(sidebar, widths).get(0);
    assertThat(LabelColumn.holds(table, tableFact)).isTrue();
    assertThat(LabelColumn.holds(sidebar, sidebarFact)).isFalse();
  }

  /** The pieces of a drawn page grouped into lines by their top, each line's pieces left to right. */
  private static List<LayoutLine> lines(DrawnPdf pdf) {
    Map<Float, List<Span>> rows = new TreeMap<>();
    Map<Float, Float> sizes = new TreeMap<>();
    for (DrawnPdf.Piece p : pdf.pieces(0)) {
      float right = p.x() + DrawnPdf.width(p.text(), p.size(), p.bold());
      rows.computeIfAbsent(p.top(), t -> new ArrayList<>())
          .add(new Span(p.text(), p.x(), right, p.bold(), false, p.top(), p.size()));
      sizes.merge(p.top(), p.size(), Math::max);
    }
    List<LayoutLine> out = new ArrayList<>();
    rows.forEach((top, spans) -> {
      spans.sort((a, b) -> Float.compare(a.left(), b.left()));
      out.add(new LayoutLine(spans, 1, spans.get(0).left(), top, spans.get(spans.size() - 1).right(), sizes.get(top),
          LayoutLine.Zone.BODY, false, false));
    });
    return out;
  }
}
