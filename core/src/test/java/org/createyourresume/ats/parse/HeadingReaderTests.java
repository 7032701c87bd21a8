package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.ats.parse.TestLines.bold;
import static org.createyourresume.ats.parse.TestLines.line;
import static org.createyourresume.ats.parse.TestLines.plain;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The third stage: which block is the name, which are headings, and what only looks like one. */
class HeadingReaderTests {

  private final HeadingReader reader = new HeadingReader(SectionVocabulary.standard());

  /** The blocks of the lines, as the block stage reads them. */
  private static List<Block> blocks(LayoutLine... lines) {
    return new ArrayList<>(new BlockReader().blocks(List.of(lines)));
  }

  /** The blocks with their headings set, the name found first as the parser does. */
  private List<Block> withHeadings(List<Block> blocks) {
    float bodySize = HeadingReader.bodySize(blocks);
    reader.headings(blocks, reader.nameBlock(blocks, true, bodySize), true, bodySize);
    return blocks;
  }

  @Test
  void theNameIsTheFirstTopLineThatReadsAsOneContactLinesSkipped() {
    List<Block> blocks = blocks(
        line(9, plain("jordan@example.com", 40, 140, 60), plain("(512) 555-0168", 300, 380, 60)),
        line(10, plain("Jordan Alvarez", 40, 120, 80)),
        line(10, plain("Austin, TX", 40, 100, 110)));
    assertThat(reader.nameBlock(blocks, true, 10).text).isEqualTo("Jordan Alvarez");
  }

  @Test
  void aMonogramOverTheNameIsTakenOutAndNamesNobody() {
    List<Block> blocks = blocks(
        line(16, bold("JA", 40, 70, 40)),
        line(20, bold("Jordan Alvarez", 40, 220, 80)));
    assertThat(reader.nameBlock(blocks, true, 10).text).isEqualTo("Jordan Alvarez");
    assertThat(blocks).extracting(b -> b.text).containsExactly("Jordan Alvarez");
  }

  @Test
  void aKnownHeadingIsASectionAndTheNameNever() {
    List<Block> blocks = withHeadings(blocks(
        line(20, bold("Jordan Alvarez", 40, 220, 60)),
        line(13, bold("EXPERIENCE", 40, 140, 100)),
        line(10, plain("Kept the books of four shops for a whole year.", 40, 300, 120))));
    assertThat(blocks.get(0).heading).isNull();
    assertThat(blocks.get(1).heading.kind()).isEqualTo(SectionKind.EXPERIENCE);
    assertThat(blocks.get(1).heading.standard()).isTrue();
    assertThat(blocks.get(2).heading).isNull();
  }

  @Test
  void anUnknownBoldLineSetSmallerThanTheHeadingsIsAnEntryTitle() {
    List<Block> blocks = withHeadings(blocks(
        line(20, bold("Jordan Alvarez", 40, 220, 60)),
        line(14, bold("Experience", 40, 140, 100)),
        line(12, bold("Staff Engineer — Kiezwerk", 40, 240, 124)),
        line(10, plain("Kept the books of four shops for a whole year.", 40, 300, 144)),
        line(14, bold("Education", 40, 140, 180))));
    assertThat(blocks).extracting(b -> b.heading == null ? null : b.heading.text())
        .containsExactly(null, "Experience", null, null, "Education");
  }

  @Test
  void aLabelUnderAnEntrysDatesIsPartOfTheEntry() {
    List<Block> blocks = withHeadings(blocks(
        line(20, bold("Jordan Alvarez", 40, 220, 60)),
        line(14, bold("EXPERIENCE", 40, 140, 100)),
        line(10, bold("Acme Corp", 40, 120, 124), plain("Jan 2020 – Present", 400, 500, 124)),
        line(10, bold("HIGHLIGHTS", 40, 110, 140)),
        line(10, plain("• Kept the books of four shops", 40, 300, 154))));
    Block label = blocks.get(3);
    assertThat(label.heading).isNull();
    assertThat(label.entryLabel).isTrue();
  }

  @Test
  void aSkillGroupNamedInSmallTypeIsJoinedToItsSkills() {
    List<Block> blocks = withHeadings(blocks(
        line(20, bold("Jordan Alvarez", 40, 220, 60)),
        line(14, bold("SKILLS", 40, 100, 100)),
        line(11, bold("Languages", 40, 100, 124)),
        line(10, plain("Java, Go, Python", 40, 140, 140)),
        line(14, bold("EDUCATION", 40, 120, 180))));
    assertThat(blocks.get(2).heading).isNull();
    assertThat(blocks.get(2).entryLabel).isTrue();
    assertThat(blocks.get(3).text).isEqualTo("Languages: Java, Go, Python");
    assertThat(blocks.get(3).itemsJoined).isTrue();
  }
}
