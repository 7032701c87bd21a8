package org.createyourresume.ats.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A logical line: one printed line, or a wrapped paragraph or bullet joined back together. Made
 * by {@link BlockReader} and marked by the later stages (its heading, whether it is an entry's
 * label), so it is mutable and never leaves the parser.
 */
final class Block {
  final List<Span> spans = new ArrayList<>();
  /** The block's lines as printed: a list run together as one block can be told apart by them. */
  final List<PrintedLine> lines = new ArrayList<>();
  String text;
  boolean bullet;
  boolean bold;
  boolean allBold;
  boolean headingStyle;
  boolean positioned;
  float size;
  int page;
  float left;
  float textLeft;
  float lastTop;
  float lastRight;
  float lineHeight;
  LayoutLine.Zone zone;
  Heading heading;
  int lineCount = 1;
  /**
   * Whether an entry gap lies above the block: more space than between an entry's lines, the
   * start of a page or of a column (where the gap cannot be measured, so it counts as one).
   */
  boolean gapAbove;
  /** Whether {@link #text} already holds the block's items with commas between them. */
  boolean itemsJoined;
  /** A label inside an entry ("Highlights"), left out of the entry's text. */
  boolean entryLabel;
  /** Whether the reading went back up the page to reach the block: the start of a column. */
  boolean columnStart;
  /** The right edge of the column the block starts in. */
  float columnRight;

  LayoutLine asLine() {
    return new LayoutLine(spans, page, left, lastTop, lastRight, size, zone, bullet, headingStyle);
  }
}
