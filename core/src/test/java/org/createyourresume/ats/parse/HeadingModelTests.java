package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.ats.parse.TestLines.bold;
import static org.createyourresume.ats.parse.TestLines.line;
import static org.createyourresume.ats.parse.TestLines.plain;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fitted stage of "is this block a section heading": its decisions on typical lines, and its
 * committed weights held to what they read on generated pages.
 */
class HeadingModelTests {

  /**
   * Blocks read right on the first twenty tuning seeds (PDF and copied text) by the rules with the
   * fitted stage over them: 98.27% of 1389 (the rules alone 98.06%) when the weights were fitted;
   * 98.16% of 1413 (the rules alone 97.88%) once the gutter rules of the same round changed which
   * lines reach the stage. Weights refitted over those rules read the first seeds worse and the
   * check seeds no better, so the fitted weights were kept.
   */
  static final double FLOOR_BLOCKS = 98.1;

  private static final SectionVocabulary VOCABULARY = SectionVocabulary.standard();

  /** A page: name, contact, "EXPERIENCE" over a dated job with a bold title, then an unknown heading over dated talks. */
  private static List<Block> page() {
    return new ArrayList<>(new BlockReader().blocks(List.of(
        line(20, bold("Jordan Alvarez", 40, 220, 60)),
        line(10, plain("jordan@example.com | (512) 555-0168", 40, 260, 84)),
        line(13, bold("EXPERIENCE", 40, 140, 120)),
        line(10, bold("Staff Engineer", 40, 130, 142)),
        line(10, plain("Kiezwerk, Berlin | Jan 2020 – Present", 40, 260, 156)),
        line(10, plain("• Moved the billing system to event sourcing without downtime.", 40, 400, 170)),
        line(10, plain("• Mentored six engineers through their first on-call rotation.", 40, 400, 184)),
        line(13, bold("SPEAKING ENGAGEMENTS", 40, 200, 220)),
        line(10, bold("Keynote, JSConf EU", 40, 160, 242)),
        line(10, plain("Berlin | May 2022", 40, 140, 256)),
        line(10, plain("• Told eight hundred people how to stop paging themselves at night.", 40, 420, 270)))));
  }

  /** The page's blocks with the headings of a reader, fitted or not, and the model's probability of each. */
  private static List<Block> read(List<Block> blocks, boolean fitted) {
    HeadingReader reader = new HeadingReader(VOCABULARY, fitted);
    float bodySize = HeadingReader.bodySize(blocks);
    reader.headings(blocks, reader.nameBlock(blocks, true, bodySize), true, bodySize);
    return blocks;
  }

  private static double probability(List<Block> blocks, String text) {
    double[][] features = new HeadingModel(VOCABULARY).features(blocks, true, HeadingReader.bodySize(blocks));
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).text.equals(text)) {
        return HeadingModel.probability(features[i]);
      }
    }
    throw new AssertionError("no block " + text);
  }

  @Test
  void aBigBoldUnknownLineOverDatedEntriesIsAHeading() {
    List<Block> blocks = read(page(), false);
    // well over even odds, so the rules' heading stands (0.88 with the committed weights)
    assertThat(probability(blocks, "SPEAKING ENGAGEMENTS")).isGreaterThan(0.8);
    Block heading = read(page(), true).get(7);
    assertThat(heading.heading).isNotNull();
    assertThat(heading.heading.kind()).isEqualTo(SectionKind.OTHER);
  }

  @Test
  void aBoldJobTitleUnderExperienceIsNoHeading() {
    List<Block> blocks = read(page(), false);
    assertThat(probability(blocks, "Staff Engineer")).isLessThan(0.5);
    assertThat(probability(blocks, "Keynote, JSConf EU")).isLessThan(0.5);
    assertThat(read(page(), true)).extracting(b -> b.heading == null ? null : b.heading.text())
        .containsExactly(null, null, "EXPERIENCE", null, null, null, null, "SPEAKING ENGAGEMENTS", null, null, null);
  }

  @Test
  void aKnownHeadingSetLikeTheBodyIsStillAHeadingInPlainText() {
    List<Block> blocks = new ArrayList<>(new BlockReader().blocks(List.of(
        LayoutLine.plain("Jordan Alvarez", 1), LayoutLine.plain("jordan@example.com", 1),
        LayoutLine.plain("Work History", 1), LayoutLine.plain("Staff Engineer, Kiezwerk, 2020 – Present", 1))));
    HeadingReader reader = new HeadingReader(VOCABULARY, true);
    reader.headings(blocks, reader.nameBlock(blocks, false, 0), false, 0);
    assertThat(blocks.get(2).heading.kind()).isEqualTo(SectionKind.EXPERIENCE);
    double[][] features = new HeadingModel(VOCABULARY).features(blocks, false, 0);
    assertThat(HeadingModel.probability(features[2])).isGreaterThan(0.5);
    assertThat(HeadingModel.probability(features[3])).isLessThan(0.5);
  }

  @Test
  void theCommittedWeightsReadTheFirstTuningSeedsAtLeastAsWellAsTheRules() {
    List<HeadingFit.Sample> samples = HeadingFit.samples(1, 20);
    double[] w = new double[HeadingFeature.values().length];
    for (HeadingFeature f : HeadingFeature.values()) {
      w[f.ordinal()] = f.weight;
    }
    double model = 100 * HeadingFit.right(samples, w, HeadingModel.ADD, HeadingModel.DROP);
    double rules = 100 * HeadingFit.right(samples, w, 2, -1);
    System.out.printf(java.util.Locale.ROOT, "Blocks of seeds 1-20 read right: %d blocks, rules %.2f%%, fitted stage %.2f%%%n",
        samples.size(), rules, model);
    assertThat(samples.stream().filter(HeadingFit.Sample::heading).count()).as("headings labelled").isGreaterThan(200);
    assertThat(model).as("blocks read right with the fitted stage").isGreaterThanOrEqualTo(FLOOR_BLOCKS)
        .isGreaterThan(rules);
  }
}
