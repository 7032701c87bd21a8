package org.createyourresume.ats.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.Span;

/**
 * Puts the lines of a page, as PDFBox gives them sorted by position, into the order a person
 * reads them, whatever order the file writes its text in:
 *
 * <ul>
 *   <li>a split header (name and headline on the left, contact lines on the right, in one band at
 *       the top of page 1) is read left block, then right block, so the name stays alone on its
 *       line;
 *   <li>a page in two columns ({@link Columns}) is read column by column: what spans the page
 *       above the columns, then the wider (main) column, then the narrower one (a sidebar); of two
 *       columns of about the same width, the left one first;
 *   <li>side labels (section headings in a narrow left column, their entries to the right) are
 *       read row by row, each label on a line of its own before its row;
 *   <li>a dates column stays on its rows: a date on the same baseline band as an entry's title is
 *       part of that line.
 * </ul>
 */
final class ReadingOrder {
  private ReadingOrder() {}

  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b|\\b[Pp]resent\\b|\\b[Cc]urrent\\b");
  private static final Pattern CONTACT =
      Pattern.compile("@|\\+?\\d[\\d ()./-]{6,}\\d|https?://|www\\.|\\.(com|org|net|io|dev)\\b|linkedin|github|,");

  /** Whether a piece of text is a date or a range with little else ("Jan 2020 – Present"). */
  static boolean dateLike(String text) {
    return text.length() <= 32 && YEAR.matcher(text).find();
  }

