package org.createyourresume.ats.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.Span;

/**
 * Finds pages set in side-by-side columns: a vertical gap that no text crosses, with a real
 * column of left-aligned text on each side. Right-aligned dates beside entry titles are not a
 * column: their right edges line up, their left edges do not, and they hold little text.
 */
final class Columns {
  private Columns() {}

  static List<DocumentFacts.ColumnFact> find(List<LayoutLine> lines, Map<Integer, Float> widths) {
    Map<Integer, List<LayoutLine>> byPage = new HashMap<>();
    for (LayoutLine line : lines) {
      if (line.zone() == LayoutLine.Zone.BODY) {
        byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
      }
    }
    List<DocumentFacts.ColumnFact> found = new ArrayList<>();
    for (var entry : byPage.entrySet()) {
      float width = widths.getOrDefault(entry.getKey(), 595f);
      DocumentFacts.ColumnFact fact = page(entry.getKey(), entry.getValue(), width);
      if (fact != null) {
        found.add(fact);
      }
    }
    found.sort((a, b) -> Integer.compare(a.page(), b.page()));
    return found;
  }

  private static DocumentFacts.ColumnFact page(int page, List<LayoutLine> lines, float width) {
    if (lines.size() < 8) {
      return null;
    }
    int totalChars = 0;
    for (LayoutLine l : lines) {
      for (Span s : l.spans()) {
        totalChars += s.text().length();
      }
    }
    // a gap no text crosses must exist somewhere: most pages of one column end here
    if (!anyGap(lines, width)) {
      return null;
    }
    DocumentFacts.ColumnFact best = null;
    int bestBalance = 0;
    for (float x = width * 0.2f; x <= width * 0.8f; x += 3) {
      int crossing = 0;
      int leftChars = 0;
      int rightChars = 0;
      List<Float> rightLefts = new ArrayList<>();
      List<Float> rightRights = new ArrayList<>();
      int mixed = 0;
      for (LayoutLine line : lines) {
        boolean hasLeft = false;
        boolean hasRight = false;
        for (Span s : line.spans()) {
          if (s.left() < x - 4 && s.right() > x + 4) {
            crossing++;
          } else if (s.right() <= x + 4) {
            leftChars += s.text().length();
            hasLeft = true;
          } else {
            rightChars += s.text().length();
            rightLefts.add(s.left());
            rightRights.add(s.right());
            hasRight = true;
          }
        }
        if (hasLeft && hasRight) {
          mixed++;
        }
      }
      if (crossing > lines.size() * 0.12 || rightLefts.size() < 5) {
        continue;
      }
      // a column holds a real share of the text; a sidebar (contact, skills, languages) may hold
      // little of it, when its lines are many
      int narrowChars = Math.min(leftChars, rightChars);
      int wideChars = Math.max(leftChars, rightChars);
      if (wideChars < totalChars * 0.2 || narrowChars < totalChars * (sideLines(lines, x) >= 6 ? 0.05 : 0.2)) {
        continue;
      }
      if (shareOfTwo(rightLefts) < 0.6 || share(rightRights) > 0.8) {
        continue;
      }
      if (attached(lines, x, width)) {
        continue;
      }
      // the gutter no text crosses beats one that a few lines cross; then the most even split
      int balance = Math.min(leftChars, rightChars) - crossing * totalChars;
      if (best == null || balance > bestBalance) {
        bestBalance = balance;
        float top = Float.MAX_VALUE;
        List<String> across = new ArrayList<>();
        for (LayoutLine line : lines) {
          boolean hasLeft = false;
          boolean hasRight = false;
          for (Span s : line.spans()) {
            hasLeft |= s.right() <= x + 4;
            hasRight |= s.left() >= x - 4;
          }
          if (hasRight) {
            top = Math.min(top, line.top());
          }
          if (hasLeft && hasRight && across.size() < 3) {
            across.add(line.text());
          }
        }
        best = new DocumentFacts.ColumnFact(page, x, top, mixed >= 3 || switches(lines, x) >= 4, across);
      }
    }
    return best;
  }

  /** How many lines have text on the narrower side of {@code x}. */
  private static int sideLines(List<LayoutLine> lines, float x) {
    int left = 0;
    int right = 0;
    for (LayoutLine line : lines) {
      boolean l = false;
      boolean r = false;
      for (Span s : line.spans()) {
        l |= s.right() <= x + 4;
        r |= s.left() >= x - 4;
      }
      left += l ? 1 : 0;
      right += r ? 1 : 0;
    }
    return Math.min(left, right);
  }

