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
      totalChars += l.text().length();
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
      if (crossing > lines.size() * 0.12 || rightLefts.size() < 6) {
        continue;
      }
      if (leftChars < totalChars * 0.2 || rightChars < totalChars * 0.2) {
        continue;
      }
      if (share(rightLefts) < 0.6 || share(rightRights) > 0.8) {
        continue;
      }
      int balance = Math.min(leftChars, rightChars);
      if (balance > bestBalance) {
        bestBalance = balance;
        best = new DocumentFacts.ColumnFact(page, x, mixed >= 3 || switches(lines, x) >= 4);
      }
    }
    return best;
  }

  /** The largest share of values within 3 points of one another. */
  private static double share(List<Float> values) {
    int best = 0;
    for (float v : values) {
      int near = 0;
      for (float w : values) {
        if (Math.abs(v - w) <= 3) {
          near++;
        }
      }
      best = Math.max(best, near);
    }
    return values.isEmpty() ? 0 : (double) best / values.size();
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
