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
      if (crossing > lines.size() * 0.12 || rightLefts.size() < 6) {
        continue;
      }
      if (leftChars < totalChars * 0.2 || rightChars < totalChars * 0.2) {
        continue;
      }
      if (shareOfTwo(rightLefts) < 0.6 || share(rightRights) > 0.8) {
        continue;
      }
      int balance = Math.min(leftChars, rightChars);
      if (balance > bestBalance) {
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

  /**
   * The lines in the order a layout-aware reader takes them: what spans the page above the
   * columns, then the left column top to bottom, then the right one. Lines that run across both
   * columns are split at the gutter.
   */
  static List<LayoutLine> columnOrder(List<LayoutLine> lines, List<DocumentFacts.ColumnFact> columns) {
    if (columns.isEmpty()) {
      return lines;
    }
    Map<Integer, DocumentFacts.ColumnFact> byPage = new HashMap<>();
    columns.forEach(c -> byPage.put(c.page(), c));
    List<LayoutLine> out = new ArrayList<>(lines.size() + 16);
    int i = 0;
    while (i < lines.size()) {
      int page = lines.get(i).page();
      int end = i;
      while (end < lines.size() && lines.get(end).page() == page) {
        end++;
      }
      DocumentFacts.ColumnFact fact = byPage.get(page);
      if (fact == null) {
        out.addAll(lines.subList(i, end));
      } else {
        List<LayoutLine> left = new ArrayList<>();
        List<LayoutLine> right = new ArrayList<>();
        for (LayoutLine line : lines.subList(i, end)) {
          if (line.zone() != LayoutLine.Zone.BODY || line.top() < fact.top() - 1) {
            out.add(line);
            continue;
          }
          List<Span> l = new ArrayList<>();
          List<Span> r = new ArrayList<>();
          for (Span s : line.spans()) {
            (s.right() <= fact.gutter() + 4 ? l : r).add(s);
          }
          if (!l.isEmpty()) {
            left.add(part(line, l));
          }
          if (!r.isEmpty()) {
            right.add(part(line, r));
          }
        }
        out.addAll(left);
        out.addAll(right);
      }
      i = end;
    }
    return out;
  }

  private static LayoutLine part(LayoutLine line, List<Span> spans) {
    float top = Float.MAX_VALUE;
    for (Span s : spans) {
      top = Math.min(top, s.top() > 0 ? s.top() : line.top());
    }
    return new LayoutLine(spans, line.page(), spans.get(0).left(), top,
        spans.get(spans.size() - 1).right(), line.fontSize(), line.zone(), line.listItem(), line.headingStyle());
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