  /**
   * Whether the narrower side of {@code x} belongs to the rows beside it rather than being a
   * column of its own: it holds only dates (a dates column) and headings (side labels, or headings
   * set at the margin of a layout whose text starts right of a dates column), no running text.
   */
  private static boolean attached(List<LayoutLine> lines, float x, float width) {
    boolean narrowLeft = sideChars(lines, x, true) <= sideChars(lines, x, false);
    int narrow = 0;
    int attached = 0;
    for (LayoutLine line : lines) {
      for (Span s : line.spans()) {
        if (narrowLeft ? s.right() <= x + 4 : s.left() >= x - 4) {
          // an icon-font glyph (Private Use Area) before a label is a picture, not text
          String t = s.text().replaceAll("\\p{Co}", "").strip();
          if (t.isEmpty()) {
            continue;
          }
          narrow++;
          boolean heading = (s.bold() || (t.equals(t.toUpperCase(java.util.Locale.ROOT)) && t.length() > 2))
              && t.split("\\s+").length <= 4;
          if (ReadingOrder.dateLike(t) || heading) {
            attached++;
          }
        }
      }
    }
    return narrow > 0 && attached * 10 >= narrow * 8;
  }

  private static int sideChars(List<LayoutLine> lines, float x, boolean left) {
    int chars = 0;
    for (LayoutLine line : lines) {
      for (Span s : line.spans()) {
        if (left ? s.right() <= x + 4 : s.left() >= x - 4) {
          chars += s.text().length();
        }
      }
    }
    return chars;
  }

  /** Whether some x between a fifth and four fifths of the width is crossed by few lines. */
  private static boolean anyGap(List<LayoutLine> lines, float width) {
    int bins = 64;
    int[] crossings = new int[bins];
    float from = width * 0.2f;
    float step = width * 0.6f / bins;
    for (LayoutLine line : lines) {
      for (Span s : line.spans()) {
        int a = (int) Math.ceil((s.left() + 4 - from) / step);
        int b = (int) Math.floor((s.right() - 4 - from) / step);
        for (int i = Math.max(0, a); i <= Math.min(bins - 1, b); i++) {
          crossings[i]++;
        }
      }
    }
    for (int c : crossings) {
      if (c <= lines.size() * 0.12) {
        return true;
      }
    }
    return false;
  }

  /** The largest share of values within 3 points of one another. */
  private static double share(List<Float> values) {
    return values.isEmpty() ? 0 : (double) cluster(values, Float.NaN) / values.size();
  }

  /**
   * The share of values in the two largest groups of nearly equal values: a column's text starts
   * at its left edge, or at one indent (bullets) from it.
   */
  private static double shareOfTwo(List<Float> values) {
    if (values.isEmpty()) {
      return 0;
    }
    float first = Float.NaN;
    int best = 0;
    for (float v : values) {
      int near = cluster(values, v);
      if (near > best) {
        best = near;
        first = v;
      }
    }
    int second = 0;
    for (float v : values) {
      if (Math.abs(v - first) > 3) {
        int near = 0;
        for (float w : values) {
          if (Math.abs(v - w) <= 3 && Math.abs(w - first) > 3) {
            near++;
          }
        }
        second = Math.max(second, near);
      }
    }
    return (double) (best + second) / values.size();
  }

  /** How many values lie within 3 points of {@code around}; of the densest value when NaN. */
  private static int cluster(List<Float> values, float around) {
    if (!Float.isNaN(around)) {
      int near = 0;
      for (float w : values) {
        if (Math.abs(around - w) <= 3) {
          near++;
        }
      }
      return near;
    }
    int best = 0;
    for (float v : values) {
      best = Math.max(best, cluster(values, v));
    }
    return best;
  }

  /** How often reading order jumps between the two sides of {@code x}. */
  private static int switches(List<LayoutLine> lines, float x) {
    int switches = 0;
    int side = 0;
    for (LayoutLine line : lines) {
      int now = line.left() >= x ? 1 : -1;
      if (side != 0 && now != side) {
        switches++;
      }
      side = now;
    }
    return switches;
  }
}
