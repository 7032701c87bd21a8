package org.createyourresume.ats.parse;

import static org.createyourresume.ats.parse.DatedText.mostlyDate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parser's second stage: cleaned lines joined into {@link Block}s, the logical lines of the
 * resume. A paragraph or bullet that wrapped, over a line or a page break, becomes one block; a
 * date that wrapped in a narrow dates column is joined back; a bullet mark is taken off and
 * remembered; and each block learns the gap above it and the column it starts.
 */
final class BlockReader {

  private static final Pattern BULLET_MARK =
      Pattern.compile("^(?:[•·▪■□◦‣∙●○➢➤►▶✓✔❖◆◇→\\uF0A7\\uF0B7\\uF076\\uF0D8\\uF0FC\\uF0A8]\\s*|[-–—*>o]\\s+)");
  /** The marks of {@link #BULLET_MARK} that are also punctuation a wrapped line can start with. */
  private static final Pattern DASH_MARK = Pattern.compile("[-–—]\\s+");

  private final Dates dates = Dates.get();

  /** The blocks of the lines, in reading order. */
  List<Block> blocks(List<LayoutLine> lines) {
    // the right edge of each column: a page's lines, or with the text read column by column,
    // each run of lines until the reading goes back up the page
    Map<Integer, Float> rightOfColumn = new HashMap<>();
    Map<LayoutLine, Integer> columnOf = new java.util.IdentityHashMap<>();
    int column = 0;
    LayoutLine last = null;
    for (LayoutLine l : lines) {
      if (last != null && (last.page() != l.page()
          || (l.positioned() && last.positioned() && l.top() < last.top() - Math.max(last.fontSize(), l.fontSize())))) {
        column++;
      }
      columnOf.put(l, column);
      last = l;
    }
    // lines above where the next column starts are the full-width top of the page, not part of
    // the first column: a header wider than the column must not widen it
    Map<Integer, Float> firstTop = new HashMap<>();
    Map<Integer, Integer> pageOf = new HashMap<>();
    for (LayoutLine l : lines) {
      firstTop.putIfAbsent(columnOf.get(l), l.top());
      pageOf.putIfAbsent(columnOf.get(l), l.page());
    }
    for (LayoutLine l : lines) {
      int c = columnOf.get(l);
      Float next = firstTop.get(c + 1);
      if (next != null && pageOf.get(c + 1) == l.page() && l.positioned() && l.top() < next - 1) {
        c = -1 - c;
        columnOf.put(l, c);
      }
      rightOfColumn.merge(c, l.right(), Math::max);
    }
    float pitch = linePitch(lines);
    boolean marked = lines.stream().anyMatch(l -> l.listItem() || BULLET_MARK.matcher(l.spans().get(0).text()).find());
    List<Block> blocks = new ArrayList<>();
    Block previous = null;
    for (LayoutLine original : lines) {
      LayoutLine line = original;
      if (previous != null) {
        line = wrappedDate(previous, original);
        if (line == null) {
          continue;
        }
      }
      List<Span> spans = new ArrayList<>(line.spans());
      boolean bullet = line.listItem();
      float textLeft = line.left();
      String firstText = spans.get(0).text();
      var mark = BULLET_MARK.matcher(firstText);
      if (mark.find()) {
        bullet = true;
        String rest = firstText.substring(mark.end()).strip();
        Span s0 = spans.get(0);
        if (rest.isEmpty()) {
          spans.remove(0);
          textLeft = spans.isEmpty() ? line.left() : spans.get(0).left();
        } else {
          spans.set(0, new Span(rest, s0.left(), s0.right(), s0.bold(), s0.italic(), s0.top()));
          textLeft = -1;
        }
      }
      if (spans.isEmpty()) {
        continue;
      }
      float right = rightOfColumn.getOrDefault(columnOf.getOrDefault(original, -1), line.right());
      Map<Integer, Float> columnRight = Map.of(line.page(), right);
      int target = previous == null ? -1 : continuation(previous, line, spans, bullet, columnRight, pitch, marked);
      if (target < 0 && previous != null
          && goesOnOverPage(previous, line, spans, bullet, Map.of(previous.page, previous.columnRight), marked)) {
        target = previous.spans.size() - 1;
      }
      if (target < 0 && bullet && !line.listItem() && DASH_MARK.matcher(firstText).lookingAt() && previous != null
          && !previous.bullet && continuation(previous, line, line.spans(), false, columnRight, pitch, marked) >= 0) {
        // "… Tiếng Việt" / "– Cơ bản (A2), …": a line that wrapped before a dash, not a dash bullet
        spans = new ArrayList<>(line.spans());
        bullet = false;
        target = continuation(previous, line, spans, false, columnRight, pitch, marked);
      }
      if (target >= 0) {
        Span into = previous.spans.get(target);
        Span first = spans.get(0);
        String trailing = trailingDate(into, columnRight.getOrDefault(line.page(), 0f));
        if (trailing != null) {
          // ", Hydrological Apr 2020" + "Processes, 34(9)": a role that ran up to a right-hand date
          // wraps under itself, so the wrapped words belong before the date, which becomes a piece
          String before = into.text().substring(0, into.text().length() - trailing.length()).strip();
          previous.spans.set(target, new Span(join(before, first.text()), into.left(),
              Math.max(first.right(), into.left()), into.bold(), into.italic(), into.top()));
          previous.spans.add(target + 1, new Span(trailing, into.right() - 1, into.right(), into.bold(),
              into.italic(), into.top()));
        } else {
          previous.spans.set(target, new Span(join(into.text(), first.text()), into.left(),
              Math.max(into.right(), first.right()), into.bold(), into.italic(), into.top()));
        }
        for (int i = 1; i < spans.size(); i++) {
          previous.spans.add(target + i, spans.get(i));
        }
        previous.text = text(previous.spans);
        previous.lines.add(new PrintedLine(text(spans), line.left()));
        previous.lastTop = line.top();
        previous.lastRight = line.right();
        previous.page = line.page(); // a block cut by a page break goes on from the new page
        previous.lineCount++;
        if (previous.textLeft < 0) {
          previous.textLeft = line.left();
        }
        continue;
      }
      Block b = new Block();
      b.spans.addAll(spans);
      b.text = text(spans);
      b.lines.add(new PrintedLine(b.text, line.left()));
      b.bullet = bullet;
      b.bold = spans.get(0).bold();
      b.allBold = spans.stream().allMatch(Span::bold);
      b.headingStyle = line.headingStyle();
      b.positioned = line.positioned();
      b.size = line.fontSize();
      b.page = line.page();
      b.left = line.left();
      b.textLeft = bullet ? textLeft : line.left();
      b.lastTop = line.top();
      b.lastRight = line.right();
      b.lineHeight = line.fontSize();
      b.zone = line.zone();
      b.gapAbove = gapAbove(previous, line, pitch);
      b.columnRight = right;
      b.columnStart = previous != null && previous.positioned && line.positioned() && previous.page == line.page()
          && line.top() < previous.lastTop - Math.max(previous.size, line.fontSize());
      blocks.add(b);
      previous = b;
    }
    return blocks;
  }