  /**
   * Whether pieces of a narrow left column stand far apart, each beside a line of the other
   * column: headings set as side labels, rather than a sidebar whose lines follow one another.
   */
  static boolean sparse(List<Float> tops, List<LayoutLine> lines) {
    if (tops.size() < 2) {
      return false;
    }
    float size = 0;
    for (LayoutLine l : lines) {
      size += l.fontSize();
    }
    size = Math.max(6, size / lines.size());
    List<Float> sorted = new ArrayList<>(tops);
    sorted.sort(Float::compare);
    int far = 0;
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i) - sorted.get(i - 1) > size * 2.5f) {
        far++;
      }
    }
    return far * 10 >= (sorted.size() - 1) * 7;
  }

  static List<LayoutLine> of(
      List<LayoutLine> lines, List<DocumentFacts.ColumnFact> columns, Map<Integer, Float> widths) {
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
      float width = widths.getOrDefault(page, 595f);
      List<LayoutLine> rest = new ArrayList<>(lines.subList(i, end));
      DocumentFacts.ColumnFact fact = byPage.get(page);
      if (page == 1) {
        rest = splitHeader(rest, width, fact, out);
      }
      out.addAll(fact != null ? columns(rest, fact) : sideLabels(rest, width));
      i = end;
    }
    return out;
  }

  /**
   * The split header of page 1: the band of lines at the top above the first wide gap, when a
   * vertical gap no text crosses runs through all of them with contact lines on its right. Its
   * left parts go to {@code out} first, then its right parts; the other lines are returned.
   */
  private static List<LayoutLine> splitHeader(
      List<LayoutLine> lines, float width, DocumentFacts.ColumnFact fact, List<LayoutLine> out) {
    List<LayoutLine> body = lines.stream().filter(l -> l.zone() == LayoutLine.Zone.BODY).toList();
    if (body.size() < 3) {
      return lines;
    }
    // the band: the lines above the widest vertical space in the top third of the page
    float pageTop = body.get(0).top();
    int cut = -1;
    float widest = 0;
    for (int k = 1; k < body.size() && body.get(k).top() < pageTop + 280; k++) {
      LayoutLine a = body.get(k - 1);
      float gap = body.get(k).top() - (a.top() + a.fontSize());
      if (gap > widest) {
        widest = gap;
        cut = k;
      }
    }
    if (cut < 2 || widest < 8) {
      return lines;
    }
    List<LayoutLine> band = body.subList(0, cut);
    // a vertical gap through the band: free x positions between a third and seven eighths
    float from = width * 0.3f;
    float to = width * 0.875f;
    int bins = (int) ((to - from) / 2);
    boolean[] covered = new boolean[bins];
    for (LayoutLine line : band) {
      for (Span s : line.spans()) {
        int a = (int) Math.floor((s.left() - 4 - from) / 2);
        int b = (int) Math.ceil((s.right() + 4 - from) / 2);
        for (int k = Math.max(0, a); k <= Math.min(bins - 1, b); k++) {
          covered[k] = true;
        }
      }
    }
    // the middle of the widest free stretch
    int bestStart = -1;
    int bestLength = 0;
    for (int k = 0; k < bins; ) {
      if (covered[k]) {
        k++;
        continue;
      }
      int start = k;
      while (k < bins && !covered[k]) {
        k++;
      }
      if (k - start > bestLength) {
        bestLength = k - start;
        bestStart = start;
      }
    }
    if (bestStart < 0 || bestLength < 4) {
      return lines;
    }
    float gutter = from + (bestStart + bestLength / 2f) * 2;
    if (fact != null && Math.abs(fact.gutter() - gutter) < width * 0.12f) {
      return lines; // the band is the top of the columns, read with them
    }
    List<LayoutLine> left = new ArrayList<>();
    List<LayoutLine> right = new ArrayList<>();
    boolean contact = false;
    for (LayoutLine line : band) {
      List<Span> l = new ArrayList<>();
      List<Span> r = new ArrayList<>();
      for (Span s : line.spans()) {
        (s.right() <= gutter ? l : r).add(s);
      }
      if (!l.isEmpty()) {
        left.add(part(line, l));
      }
      if (!r.isEmpty()) {
        LayoutLine p = part(line, r);
        if (dateLike(p.text())) {
          return lines; // a date on the right: an entry, not a header
        }
        contact |= CONTACT.matcher(p.text()).find();
        right.add(p);
      }
    }
    if (left.isEmpty() || right.isEmpty() || !contact) {
      return lines;
    }
    out.addAll(left);
    out.addAll(right);
    List<LayoutLine> rest = new ArrayList<>(lines);
    rest.removeAll(band);
    return rest;
  }

  /** A page in columns: the full-width top, the main column, then the other one. */
  private static List<LayoutLine> columns(List<LayoutLine> lines, DocumentFacts.ColumnFact fact) {
    List<LayoutLine> out = new ArrayList<>();
    List<LayoutLine> left = new ArrayList<>();
    List<LayoutLine> right = new ArrayList<>();
    float minLeft = Float.MAX_VALUE;
    float maxRight = 0;
    for (LayoutLine line : lines) {
      if (line.zone() != LayoutLine.Zone.BODY || line.top() < fact.top() - 1) {
        out.add(line);
        continue;
      }
      List<Span> l = new ArrayList<>();
      List<Span> r = new ArrayList<>();
      for (Span s : line.spans()) {
        (s.right() <= fact.gutter() + 4 ? l : r).add(s);
        minLeft = Math.min(minLeft, s.left());
        maxRight = Math.max(maxRight, s.right());
      }
      if (!l.isEmpty()) {
        left.add(part(line, l));
      }
      if (!r.isEmpty()) {
        right.add(part(line, r));
      }
    }
    float leftWidth = fact.gutter() - minLeft;
    float rightWidth = maxRight - fact.gutter();
    // the main column is the wider one; of two about as wide, the left one is read first
    boolean rightFirst = rightWidth > leftWidth * 1.15f;
    out.addAll(rightFirst ? right : left);
    out.addAll(rightFirst ? left : right);
    return out;
  }

  /**
   * Side labels: most lines start at one left edge, and a few short heading-like pieces stand in
   * a narrow column left of it, far apart. Each label becomes a line of its own before its row.
   */
  private static List<LayoutLine> sideLabels(List<LayoutLine> lines, float width) {
    float minLeft = Float.MAX_VALUE;
    Map<Integer, Integer> lefts = new HashMap<>();
    for (LayoutLine line : lines) {
      if (line.zone() == LayoutLine.Zone.BODY && line.positioned()) {
        minLeft = Math.min(minLeft, line.left());
        for (Span s : line.spans()) {
          lefts.merge(Math.round(s.left() / 3), 1, Integer::sum);
        }
      }
    }
    if (lefts.isEmpty()) {
      return lines;
    }
    // the text column's left edge: the most common left edge well right of the page's margin
    float textLeft = Float.NaN;
    int best = 0;
    for (var e : lefts.entrySet()) {
      float x = e.getKey() * 3f;
      if (x - minLeft >= width * 0.12f && x < width * 0.5f && e.getValue() > best) {
        best = e.getValue();
        textLeft = x;
      }
    }
    if (Float.isNaN(textLeft) || best < 5) {
      return lines;
    }
    List<Float> tops = new ArrayList<>();
    boolean started = false;
    for (LayoutLine line : lines) {
      if (line.zone() != LayoutLine.Zone.BODY) {
        continue;
      }
      Span first = line.spans().get(0);
      // a label stands beside its row: the line goes on right of the label column
      boolean inGutter = first.right() < textLeft - 6 && line.spans().size() > 1
          && line.spans().get(1).left() >= textLeft - 6;
      if (!inGutter) {
        if (started && first.left() < textLeft - 6) {
          return lines; // text runs across the label column below a label: not side labels
        }
        continue;
      }
      if (!label(first.text())) {
        if (started || tops.isEmpty()) {
          // a name or contact line above the first label is the header; after it, only labels
          if (started) {
            return lines;
          }
          continue;
        }
      }
      started = true;
      tops.add(line.top());
    }
    if (tops.size() < 2 || !sparse(tops, lines)) {
      return lines;
    }
    List<LayoutLine> out = new ArrayList<>(lines.size() + tops.size());
    boolean seen = false;
    for (LayoutLine line : lines) {
      Span first = line.spans().get(0);
      if (line.zone() == LayoutLine.Zone.BODY && first.right() < textLeft - 6 && label(first.text())
          && line.spans().size() > 1 && tops.contains(line.top())) {
        seen = true;
        out.add(part(line, List.of(first)));
        if (line.spans().size() > 1) {
          out.add(part(line, line.spans().subList(1, line.spans().size())));
        }
      } else {
        out.add(line);
      }
    }
    return seen ? out : lines;
  }

  /** A heading set as a label: a few words, letters only. */
  private static boolean label(String text) {
    String t = text.strip();
    return !t.isEmpty() && t.length() <= 40 && t.split("\\s+").length <= 4
        && t.codePoints().noneMatch(Character::isDigit) && !t.contains("@") && Character.isLetter(t.codePointAt(0));
  }

  static LayoutLine part(LayoutLine line, List<Span> spans) {
    float top = Float.MAX_VALUE;
    for (Span s : spans) {
      top = Math.min(top, s.top() > 0 ? s.top() : line.top());
    }
    return new LayoutLine(spans, line.page(), spans.get(0).left(), top,
        spans.get(spans.size() - 1).right(), line.fontSize(), line.zone(), line.listItem(), line.headingStyle());
  }
}
