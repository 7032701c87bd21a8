package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.ats.parse.TestLines.bold;
import static org.createyourresume.ats.parse.TestLines.line;
import static org.createyourresume.ats.parse.TestLines.plain;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows of a two-column table read across the page, each as one line of two pieces: a plain label
 * or dates cell at the left margin, the row's content far to its right.
 */
class TableCellsTests {

  private final ResumeParser parser = new ResumeParser();

  /** A name, a contact line, then {@code body}. */
  private ParsedResume page(LayoutLine... body) {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(20, bold("TOMASZ BRENNAN", 40, 210, 40)));
    lines.add(line(10, plain("t.brennan@example.net | +44 7700 900123", 40, 260, 64)));
    lines.addAll(List.of(body));
    return parser.parse(lines);
  }

  @Test
  void aPlainLabelCellBesideAListOrALevelLabelsIt() {
    ParsedResume r = page(
        line(12, bold("Skills", 40, 75, 100)),
        line(10, plain("Controls", 40, 80, 118), plain("PLC programming, SCADA, Modbus", 150, 300, 118)),
        line(10, plain("Tools", 40, 66, 133), plain("Oscilloscope, Thermal camera", 150, 280, 133)),
        line(12, bold("Languages", 40, 100, 160)),
        line(10, plain("Polish", 40, 70, 178), plain("Native", 150, 180, 178)));
    assertThat(r.section(SectionKind.SKILLS)).get().satisfies(s -> assertThat(s.lines())
        .containsExactly("Controls\tPLC programming, SCADA, Modbus", "Tools\tOscilloscope, Thermal camera"));
    assertThat(r.section(SectionKind.LANGUAGES)).get().satisfies(s -> assertThat(s.lines())
        .containsExactly("Polish\tNative"));
  }

  @Test
  void twoSkillsSetApartAreNotALabelAndItsList() {
    // no list beside the first piece: two items of a row, not a label cell
    ParsedResume r = page(
        line(12, bold("Skills", 40, 75, 100)),
        line(10, plain("Welding", 40, 80, 118), plain("Hydraulics", 150, 200, 118)));
    assertThat(r.section(SectionKind.SKILLS)).get().satisfies(s -> assertThat(s.lines())
        .noneMatch(l -> l.contains("\t")));
  }

  @Test
  void aDatesCellBesideAPlainCertificateLineSplitsItsNameFromItsIssuer() {
    ParsedResume r = page(
        line(12, bold("Certificates", 40, 110, 100)),
        line(10, plain("May 2021", 40, 85, 118), plain("IPAF Operator Licence, IPAF", 150, 290, 118)),
        line(10, plain("Jan 2023", 40, 83, 133),
            plain("Certified Reliability Engineer - Associate, Westhaven Institute", 150, 430, 133)));
    List<ParsedEntry> certificates = r.section(SectionKind.CERTIFICATIONS).orElseThrow().entries();
    assertThat(certificates).extracting(ParsedEntry::primary)
        .containsExactly("IPAF Operator Licence", "Certified Reliability Engineer - Associate");
    assertThat(certificates).extracting(ParsedEntry::secondary).containsExactly("IPAF", "Westhaven Institute");
    assertThat(certificates).extracting(e -> e.dates().text()).containsExactly("May 2021", "Jan 2023");
  }
}
