package org.createyourresume.ats.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.createyourresume.ats.parse.LayoutLine;

/**
 * Puts the text boxes of a Word page where a person reads them. Word writes a floating text box
 * (a {@code wp:anchor} drawing) inside the paragraph it is anchored to, wherever on the page it is
 * drawn, so a sidebar anchored to the first paragraph comes first in the file however far down or
 * to the side it stands. As the PDF reading order does ({@link ReadingOrder}): a box set across
 * the page at the top (a name band) is read first, then the text of the page, then the other
 * boxes across the page from top to bottom, then the narrow boxes (sidebars) column by column,
 * left to right, each from top to bottom. A box of one or two lines (a date, a label beside its
 * entry) stays where it is anchored, as do boxes set in line with the text.
 */
final class TextBoxes {

  /** EMU (English Metric Units) in a point. */
  static final float EMU_PER_POINT = 12_700f;

  /**
   * A floating text box: the lines it holds ({@code start} to {@code end} in the reader's lines),
   * and where it is drawn, in points from the left and top of what it is placed against.
   */
  record Box(int start, int end, float left, float top, float width, boolean fromPageTop) {
    int size() {
      return end - start;
    }
  }

  private TextBoxes() {}

  /**
   * {@code lines} in reading order, given the floating boxes among them and the page's width and
   * height in points.
   */
  static List<LayoutLine> inReadingOrder(List<LayoutLine> lines, List<Box> boxes, float pageWidth, float pageHeight) {
    List<Box> moved = boxes.stream().filter(b -> b.size() >= 3 || wide(b, pageWidth)).toList();
    if (moved.isEmpty()) {
      return lines;
    }
    boolean[] inBox = new boolean[lines.size()];
    for (Box b : moved) {
      for (int i = b.start(); i < b.end(); i++) {
        inBox[i] = true;
      }
    }
    List<Box> band = new ArrayList<>();
    List<Box> across = new ArrayList<>();
    List<Box> side = new ArrayList<>();
    for (Box b : moved) {
      if (!wide(b, pageWidth)) {
        side.add(b);
      } else if (b.fromPageTop() && b.top() < pageHeight / 4) {
        band.add(b);
      } else {
        across.add(b);
      }
    }
    band.sort(Comparator.comparing(Box::top));
    across.sort(Comparator.comparing(Box::top));
    // a column is the boxes whose left edges lie within a tenth of the page of each other
    side.sort(Comparator.comparing((Box b) -> Math.round(b.left() / (pageWidth / 10))).thenComparing(Box::top));
    List<LayoutLine> out = new ArrayList<>(lines.size());
    band.forEach(b -> out.addAll(lines.subList(b.start(), b.end())));
    for (int i = 0; i < lines.size(); i++) {
      if (!inBox[i]) {
        out.add(lines.get(i));
      }
    }
    across.forEach(b -> out.addAll(lines.subList(b.start(), b.end())));
    side.forEach(b -> out.addAll(lines.subList(b.start(), b.end())));
    return out;
  }

  /** Whether a box stands across at least half the page. */
  private static boolean wide(Box b, float pageWidth) {
    return b.width() >= pageWidth / 2;
  }
}
