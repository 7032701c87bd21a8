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

  /**
   * The lines of a file read in the order it writes them ({@code PdfExtractor} trusts that order
   * for our own pages with text side by side), with one repair: a piece set to the right of a
   * row that wrapped (the dates beside a two-line title) is written after the wrapped lines, so
   * the text engine starts a new line for it above the one before. It is put back on the row it
   * sits on, and the wrapped lines written between are joined to the row's text.
   */
  static List<LayoutLine> asWritten(List<LayoutLine> lines) {
    List<LayoutLine> out = new ArrayList<>(lines.size());
    for (LayoutLine line : lines) {
      LayoutLine previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && openRange(previous) && line.spans().size() == 1
          && line.page() == previous.page() && dateLike(line.text().strip())
          && line.left() >= previous.spans().get(0).right() - 1
          && line.top() - previous.top() <= previous.fontSize() * 2) {
        // the rest of a date range that wrapped in its narrow column
        List<Span> spans = new ArrayList<>(previous.spans());
        Span date = spans.get(1);
        spans.set(1, new Span(date.text() + " " + line.text(), Math.min(date.left(), line.left()),
            Math.max(date.right(), line.right()), date.bold(), date.italic(), date.top()));
        out.set(out.size() - 1, new LayoutLine(spans, previous.page(), previous.left(), previous.top(),
            Math.max(previous.right(), line.right()), previous.fontSize(), previous.zone(),
            previous.listItem(), previous.headingStyle()));
        continue;
      }
      int row = out.isEmpty() ? -1 : rowAbove(out, line);
      if (row < 0) {
        out.add(line);
        continue;
      }
      // the lines written between the row and its piece are the rest of the row's text, which
      // wrapped: the file writes a title's lines, then the dates beside its first line
      LayoutLine host = out.get(row);
      List<Span> spans = new ArrayList<>(host.spans());
      Span last = spans.get(spans.size() - 1);
      StringBuilder rest = new StringBuilder(last.text());
      float restRight = last.right();
      while (out.size() > row + 1) {
        LayoutLine wrapped = out.remove(row + 1);
        rest.append(' ').append(wrapped.text());
        restRight = Math.max(restRight, wrapped.right());
      }
      spans.set(spans.size() - 1,
          new Span(rest.toString(), last.left(), restRight, last.bold(), last.italic(), last.top()));
      spans.addAll(line.spans());
      out.set(row, new LayoutLine(spans, host.page(), host.left(), host.top(), line.right(),
          host.fontSize(), host.zone(), host.listItem(), host.headingStyle()));
    }
    return out;
  }

  /**
   * Joins a row that wrapped on both sides: a title too long for its column and a date range
   * too long for the dates beside it ("Aristotle University of ‖ October 2012 –" over
   * "Thessaloniki ‖ June 2014"). Read line by line they look like two entries, each with a
   * date; they are one title and one range.
   */
  static List<LayoutLine> joinWrappedRows(List<LayoutLine> lines) {
    List<LayoutLine> out = new ArrayList<>(lines.size());
    for (LayoutLine line : lines) {
      LayoutLine previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && openRange(previous) && closingRange(line, previous)) {
        List<Span> a = previous.spans();
        List<Span> b = line.spans();
        Span leadA = a.get(0);
        Span leadB = b.get(0);
        Span dateA = a.get(a.size() - 1);
        Span dateB = b.get(b.size() - 1);
        List<Span> spans = List.of(
            new Span(leadA.text() + " " + leadB.text(), leadA.left(), Math.max(leadA.right(), leadB.right()),
                leadA.bold(), leadA.italic(), leadA.top()),
            new Span(dateA.text() + " " + dateB.text(), Math.min(dateA.left(), dateB.left()),
                Math.max(dateA.right(), dateB.right()), dateA.bold(), dateA.italic(), dateA.top()));
        out.set(out.size() - 1, new LayoutLine(spans, previous.page(), previous.left(), previous.top(),
            Math.max(previous.right(), line.right()), previous.fontSize(), previous.zone(),
            previous.listItem(), previous.headingStyle()));
        continue;
      }
      out.add(line);
    }
    return out;
  }

  /**
   * Two spans, the last a date range cut short: it ends with its dash, or nothing after the dash
   * holds a year yet ("October 2012 – June" over "2014").
   */
  private static boolean openRange(LayoutLine line) {
    if (line.spans().size() != 2 || !line.positioned()) {
      return false;
    }
    String date = line.spans().get(1).text().strip();
    int dash = Math.max(date.lastIndexOf('–'), Math.max(date.lastIndexOf('—'), date.lastIndexOf(" - ")));
    return dateLike(date) && dash > 0 && !YEAR.matcher(date.substring(dash + 1)).find();
  }

  /** Two spans in the same places as {@code above}'s, the last closing its range. */
  private static boolean closingRange(LayoutLine line, LayoutLine above) {
    if (line.spans().size() != 2 || line.page() != above.page()) {
      return false;
    }
    Span lead = line.spans().get(0);
    Span date = line.spans().get(1);
    return Math.abs(lead.left() - above.spans().get(0).left()) <= 2
        && date.left() >= above.spans().get(0).right() - 1
        && dateLike(date.text().strip())
        && line.top() - above.top() <= Math.max(line.fontSize(), above.fontSize()) * 2;
  }

  /**
   * The index of the earlier line on whose row {@code line} sits as a piece set to its right
   * (dates or a place beside a title that wrapped), or -1. The piece is short and not a bold
   * heading; the lines between the two are the title's own wrapped continuation.
   */
  private static int rowAbove(List<LayoutLine> out, LayoutLine line) {
    LayoutLine previous = out.get(out.size() - 1);
    float tolerance = Math.max(2, line.fontSize() * 0.6f);
    String text = line.text();
    boolean piece = line.positioned() && line.spans().size() <= 2 && text.length() <= 48
        && (dateLike(text) || !line.allBold());
    if (!piece || previous.page() != line.page() || line.top() > previous.top() + tolerance) {
      return -1;
    }
    for (int i = out.size() - 1; i >= Math.max(0, out.size() - 3); i--) {
      LayoutLine candidate = out.get(i);
      if (candidate.page() != line.page()) {
        return -1;
      }
      if (Math.abs(candidate.top() - line.top()) <= tolerance && candidate.right() <= line.left() + 1) {
        for (int j = i + 1; j < out.size(); j++) {
          if (Math.abs(out.get(j).left() - candidate.left()) > 2) {
            return -1;
          }
        }
        return i;
      }
    }
    return -1;
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
      if (fact != null && LabelColumn.holds(rest, fact)) {
        out.addAll(LabelColumn.rowByRow(rest, fact)); // a table's label or dates column: row by row
      } else {
        out.addAll(fact != null ? columns(rest, fact) : sideLabels(rest, width));
      }
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
    float bandTop = bandBelow(lines, fact);
    List<LayoutLine> band = new ArrayList<>();
    for (LayoutLine line : lines) {
      if (line.zone() != LayoutLine.Zone.BODY || line.top() < fact.top() - 1) {
        out.add(line);
        continue;
      }
      if (line.top() >= bandTop) {
        band.add(line);
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
    if (rightFirst) {
      left = joinBrokenWords(left);
    } else {
      right = joinBrokenWords(right);
    }
    out.addAll(rightFirst ? right : left);
    out.addAll(rightFirst ? left : right);
    out.addAll(subColumns(band));
    return out;
  }

  /**
   * The top of a full-width band under the columns, or infinity: after one column has ended (no
   * text on its side for more than four lines), a row with text on both sides of the gutter right
   * under a heading starts a part of the page set across both columns ("Skills" in three columns
   * under the two). The heading opens the band.
   */
  static float bandBelow(List<LayoutLine> lines, DocumentFacts.ColumnFact fact) {
    float lastLeft = Float.NaN;
    float lastRight = Float.NaN;
    LayoutLine previous = null;
    List<LayoutLine> body = lines.stream()
        .filter(l -> l.zone() == LayoutLine.Zone.BODY && l.top() >= fact.top() - 1).toList();
    float firstLeft = Float.NaN; // where the left column's text starts
    float firstRight = Float.NaN; // and the right column's
    for (LayoutLine line : body) {
      boolean hasLeft = false;
      boolean hasRight = false;
      int pieces = 0;
      boolean offEdge = false;
      // a row's pieces may come as lines of their own, a point apart
      for (LayoutLine other : body) {
        if (Math.abs(other.top() - line.top()) > 2) {
          continue;
        }
        for (Span s : other.spans()) {
          pieces++;
          if (s.right() <= fact.gutter() + 4) {
            hasLeft = true;
            offEdge |= !Float.isNaN(firstLeft) && Math.abs(s.left() - firstLeft) > 6 && s.left() < firstLeft;
          } else {
            hasRight = true;
            offEdge |= !Float.isNaN(firstRight) && Math.abs(s.left() - firstRight) > 6
                && s.left() < fact.gutter() + (firstRight - fact.gutter()) * 3;
          }
        }
      }
      if (Float.isNaN(firstLeft) && hasLeft) {
        firstLeft = line.spans().get(0).left();
      }
      if (Float.isNaN(firstRight) && hasRight) {
        firstRight = line.spans().get(line.spans().size() - 1).left();
      }
      float far = Math.max(6, line.fontSize()) * 4;
      // a band's columns keep their own grid: three or more pieces in the row, or one off the
      // column's left edge (a table's label cell beside its row starts where the column does)
      if (hasLeft && hasRight && (pieces >= 3 || offEdge) && !Float.isNaN(lastLeft) && !Float.isNaN(lastRight)
          && Math.max(line.top() - lastLeft, line.top() - lastRight) > far && previous != null
          && line.top() - previous.top() <= Math.max(previous.fontSize(), line.fontSize()) * 2.1f
          && previous.spans().size() == 1 && previous.text().length() <= 40
          && (previous.allBold() || previous.fontSize() > line.fontSize() * 1.05f)) {
        // the rows of a band across the page, under its heading: a side that had ended starts again
        return previous.top();
      }
      if (hasLeft) {
        lastLeft = line.top();
      }
      if (hasRight) {
        lastRight = line.top();
      }
      previous = line;
    }
    return Float.POSITIVE_INFINITY;
  }

  /**
   * A band of side-by-side columns ("Languages", "Frameworks", "Tools", each over its items) read
   * column by column, so each group keeps its own items; a heading over them comes first. A band
   * whose pieces do not line up in columns is read row by row.
   */
  static List<LayoutLine> subColumns(List<LayoutLine> lines) {
    // a row's pieces may come as lines of their own, a point apart: one line per row
    List<LayoutLine> band = new ArrayList<>();
    for (LayoutLine line : lines) {
      LayoutLine row = band.isEmpty() ? null : band.get(band.size() - 1);
      if (row != null && row.page() == line.page() && Math.abs(row.top() - line.top()) <= 2) {
        List<Span> spans = new ArrayList<>(row.spans());
        spans.addAll(line.spans());
        spans.sort((a, b) -> Float.compare(a.left(), b.left()));
        band.set(band.size() - 1, new LayoutLine(spans, row.page(), spans.get(0).left(), Math.min(row.top(), line.top()),
            Math.max(row.right(), line.right()), row.fontSize(), row.zone(), row.listItem(), row.headingStyle()));
      } else {
        band.add(line);
      }
    }
    List<Float> starts = new ArrayList<>();
    int rows = 0;
    for (LayoutLine line : band) {
      if (line.spans().size() < 2) {
        continue;
      }
      rows++;
      for (Span s : line.spans()) {
        int uses = 0;
        for (LayoutLine other : band) {
          for (Span o : other.spans()) {
            if (Math.abs(o.left() - s.left()) <= 3) {
              uses++;
              break;
            }
          }
        }
        if (uses >= 2 && starts.stream().noneMatch(x -> Math.abs(x - s.left()) <= 3)) {
          starts.add(s.left());
        }
      }
    }
    if (rows < 2 || starts.size() < 2) {
      return lines;
    }
    starts.sort(Float::compare);
    List<LayoutLine> out = new ArrayList<>();
    int first = 0;
    while (first < band.size() && band.get(first).spans().size() < 2) {
      out.add(band.get(first++)); // the heading over the columns
    }
    for (int c = 0; c < starts.size(); c++) {
      float from = starts.get(c) - 3;
      float to = c + 1 < starts.size() ? starts.get(c + 1) - 3 : Float.POSITIVE_INFINITY;
      for (LayoutLine line : band.subList(first, band.size())) {
        List<Span> in = line.spans().stream().filter(s -> s.left() >= from && s.left() < to).toList();
        if (!in.isEmpty()) {
          out.add(part(line, in));
        }
      }
    }
    // pieces left of the first column's start, if any, are kept in their rows' order
    for (LayoutLine line : band.subList(first, band.size())) {
      List<Span> before = line.spans().stream().filter(s -> s.left() < starts.get(0) - 3).toList();
      if (!before.isEmpty()) {
        out.add(part(line, before));
      }
    }
    return out;
  }

  /** A whole link as a page prints it: a host with a dot, then a path ("github.com/dokafor"). */
  private static final Pattern HOST_AND_PATH = Pattern.compile("[\\w-]+(\\.[\\w-]+)+/\\S*");

  private static final Pattern FRAGMENT_END = Pattern.compile("[@/.]|\\p{Lu}|\\d|\\($");

  /**
   * Joins the words a narrow column broke at any letter (a sidebar set to break long words, as
   * e-mails and links need): "daniel.okafor@example.co" over "m", "Unit" over "ed Kingdom". The
   * line above fills the column to its right edge (within about one wide letter), the line below
   * starts at the same left edge with a small letter, a digit or a closing mark, and the piece
   * above is no plain lower-case word (it holds a capital, a digit, or the @ . / of an address): a
   * line of prose that wrapped before a lower-case word is left alone. Joined without a space.
   */
  static List<LayoutLine> joinBrokenWords(List<LayoutLine> column) {
    float edge = 0;
    for (LayoutLine line : column) {
      edge = Math.max(edge, line.right());
    }
    List<LayoutLine> out = new ArrayList<>(column.size());
    float lastTop = 0; // the top of the last line joined into the one above: a word may break twice
    for (LayoutLine line : column) {
      LayoutLine above = out.isEmpty() ? null : out.get(out.size() - 1);
      if (above != null && brokenWord(above, lastTop, line, edge)) {
        lastTop = line.top();
        Span a = above.spans().get(0);
        Span b = line.spans().get(0);
        // the joined piece ends where its last line ends: that is where a further break is looked for
        Span joined = new Span(a.text() + b.text(), a.left(), b.right(), a.bold(), a.italic(), a.top(), a.size());
        out.set(out.size() - 1, new LayoutLine(List.of(joined), above.page(), above.left(), above.top(),
            line.right(), above.fontSize(), above.zone(), above.listItem(),
            above.headingStyle()));
        continue;
      }
      out.add(line);
      lastTop = line.top();
    }
    return out;
  }

  private static boolean brokenWord(LayoutLine above, float aboveTop, LayoutLine line, float edge) {
    if (above.spans().size() != 1 || line.spans().size() != 1 || above.page() != line.page()
        || above.zone() != LayoutLine.Zone.BODY || line.zone() != LayoutLine.Zone.BODY) {
      return false;
    }
    float size = Math.max(6, above.fontSize());
    float step = line.top() - aboveTop;
    if (Math.abs(line.left() - above.left()) > 2 || step <= 0 || step > size * 1.8f
        || above.spans().get(0).right() < edge - size * 0.9f || line.text().isEmpty()) {
      return false;
    }
    String text = above.text();
    String next = line.text();
    int first = next.codePointAt(0);
    if (Character.isUpperCase(first) || Character.isWhitespace(first)
        || !(Character.isLetterOrDigit(first) || next.startsWith(")"))) {
      return false;
    }
    String lastWord = text.substring(text.lastIndexOf(' ') + 1);
    if (HOST_AND_PATH.matcher(lastWord).matches() && HOST_AND_PATH.matcher(next.strip()).matches()) {
      return false; // two links one under the other ("linkedin.com/in/a", "github.com/a"), each whole
    }
    return !lastWord.isEmpty() && FRAGMENT_END.matcher(lastWord).find();
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
    List<LayoutLine> floated = floatingLabels(lines, textLeft);
    if (floated != null) {
      return floated;
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

  /**
   * Side labels drawn as lines of their own, a point or two off their row's baseline (a label in
   * another font, after an icon): each goes before the first line of its row. Null when there
   * are fewer than two such labels.
   */
  private static List<LayoutLine> floatingLabels(List<LayoutLine> lines, float textLeft) {
    List<LayoutLine> labels = new ArrayList<>();
    for (LayoutLine line : lines) {
      if (line.zone() == LayoutLine.Zone.BODY && line.positioned() && line.spans().size() == 1
          && line.right() < textLeft - 6 && label(line.text())
          && lines.stream().anyMatch(o -> o != line && o.left() >= textLeft - 6 && Math.abs(o.top() - line.top()) <= 4)) {
        labels.add(line);
      }
    }
    if (labels.size() < 2) {
      return null;
    }
    List<LayoutLine> out = new ArrayList<>(lines);
    out.removeAll(labels);
    for (LayoutLine label : labels) {
      int at = 0;
      while (at < out.size() && !(out.get(at).page() == label.page() && out.get(at).top() >= label.top() - 4)) {
        at++;
      }
      out.add(at, label);
    }
    return out;
  }

  /** A heading set as a label: a few words, letters only. */
  private static boolean label(String text) {
    // an icon-font glyph before the label (a Private Use Area character) is a picture, not a word
    String t = text.replaceAll("\\p{Co}", "").strip();
    return !t.isEmpty() && t.length() <= 40 && t.split("\\s+").length <= 4
        && t.codePoints().noneMatch(Character::isDigit) && !t.contains("@") && Character.isLetter(t.codePointAt(0));
  }

  /**
   * The piece of {@code line} made of some of its spans. Its type size is the pieces' own: a line
   * read across two columns takes the size of its longer side (a 24-point name beside a sidebar's
   * 9-point "Contact"), which would make the other side look like a heading or a name.
   */
  static LayoutLine part(LayoutLine line, List<Span> spans) {
    float top = Float.MAX_VALUE;
    Map<Float, Integer> sizes = new HashMap<>();
    for (Span s : spans) {
      top = Math.min(top, s.top() > 0 ? s.top() : line.top());
      if (s.size() > 0) {
        sizes.merge(s.size(), s.text().length(), Integer::sum);
      }
    }
    float size = line.fontSize();
    if (spans.size() < line.spans().size() && !sizes.isEmpty()) {
      size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
    return new LayoutLine(spans, line.page(), spans.get(0).left(), top,
        spans.get(spans.size() - 1).right(), size, line.zone(), line.listItem(), line.headingStyle());
  }
}
