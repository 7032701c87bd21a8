package org.createyourresume.ats.parse;

import static org.createyourresume.ats.parse.DatedText.hasDate;
import static org.createyourresume.ats.parse.DatedText.mostlyDate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fitted stage of "is this block a section heading": a logistic model over the features of
 * {@link HeadingFeature}, read from a block, its neighbours and the document, after the hand rules
 * of {@link HeadingReader} have had their say (their decision is one of the features). Where the
 * model is confident it overrides the rules: it makes a heading of a block it finds at least
 * {@link #ADD} likely to be one, and takes the heading back from a block it finds at most {@link
 * #DROP} likely; in between the rules stand. It reads PDF and plain text, the forms it was
 * fitted on, and leaves Word files and Markdown to the rules.
 */
final class HeadingModel {

  /**
   * The probability from which the model makes a heading of a block the rules left alone. Chosen
   * on the check seeds with {@link #DROP}: 0.9/0.1 and 0.8/0.2 read them alike, 0.5/0.5 worse, and
   * 0.5/0.5 lost PDF fields of the other tools' files the rules read right.
   */
  static final double ADD = 0.9;
  /** The probability up to which the model takes back a heading the rules made. */
  static final double DROP = 0.1;

  private final SectionVocabulary vocabulary;

  HeadingModel(SectionVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Overrides the rules' headings where the model is confident. The name and the labels inside
   * entries (already read as part of an entry or a group of skills) are left as they are.
   */
  void decide(List<Block> blocks, Block nameBlock, boolean styled, float bodySize) {
    if (!fittedOn(blocks, styled)) {
      return;
    }
    double[][] features = features(blocks, styled, bodySize);
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!decidable(b, nameBlock)) {
        continue;
      }
      double p = probability(features[i]);
      if (b.heading == null && p >= ADD) {
        String words = words(b.text);
        boolean letterSpaced = TextNorm.letterSpaced(bare(b.text));
        Optional<SectionKind> kind = vocabulary.kindOf(words);
        b.heading = new Heading(b.text.strip(), kind.orElse(SectionKind.OTHER), kind.isPresent(), letterSpaced);
      } else if (b.heading != null && p <= DROP && !setApartAsASection(b)) {
        b.heading = null;
      }
    }
  }

  /**
   * Whether the rules' heading is one the model may not take back: a standard section heading in
   * capitals or set apart in a gutter. What the model rightly takes back is a group of skills or
   * a label named in the body's type ("Languages" over a list); a word-processor page whose
   * headings have no gap above them (unlike every generated page) drew a low probability for a
   * bold "SKILLS" all the same, and the section and its skills were lost.
   */
  static boolean setApartAsASection(Block b) {
    return b.heading.standard() && (b.headingStyle || TextNorm.allCaps(bare(b.text)));
  }

  /**
   * Whether the model was fitted on documents like this one: a page with positions (a PDF) or text
   * with no styling at all. A Word file or Markdown (styles, no positions) is left to the rules:
   * the generated corpus has none, and its heading styles and missing sizes are unlike anything the
   * weights were fitted on.
   */
  static boolean fittedOn(List<Block> blocks, boolean styled) {
    return !styled || blocks.stream().anyMatch(b -> b.positioned);
  }

  /** Whether the model decides for the block: not the name, not a label the rules read into an entry. */
  static boolean decidable(Block b, Block nameBlock) {
    return b != nameBlock && !b.entryLabel;
  }

  /** The model's probability that the block with {@code features} is a section heading. */
  static double probability(double[] features) {
    double z = 0;
    for (HeadingFeature f : HeadingFeature.values()) {
      z += f.weight * features[f.ordinal()];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The features of every block, in order, with the rules' headings as they stand. */
  double[][] features(List<Block> blocks, boolean styled, float bodySize) {
    String knownStyle = knownHeadingStyle(blocks, styled);
    Map<String, Float> columnLeft = new HashMap<>();
    for (Block b : blocks) {
      columnLeft.merge(column(b), b.left, Math::min);
    }
    double[][] all = new double[blocks.size()][];
    boolean knownAbove = false;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      double[] x = new double[HeadingFeature.values().length];
      String text = b.text.strip();
      String words = words(text);
      boolean known = !b.bullet && vocabulary.kindOf(words).isPresent();
      boolean caps = TextNorm.allCaps(words);
      int wordCount = words.isEmpty() ? 0 : words.split("\\s+").length;
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      Block afterNext = i + 2 < blocks.size() ? blocks.get(i + 2) : null;
      Block previous = i > 0 ? blocks.get(i - 1) : null;
      set(x, HeadingFeature.BIAS, true);
      set(x, HeadingFeature.RULES, b.heading != null);
      set(x, HeadingFeature.KNOWN, known);
      if (styled && bodySize > 0 && b.size > 0) {
        x[HeadingFeature.SIZE.ordinal()] = Math.max(-1, Math.min(1, (b.size / bodySize - 1) * 2));
      }
      set(x, HeadingFeature.AS_KNOWN, knownStyle != null && knownStyle.equals(style(b)));
      set(x, HeadingFeature.ALL_BOLD, b.allBold);
      set(x, HeadingFeature.PART_BOLD, b.bold && !b.allBold);
      set(x, HeadingFeature.HEADING_STYLE, b.headingStyle);
      set(x, HeadingFeature.LETTER_SPACED, TextNorm.letterSpaced(bare(text)));
      set(x, HeadingFeature.CAPS, caps);
      set(x, HeadingFeature.COLON, text.endsWith(":"));
      x[HeadingFeature.WORDS.ordinal()] = Math.min(1, wordCount / 6.0);
      set(x, HeadingFeature.LONG, words.length() > 50 || wordCount > 6);
      set(x, HeadingFeature.SENTENCE, text.endsWith("."));
      set(x, HeadingFeature.DIGITS, text.codePoints().anyMatch(Character::isDigit));
      set(x, HeadingFeature.DATE, hasDate(b));
      set(x, HeadingFeature.CONTACT, HeadingReader.isContactLine(b));
      set(x, HeadingFeature.BULLET, b.bullet);
      set(x, HeadingFeature.LINES, b.lineCount > 1);
      set(x, HeadingFeature.GAP_ABOVE, b.gapAbove);
      set(x, HeadingFeature.NEXT_BULLET, next != null && next.bullet);
      set(x, HeadingFeature.NEXT_DATED, next != null && (hasDate(next)
          || (next.text.length() <= 80 && afterNext != null && hasDate(afterNext))));
      set(x, HeadingFeature.DATE_ABOVE, previous != null && previous.lineCount == 1 && mostlyDate(previous.text));
      set(x, HeadingFeature.INDENTED, styled && b.left > columnLeft.get(column(b)) + 6);
      set(x, HeadingFeature.OUTSIDE_BODY, b.zone != LayoutLine.Zone.BODY);
      set(x, HeadingFeature.TOP, !knownAbove);
      set(x, HeadingFeature.PLAIN, !styled);
      set(x, HeadingFeature.PLAIN_CAPS, !styled && caps);
      set(x, HeadingFeature.PLAIN_KNOWN, !styled && known);
      knownAbove |= known;
      all[i] = x;
    }
    return all;
  }

  /**
   * The style most of the blocks the vocabulary knows are set in (size, weight, case), or null:
   * a document sets all its section headings alike, so an unknown line set the same way is one.
   */
  private String knownHeadingStyle(List<Block> blocks, boolean styled) {
    if (!styled) {
      return null;
    }
    Map<String, Integer> styles = new HashMap<>();
    for (Block b : blocks) {
      if (!b.bullet && vocabulary.kindOf(words(b.text)).isPresent()) {
        styles.merge(style(b), 1, Integer::sum);
      }
    }
    return styles.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
  }

  private static String style(Block b) {
    return Math.round(b.size * 2) + "/" + b.allBold + "/" + b.headingStyle + "/" + TextNorm.allCaps(words(b.text));
  }

  /** The column a block is set in: its page and its column's right edge. */
  private static String column(Block b) {
    return b.page + "/" + Math.round(b.columnRight);
  }

  private static String bare(String text) {
    String t = text.strip();
    return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
  }

  /** The block's words: without a closing colon, letter spacing closed up. */
  static String words(String text) {
    String bare = bare(text);
    return TextNorm.letterSpaced(bare) ? TextNorm.collapseLetterSpacing(bare) : bare;
  }

  private static void set(double[] x, HeadingFeature f, boolean on) {
    x[f.ordinal()] = on ? 1 : 0;
  }
}
