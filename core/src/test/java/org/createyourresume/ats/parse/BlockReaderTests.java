package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.ats.parse.TestLines.line;
import static org.createyourresume.ats.parse.TestLines.plain;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The second stage: lines joined into blocks where they wrapped, and kept apart where they did not. */
class BlockReaderTests {

  private final BlockReader reader = new BlockReader();

  @Test
  void aLineThatRanToTheColumnsEdgeGoesOnInTheNextAndAHyphenatedWordIsMended() {
    List<Block> blocks = reader.blocks(List.of(
        line(10, plain("Built the fraud-", 40, 500, 100)),
        line(10, plain("scoring service for card payments", 40, 300, 112))));
    assertThat(blocks).hasSize(1);
    assertThat(blocks.get(0).text).isEqualTo("Built the fraud-scoring service for card payments");
    assertThat(blocks.get(0).lineCount).isEqualTo(2);
  }

  @Test
  void aShortLineEndsItsBlock() {
    List<Block> blocks = reader.blocks(List.of(
        line(10, plain("Lakeshore Payments", 40, 140, 100)),
        line(10, plain("built the scoring service for card payments in the whole region", 40, 500, 112))));
    assertThat(blocks).extracting(b -> b.text)
        .containsExactly("Lakeshore Payments", "built the scoring service for card payments in the whole region");
  }

  @Test
  void aBulletMarkIsTakenOffAndItsWrappedLineJoinsTheBullet() {
    List<Block> blocks = reader.blocks(List.of(
        line(10, plain("• Led the move of twelve services to a shared event bus and", 40, 500, 100)),
        line(10, plain("cut the time to release from days to hours", 50, 300, 112)),
        line(10, plain("• Hired four engineers", 40, 150, 124))));
    assertThat(blocks).extracting(b -> b.text).containsExactly(
        "Led the move of twelve services to a shared event bus and cut the time to release from days to hours",
        "Hired four engineers");
    assertThat(blocks).allMatch(b -> b.bullet);
  }

  @Test
  void aBulletCutByAPageBreakGoesOnOverThePage() {
    LayoutLine end = line(10, plain("• Moved the nightly reports of the finance team to a streaming", 40, 500, 780));
    LayoutLine top = new LayoutLine(List.of(plain("pipeline with checks on every record", 50, 260, 60)), 2, 50, 60, 260, 10,
        LayoutLine.Zone.BODY, false, false);
    List<Block> blocks = reader.blocks(List.of(end, top));
    assertThat(blocks).extracting(b -> b.text).containsExactly(
        "Moved the nightly reports of the finance team to a streaming pipeline with checks on every record");
    assertThat(blocks.get(0).page).isEqualTo(2);
  }

  @Test
  void theSpaceAboveABlockTellsWhetherANewEntryMayStartThere() {
    List<Block> blocks = reader.blocks(List.of(
        line(10, plain("Analyst at Acme.", 40, 140, 100)),
        line(10, plain("Kept the books.", 40, 130, 112)),
        line(10, plain("Closed the year.", 40, 130, 124)),
        line(10, plain("Engineer at Globex.", 40, 150, 150))));
    assertThat(blocks).extracting(b -> b.gapAbove).containsExactly(true, false, false, true);
  }

  @Test
  void aDateWrappedInANarrowDatesColumnIsJoinedBack() {
    List<Block> blocks = reader.blocks(List.of(
        line(10, plain("Sep 2014 – Dec", 40, 110, 100), plain("Analyst, Acme Corp", 150, 210, 100)),
        line(10, plain("2018", 40, 62, 112), plain("Kept the books of four shops.", 150, 300, 112))));
    assertThat(blocks.get(0).spans.get(0).text()).isEqualTo("Sep 2014 – Dec 2018");
    assertThat(blocks).extracting(b -> b.text)
        .containsExactly("Sep 2014 – Dec 2018 Analyst, Acme Corp", "Kept the books of four shops.");
  }
}