  private static String text(List<Span> spans) {
    if (spans.size() == 1) {
      return spans.get(0).text();
    }
    StringBuilder out = new StringBuilder();
    for (Span s : spans) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(s.text());
    }
    return out.toString();
  }

  /**
   * A dates column too narrow for its dates ("Sep 2014 – Dec" over "2018"): the date's second
   * line is joined back into the entry line above, and the rest of this line (text in the next
   * column) is returned as a line of its own; null when nothing is left, the line itself when it
   * does not continue a date.
   */
  private LayoutLine wrappedDate(Block previous, LayoutLine line) {
    if (!line.positioned() || !previous.positioned || previous.page != line.page() || previous.spans.size() < 2
        || previous.lineCount > 1) {
      return line;
    }
    Span date = previous.spans.get(0);
    Span first = line.spans().get(0);
    float gap = line.top() - previous.lastTop;
    if (Math.abs(first.left() - date.left()) > 2 || gap <= 0 || gap > Math.max(previous.size, line.fontSize()) * 2
        || !mostlyDate(date.text()) || !dangling(date.text()) || first.text().split("\\s+").length > 3) {
      return line;
    }
    String joined = date.text() + " " + first.text();
    Optional<DateSpan> whole = dates.find(joined).filter(DateSpan::parsed);
    if (whole.isEmpty() || whole.get().end() == null || !whole.get().text().endsWith(first.text().strip())) {
      return line;
    }
    previous.spans.set(0, new Span(joined, date.left(), Math.max(date.right(), first.right()), date.bold(),
        date.italic(), date.top()));
    previous.text = text(previous.spans);
    List<Span> rest = line.spans().subList(1, line.spans().size());
    if (rest.isEmpty()) {
      return null;
    }
    return new LayoutLine(rest, line.page(), rest.get(0).left(), line.top(), line.right(), line.fontSize(),
        line.zone(), line.listItem(), line.headingStyle());
  }

  /** Whether a date ends unfinished: with a dash, or with a month waiting for its year. */
  private boolean dangling(String text) {
    String t = text.strip();
    if (t.endsWith("-") || t.endsWith("–") || t.endsWith("—")) {
      return true;
    }
    String[] words = t.split("\\s+");
    String last = words[words.length - 1];
    return last.codePoints().allMatch(Character::isLetter)
        && dates.find(last + " 2000").filter(d -> d.start() != null && d.start().hasMonth()).isPresent();
  }

  /**
   * Whether the space above {@code line} separates entries: at least 1.4 line pitches (templates
   * keep 1.5), or no measurable space at all because the line starts a page or, with the text
   * read column by column, a column (the reading goes back up the page).
   */
  private static boolean gapAbove(Block previous, LayoutLine line, float pitch) {
    if (!line.positioned()) {
      return false;
    }
    if (previous == null || !previous.positioned || previous.page != line.page()) {
      return true;
    }
    float gap = line.top() - previous.lastTop;
    float step = pitch > 0 ? pitch : Math.max(previous.size, line.fontSize()) * 1.2f;
    return gap < -step || gap >= step * 1.4f;
  }

  /**
   * A line at the top of a page that goes on with the last line of the page before: a bullet or
   * a paragraph the page break cut in two. The gap cannot tell (it is a page), so the text does:
   * the line before ran to the right edge of its column without ending its sentence, and this line
   * starts at the same indent, in the same weight, with a word that cannot open a new item.
   */
  private static boolean goesOnOverPage(Block previous, LayoutLine line, List<Span> spans, boolean bullet,
      Map<Integer, Float> columnRight, boolean marked) {
    if (bullet || !line.positioned() || !previous.positioned || previous.heading != null
        || line.page() != previous.page + 1 || previous.spans.size() > 1 || spans.size() > 1) {
      return false;
    }
    Span next = spans.get(0);
    String text = previous.text.strip();
    if (next.bold() != previous.bold || text.isEmpty() || text.matches(".*[.!?:;]$")
        || (previous.size > 0 && Math.abs(line.fontSize() - previous.size) > 0.5f)) {
      return false;
    }
    float right = columnRight.getOrDefault(previous.page, previous.lastRight);
    float size = Math.max(1, Math.max(previous.size, line.fontSize()));
    if (!reachesLimit(previous.lastRight, next, right, size)) {
      return false;
    }
    float expected = previous.bullet ? (previous.textLeft >= 0 ? previous.textLeft : previous.left + size)
        : previous.left;
    if (Math.abs(line.left() - expected) > size * 0.8f) {
      return false;
    }
    // without bullet marks, a capital after a full line may still open the next item
    return marked || !Character.isUpperCase(next.text().codePointAt(0));
  }

  /** Joins a wrapped line: "fraud-" + "scoring" stays one word; otherwise a space. */
  private static String join(String a, String b) {
    if (a.endsWith("-") && a.length() > 1 && Character.isLetter(a.charAt(a.length() - 2))
        && !b.isEmpty() && Character.isLowerCase(b.charAt(0))) {
      return a + b;
    }
    // "2015–" + "2021": a line may break after a dash set without spaces, as in a range
    if ((a.endsWith("–") || a.endsWith("—")) && a.length() > 1 && !Character.isWhitespace(a.charAt(a.length() - 2))
        && !b.isEmpty() && Character.isLetterOrDigit(b.charAt(0))) {
      return a + b;
    }
    return a + " " + b;
  }

  /** The distance between the baselines of a paragraph's lines: the most common line gap. */
  private static float linePitch(List<LayoutLine> lines) {
    Map<Float, Integer> gaps = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      LayoutLine a = lines.get(i - 1);
      LayoutLine b = lines.get(i);
      float gap = b.top() - a.top();
      float size = Math.max(a.fontSize(), b.fontSize());
      if (a.positioned() && b.positioned() && a.page() == b.page() && gap > size * 0.9f && gap < size * 1.6f) {
        gaps.merge(Math.round(gap * 4) / 4f, 1, Integer::sum);
      }
    }
    // the smallest gap that recurs: other gaps add the space between paragraphs or entries
    return gaps.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
        .min(Float::compare).orElse(0f);
  }

  /**
   * Whether {@code line} continues the block before it, and into which of its spans: a wrapped
   * paragraph or bullet, a wrapped bold entry title, a wrapped inline role, or a place wrapped in
   * the right-hand column. Returns -1 when the line starts something new.
   */
  private int continuation(
      Block previous, LayoutLine line, List<Span> spans, boolean bullet, Map<Integer, Float> columnRight,
      float pitch, boolean marked) {
    if (!line.positioned() || !previous.positioned || bullet || line.headingStyle() || previous.heading != null) {
      return -1;
    }
    if (previous.page != line.page() || previous.zone != line.zone()) {
      return -1;
    }
    float size = Math.max(1, Math.max(previous.size, line.fontSize()));
    float gap = line.top() - previous.lastTop;
    // tops are those of the tallest glyphs, so the gap between two wrapped lines varies a little
    // with their letters ("Apr 2017" beside a title): allow a tenth of the type size
    if (gap <= 0 || gap > size * 2.2f || (pitch > 0 && gap > pitch + Math.max(0.8f, size * 0.12f))) {
      return -1; // a wrapped line follows at the line pitch; a new paragraph has space above it
    }
    float right = columnRight.getOrDefault(line.page(), line.right());
    Span next = spans.get(0);
    int last = previous.spans.size() - 1;
    if (listedItems(previous, spans, right, size)) {
      return -1;
    }

    // a place or date wrapped inside the right-hand column
    Span previousLast = previous.spans.get(last);
    boolean rightAligned = Math.abs(next.right() - previousLast.right()) <= 3
        && next.left() > previous.left + (right - previous.left) * 0.45f;
    // a value wrapped in a grid ran to the edge; text under the entry line in a dates column did not
    boolean leftAligned = Math.abs(next.left() - previousLast.left()) <= 3 && next.left() > previous.left + 20
        && reachesLimit(previousLast.right(), next, right, size);
    if (last >= 1 && spans.size() == 1 && !next.bold() && (rightAligned || leftAligned)) {
      return last; // a place wrapped in the right-hand column, or a value wrapped in a grid
    }
    boolean sameLeft = Math.abs(line.left() - previous.left) <= 2.5f;
    if (previous.bold && !previous.bullet) {
      // a bold line with a date is the next entry's title, unless the title above already has its
      // dates on the right and this is its wrapped end ("… on ice / velocity, 2015–2021")
      boolean datedAbove = last >= 1 && mostlyDate(previousLast.text());
      boolean dated = next.bold() && dates.find(line.text()).filter(DateSpan::parsed).isPresent();
      if (!sameLeft || (dated && !(datedAbove && spans.size() == 1))) {
        return -1;
      }
      int lead = leadSpan(previous);
      Span leadSpan = previous.spans.get(lead);
      float limit = lead < last ? previous.spans.get(lead + 1).left() : right;
      float leadRight = previous.lineCount > 1 ? previous.lastRight : leadSpan.right();
      // a long bold title followed by a short bold line without dates: the title wrapped inside
      // its box, whose right edge (left of the dates) the text does not show
      boolean longTitle = next.bold() && leadRight > previous.left + (right - previous.left) * 0.5f
          && line.right() < previous.left + (right - previous.left) * 0.6f;
      // an inline role after the title ("Title, Journal of Glaciology, 67" + "(266), 1021–1036")
      // that wrapped inside the same box: the next line cannot open a sentence of its own
      boolean wrappedRole = lead > 0 && !leadSpan.bold() && !next.bold() && spans.size() == 1
          && leadRight > previous.left + (limit - previous.left) * 0.6f && opensMidSentence(next.text());
      if (!reachesLimit(leadRight, next, limit, size) && !longTitle && !wrappedRole) {
        return -1;
      }
      if (next.bold() == leadSpan.bold()) {
        return lead; // the bold title, or the inline role after it, wrapped
      }
      return -1;
    }
    if (next.bold() && !previous.allBold) {
      return -1;
    }
    if (previous.spans.size() > 1 && !previous.bullet) {
      return -1; // a line with a right-hand part (a date, a place) is complete
    }
    if (!marked && previous.text.matches(".*[.!?]$") && Character.isUpperCase(next.text().codePointAt(0))) {
      return -1; // without written bullet marks, a full stop at the end and a capital next start a new item
    }
    if (!reachesLimit(previous.lastRight, next, right, size)) {
      return -1;
    }
    if (previous.bullet) {
      float expected = previous.textLeft >= 0 ? previous.textLeft : previous.left + size;
      boolean aligned = Math.abs(line.left() - expected) <= size * 0.8f
          || (line.left() > previous.left + 0.5f && line.left() < previous.left + size * 2.5f);
      return aligned ? last : -1;
    }
    return sameLeft ? last : -1;
  }

  /**
   * The date a span ends with when the span runs to the right edge of the column and holds more
   * than the date: a right-aligned date the extractor read as part of the text before it.
   */
  private String trailingDate(Span span, float columnRight) {
    if (span.right() < columnRight - 2) {
      return null;
    }
    List<DateSpan> all = dates.findAll(span.text());
    if (all.isEmpty()) {
      return null;
    }
    String date = all.get(all.size() - 1).text();
    String text = span.text().strip();
    return text.endsWith(date) && text.length() > date.length() + 2 && all.get(all.size() - 1).parsed() ? date : null;
  }

  /** The last span of a title line before its right-hand date or place. */
  private static int leadSpan(Block b) {
    int i = b.spans.size() - 1;
    while (i > 0 && b.spans.get(i).left() - b.spans.get(i - 1).right() > Math.max(4, b.size * 0.6f)) {
      i--;
    }
    return i;
  }

  /** Text that goes on from a line before: a small letter, a digit, an opening bracket or a comma. */
  private static boolean opensMidSentence(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return Character.isLowerCase(c) || Character.isDigit(c) || c == '(' || c == ',';
  }

  /**
   * Whether the line is the next item of a list set one item to a line in a narrow column (a
   * sidebar's skills, "Domain-driven design" over "Observability"), not the end of the line above
   * that wrapped: both are a few words, the line above ends no phrase half-way (no comma, dash or
   * joining word) and the line starts with a capital. In a narrow column the width alone cannot
   * tell, since a long item would not have fitted beside the one above either.
   */
  private static boolean listedItems(Block previous, List<Span> spans, float right, float size) {
    if (previous.lineCount > 1 || previous.spans.size() > 1 || spans.size() > 1 || previous.bullet
        || right - previous.left > size * 20) {
      return false;
    }
    String above = previous.text.strip();
    String next = spans.get(0).text().strip();
    return !above.isEmpty() && !next.isEmpty() && words(above) <= 3 && words(next) <= 3
        && Character.isUpperCase(next.codePointAt(0)) && !above.matches(".*[,;:&/+–—-]$")
        && !above.matches("(?i).*\\b(and|or|of|for|the|in|at|with|to|und|et|de)$");
  }

  private static int words(String text) {
    return text.split("\\s+").length;
  }

  /** Whether the next line's first word would not have fitted after {@code lineRight}. */
  private static boolean reachesLimit(float lineRight, Span next, float limit, float size) {
    String nextText = next.text();
    float charWidth = nextText.isEmpty() ? size * 0.5f
        : Math.max(size * 0.3f, (next.right() - next.left()) / nextText.length());
    int space = nextText.indexOf(' ');
    float wordWidth = (space < 0 ? nextText.length() : space) * charWidth;
    return lineRight + wordWidth + charWidth >= limit - size * 1.5f;
  }
}
