package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.ats.parse.TestLines.bold;
import static org.createyourresume.ats.parse.TestLines.line;
import static org.createyourresume.ats.parse.TestLines.plain;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fifth stage: blocks cut into sections at their headings, and a skills section read as lines of items. */
class SectionReaderTests {

  private final HeadingReader headings = new HeadingReader(SectionVocabulary.standard());
  private final SectionReader reader = new SectionReader(new EntryReader(new EntryLineReader()));

  /** The sections of laid-out lines that open with a heading. */
  private List<ParsedSection> sections(List<Block> taken, LayoutLine... lines) {
    List<Block> blocks = new ArrayList<>(new BlockReader().blocks(List.of(lines)));
    headings.headings(blocks, null, true, HeadingReader.bodySize(blocks));
    return reader.sections(blocks, 0, taken, true, () -> { });
  }

  @Test
  void eachHeadingOpensASectionWithTheBlocksUpToTheNext() {
    List<ParsedSection> sections = sections(List.of(),
        line(14, bold("SUMMARY", 40, 120, 100)),
        line(10, plain("Analyst of eight years in retail.", 40, 300, 120)),
        line(14, bold("EXPERIENCE", 40, 140, 150)),
        line(10, bold("Acme Corp", 40, 120, 170), plain("Jan 2020 – Present", 400, 500, 170)),
        line(10, plain("• Kept the books of four shops", 40, 300, 184)));
    assertThat(sections).extracting(ParsedSection::kind).containsExactly(SectionKind.SUMMARY, SectionKind.EXPERIENCE);
    assertThat(sections.get(0).lines()).containsExactly("Analyst of eight years in retail.");
    assertThat(sections.get(1).entries()).extracting(ParsedEntry::primary).containsExactly("Acme Corp");
  }

  @Test
  void blocksTheTopHasTakenAreLeftOut() {
    List<Block> blocks = new ArrayList<>(new BlockReader().blocks(List.of(
        line(14, bold("SUMMARY", 40, 120, 100)),
        line(10, plain("Analyst of eight years in retail.", 40, 300, 120)),
        line(10, plain("priya.raman@example.com", 40, 200, 150)))));
    headings.headings(blocks, null, true, HeadingReader.bodySize(blocks));
    List<ParsedSection> sections = reader.sections(blocks, 0, List.of(blocks.get(2)), true, () -> { });
    assertThat(sections.get(0).lines()).containsExactly("Analyst of eight years in retail.");
  }

  @Test
  void skillGroupsNamedInBoldLinesHoldTheSkillsUnderThem() {
    List<ParsedSection> sections = sections(List.of(),
        line(14, bold("SKILLS", 40, 100, 100)),
        line(10, bold("Systems", 40, 90, 120)),
        line(10, plain("Windows 10/11, Microsoft Intune", 40, 200, 140)),
        line(10, bold("Networking", 40, 100, 160)),
        line(10, plain("DHCP, DNS, VLANs", 40, 140, 180)));
    assertThat(sections.get(0).lines())
        .containsExactly("Systems: Windows 10/11, Microsoft Intune", "Networking: DHCP, DNS, VLANs");
  }

  @Test
  void aLabelCellBesideItsListIsKeptApartByATab() {
    List<ParsedSection> sections = sections(List.of(),
        line(14, bold("SKILLS", 40, 100, 100)),
        line(10, plain("Networking", 40, 100, 120), plain("DHCP, DNS, VLANs", 180, 300, 120)));
    assertThat(sections.get(0).lines()).containsExactly("Networking\tDHCP, DNS, VLANs");
  }

  @Test
  void skillsAreSplitAtSeparatorsButNotInsideBracketsOrBeforeABareNumber() {
    assertThat(SectionReader.skillItems(List.of("Languages: Python (pandas, scikit-learn); Go", "Eurocodes 2, 7 · SQL")))
        .containsExactly("Python (pandas, scikit-learn)", "Go", "Eurocodes 2, 7", "SQL");
  }

  @Test
  void skillsInATableOfCellsAreEachASkillOnItsOwnAndTagsThatRanOnAreOneList() {
    List<ParsedSection> table = sections(List.of(),
        line(14, bold("SKILLS", 40, 100, 100)),
        line(10, plain("DHCP", 40, 70, 120), plain("DNS", 200, 220, 120), plain("Cisco Meraki", 360, 420, 120)),
        line(10, plain("Active Directory", 40, 120, 134), plain("Intune", 200, 230, 134)));
    assertThat(table.get(0).lines()).containsExactly("DHCP", "DNS", "Cisco Meraki", "Active Directory", "Intune");
    // tags flow: the second line's tags start where the first line's ended, not under them
    List<ParsedSection> tags = sections(List.of(),
        line(14, bold("SKILLS", 40, 100, 100)),
        line(10, plain("DHCP", 40, 70, 120), plain("DNS", 84, 104, 120), plain("Cisco Meraki", 118, 178, 120)),
        line(10, plain("Active Directory", 40, 120, 134), plain("Intune", 134, 164, 134)));
    assertThat(tags.get(0).lines()).containsExactly("DHCP, DNS, Cisco Meraki", "Active Directory, Intune");
  }
}
