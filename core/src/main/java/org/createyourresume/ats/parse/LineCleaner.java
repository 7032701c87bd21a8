package org.createyourresume.ats.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parser's first stage: the lines as the extractor gave them, cleaned of what would stick to
 * a field or hide a heading. Icon glyphs are taken out, and a heading set in a left gutter beside
 * its section's first line is set on a line of its own.
 */
final class LineCleaner {

  /** Private Use Area glyphs, but not the Symbol and Wingdings bullets that {@link #BULLET_MARK} knows. */
  private static final Pattern ICON_GLYPH = Pattern.compile("[\\p{Co}&&[^\\uF0A7\\uF0B7\\uF076\\uF0D8\\uF0FC\\uF0A8]]"
      // and an icon font's glyph with no character mapped to it, which a PDF's text gives as U+0000
      + "|\\u0000");

  private final SectionVocabulary vocabulary;

  LineCleaner(SectionVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The lines without icon glyphs, with gutter headings apart. */
  List<LayoutLine> clean(List<LayoutLine> lines) {
    return gutterColumnsInPlace(gutterHeadingsApart(withoutIconGlyphs(lines)));
  }

  /**
   * A gutter of headings read as a column of its own (the extractor found the gap beside it and
   * gave its lines together, before or after the text they stand beside), each heading put back
   * where it stands: before the first line beside or below its top. A run of three headings or
   * more, known ones among them, at one left edge, in one weight and size, with nothing but
   * headings in it, and the page's other text to the right of it at their heights, is such a
   * gutter; a heading that wrapped in it ("W H E R E  I ' V E" over "W O R K E D :") is joined.
   * A sidebar's headings stand among its contact lines and lists, so it is never one run.
   */
  private List<LayoutLine> gutterColumnsInPlace(List<LayoutLine> lines) {
    List<LayoutLine> out = new ArrayList<>(lines);
    int i = 0;
    while (i < out.size()) {
      int end = headingRunEnd(out, i);
      if (end < 0) {
        i++;
        continue;
      }
      List<LayoutLine> run = new ArrayList<>(out.subList(i, end));
      List<LayoutLine> headings = joinedWraps(run);
      float runRight = 0;
      for (LayoutLine h : run) {
        runRight = Math.max(runRight, h.right());
      }
      List<LayoutLine> rest = new ArrayList<>(out.subList(0, i));
      rest.addAll(out.subList(end, out.size()));
      if (!besideText(headings, rest, runRight)
          || headings.stream().filter(h -> known(h.text())).count() < 2 || headings.size() < 3) {
        i++;
        continue;
      }
      for (LayoutLine h : headings) {
        int at = rest.size();
        for (int k = 0; k < rest.size(); k++) {
          LayoutLine r = rest.get(k);
          if (r.page() == h.page() && r.left() > runRight && r.top() >= h.top() - 3) {
            at = k;
            break;
          }
          if (r.page() > h.page()) {
            at = k;
            break;
          }
        }
        rest.add(at, h);
      }
      // on with the next page: this one's gutter is in place
      int page = run.get(0).page();
      out = rest;
      i = 0;
      while (i < out.size() && out.get(i).page() <= page) {
        i++;
      }
    }
    return out;
  }

  /** The end of a run of heading-like lines from {@code from} (short, at one left edge, alike), or -1. */
  private static int headingRunEnd(List<LayoutLine> lines, int from) {
    LayoutLine first = lines.get(from);
    if (!headingLike(first)) {
      return -1;
    }
    int end = from + 1;
    while (end < lines.size()) {
      LayoutLine l = lines.get(end);
      LayoutLine prev = lines.get(end - 1);
      if (!headingLike(l) || l.page() != first.page() || Math.abs(l.left() - first.left()) > 2 || l.top() <= prev.top()
          || l.startsBold() != first.startsBold() || Math.abs(l.fontSize() - first.fontSize()) > 0.3f) {
        break;
      }
      end++;
    }
    return end - from >= 3 ? end : -1;
  }

  /** Whether a line could be (part of) a heading: positioned, short, no digits, no '@', not a sentence. */
  private static boolean headingLike(LayoutLine line) {
    String t = line.text().strip();
    String words = bare(t);
    return line.positioned() && !words.isEmpty() && words.split("\\s+").length <= 4 && !t.endsWith(".")
        && t.chars().noneMatch(c -> Character.isDigit(c) || c == '@');
  }

  /** The run's lines with each heading that wrapped onto the next line joined to it. */
  private List<LayoutLine> joinedWraps(List<LayoutLine> run) {
    List<LayoutLine> out = new ArrayList<>();
    for (int i = 0; i < run.size(); i++) {
      LayoutLine line = run.get(i);
      GutterPiece piece = new GutterPiece(line.spans(), line.right(), List.of());
      GutterHeading heading = new GutterHeading(piece, null);
      if (i + 1 < run.size() && !known(line.text())) {
        LayoutLine next = run.get(i + 1);
        float size = line.fontSize() > 0 ? line.fontSize() : 10f;
        boolean ends = line.text().strip().endsWith(":");
        if (!ends && next.top() - line.top() <= size * 1.9f) {
          heading = new GutterHeading(piece, new GutterPiece(next.spans(), next.right(), List.of()));
          i++;
        }
      }
      out.add(heading.asLine(line));
    }
    return out;
  }

  /** Whether other text of the page stands right of the run, between its first heading and its last. */
  private static boolean besideText(List<LayoutLine> headings, List<LayoutLine> rest, float runRight) {
    LayoutLine first = headings.get(0);
    LayoutLine last = headings.get(headings.size() - 1);
    return rest.stream().filter(r -> r.page() == first.page() && r.left() > runRight
        && r.top() > first.top() && r.top() < last.top()).count() >= 2;
  }

  /**
   * Lines without icon-font glyphs (Private Use Area characters: the map marker before a place,
   * the phone before a number), which are pictures, not text, and would stick to the field.
   */
  private static List<LayoutLine> withoutIconGlyphs(List<LayoutLine> lines) {
    List<LayoutLine> out = new ArrayList<>(lines.size());
    for (LayoutLine line : lines) {
      if (!ICON_GLYPH.matcher(line.text()).find()) {
        out.add(line);
        continue;
      }
      List<Span> spans = new ArrayList<>();
      for (Span span : line.spans()) {
        String text = ICON_GLYPH.matcher(span.text()).replaceAll("").strip();
        if (!text.isEmpty()) {
          spans.add(new Span(text, span.left(), span.right(), span.bold(), span.italic(), span.top()));
        }
      }
      if (!spans.isEmpty()) {
        out.add(new LayoutLine(spans, line.page(), line.left(), line.top(), line.right(), line.fontSize(),
            line.zone(), line.listItem(), line.headingStyle()));
      }
    }
    return out;
  }

  /**
   * Headings set in a left gutter beside their section's first line ("PROFILE  Final-year computer
   * science student…"), taken out onto lines of their own, ahead of what stands beside them. A
   * gutter piece is the text before the line's widest gap of most of an em; it may be several
   * spans (a letter-spaced heading's words come out apart) and may wrap onto the next line in the
   * gutter ("Relevant" over "Experience", "PROFESSIONAL" over "SUMMARY"), the second piece alone on
   * its line or beside the next line of content. A piece is a heading when the vocabulary knows it
   * and it is set like one: in capitals, letter-spaced or larger than the text beside it; or, in a
   * page whose gutter holds known headings of three kinds or more at one left edge, set as they
   * are (a gutter of headings in sentence case). A skills grid's "Languages" label beside its list,
   * in the body's type and case, stays in its line.
   */
  private List<LayoutLine> gutterHeadingsApart(List<LayoutLine> lines) {
    int n = lines.size();
    List<GutterPiece> pieces = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      GutterPiece piece = GutterPiece.leading(lines.get(i), this::known);
      if (piece == null && i > 0) {
        piece = GutterPiece.alone(lines.get(i), pieces.get(i - 1), lines.get(i - 1));
      }
      pieces.add(piece);
    }
    // the heading each line opens: its piece, or its piece and the one below wrapped together
    GutterHeading[] headings = new GutterHeading[n];
    for (int i = 0; i < n; i++) {
      GutterPiece piece = pieces.get(i);
      if (piece == null) {
        continue;
      }
      GutterPiece below = i + 1 < n ? pieces.get(i + 1) : null;
      if (below != null && piece.wrapsInto(below, lines.get(i), lines.get(i + 1))
          && known(piece.text() + " " + below.text()) && !known(piece.text())) {
        headings[i] = new GutterHeading(piece, below);
        i++;
      } else if (known(piece.text())) {
        headings[i] = new GutterHeading(piece, null);
      }
    }
    Map<Integer, Set<SectionKind>> kindsByLeft = new HashMap<>();
    for (GutterHeading h : headings) {
      if (h != null) {
        kindsByLeft.computeIfAbsent(Math.round(h.first().left()), k -> new HashSet<>())
            .add(vocabulary.kindOf(bare(h.text())).orElseThrow());
      }
    }
    // a gutter holds headings; an edge where other text stands beside the main column as often is
    // a sidebar the extractor did not part from it ("Address: Leeds" beside the summary)
    Map<Integer, Integer> headingsByLeft = new HashMap<>();
    Map<Integer, Integer> othersByLeft = new HashMap<>();
    for (int i = 0; i < n; i++) {
      GutterPiece piece = pieces.get(i);
      if (headings[i] != null) {
        headingsByLeft.merge(Math.round(headings[i].first().left()), 1, Integer::sum);
        i += headings[i].second() == null ? 0 : 1;
      } else if (piece != null && !piece.beside().isEmpty()) {
        othersByLeft.merge(Math.round(piece.left()), 1, Integer::sum);
      }
    }
    List<LayoutLine> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LayoutLine line = lines.get(i);
      GutterHeading h = headings[i];
      int left = h == null ? 0 : Math.round(h.first().left());
      if (h != null && (h.capitalsInOneSpan() || headingsByLeft.get(left) >= othersByLeft.getOrDefault(left, 0)
          && (h.setLikeAHeading() || kindsByLeft.getOrDefault(left, Set.of()).size() >= 3))) {
        out.add(h.asLine(line));
        out.addAll(h.first().rest(line));
        if (h.second() != null) {
          out.addAll(h.second().rest(lines.get(++i)));
        }
        continue;
      }
      out.add(line);
    }
    return out;
  }

  /** Whether the vocabulary knows {@code text} as a heading, a trailing colon and letter spacing aside. */
  private boolean known(String text) {
    String words = bare(text);
    return !words.isEmpty() && words.split("\\s+").length <= 6 && vocabulary.kindOf(words).isPresent();
  }

  /** A heading's words: without a trailing colon, letter spacing collapsed. */
  private static String bare(String text) {
    String t = withoutColon(text);
    return TextNorm.letterSpaced(t) ? TextNorm.collapseLetterSpacing(t) : t;
  }

  private static String withoutColon(String text) {
    String t = text.strip();
    return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
  }

  /** A heading in the gutter: one piece, or two when it wrapped onto the next line. */
  private record GutterHeading(GutterPiece first, GutterPiece second) {
    String text() {
      return second == null ? first.text() : first.text() + (first.letterSpaced() ? "  " : " ") + second.text();
    }

    /** A heading of a few words in capitals in one span, beside its section: a gutter's whatever else stands there. */
    boolean capitalsInOneSpan() {
      String t = first.spans().get(0).text().strip();
      return second == null && first.spans().size() == 1 && t.split("\\s+").length <= 4
          && (TextNorm.allCaps(t) || TextNorm.letterSpaced(t));
    }

    boolean setLikeAHeading() {
      String t = text();
      return TextNorm.allCaps(t) || TextNorm.letterSpaced(withoutColon(t)) || first.larger();
    }

    /** The heading as a line of its own, where its first piece stands. */
    LayoutLine asLine(LayoutLine line) {
      Span a = first.spans().get(0);
      float right = second == null ? first.right() : Math.max(first.right(), second.right());
      Span span = new Span(text(), a.left(), right, a.bold(), a.italic(), a.top(), a.size());
      return new LayoutLine(List.of(span), line.page(), a.left(), line.top(), right, line.fontSize(), line.zone(), false,
          true);
    }
  }

  /**
   * The text of a line in a left gutter: its first spans, before the line's widest gap.
   *
   * @param spans the gutter's spans
   * @param besideFrom where the text beside it starts, or where its line ends when nothing is beside it
   * @param beside the spans beside it, maybe none
   */
  private record GutterPiece(List<Span> spans, float besideFrom, List<Span> beside) {

    /** At most this many spans make a gutter's text: a letter-spaced heading of a few words. */
    private static final int MOST_SPANS = 5;

    float left() {
      return spans.get(0).left();
    }

    float right() {
      return spans.get(spans.size() - 1).right();
    }

    /** The text, spans joined: two spaces between letter-spaced words ("W O R K  H I S T O R Y"), else one. */
    String text() {
      StringBuilder text = new StringBuilder();
      for (Span s : spans) {
        String t = s.text().strip();
        if (!text.isEmpty()) {
          // a mark between letter-spaced words is set like a letter: "E D U C A T I O N & T R A I N I N G"
          boolean mark = t.length() == 1 && !Character.isLetter(t.charAt(0))
              || text.length() > 1 && text.charAt(text.length() - 2) == ' ' && !Character.isLetter(text.charAt(text.length() - 1));
          text.append(letterSpaced() && !mark ? "  " : " ");
        }
        text.append(t);
      }
      return text.toString();
    }

    /** Whether a span of it is set letter by letter. */
    boolean letterSpaced() {
      return spans.stream().anyMatch(s -> TextNorm.letterSpaced(withoutColon(s.text())));
    }

    /** Whether it is set larger than the text beside it. */
    boolean larger() {
      float size = spans.get(0).size();
      return !beside.isEmpty() && size > 0 && beside.get(0).size() > 0 && size >= beside.get(0).size() * 1.06f;
    }

    /** The line's text beside the gutter, as a line of its own; none when the line is all gutter. */
    List<LayoutLine> rest(LayoutLine line) {
      if (beside.isEmpty()) {
        return List.of();
      }
      Span first = beside.get(0);
      return List.of(new LayoutLine(beside, line.page(), first.left(), line.top(), line.right(), line.fontSize(),
          line.zone(), line.listItem(), false));
    }

    /**
     * The first spans of {@code line} before a gap wider than most of an em, with text beside
     * them: before the first such gap that closes a known heading, else before the first such gap.
     */
    static GutterPiece leading(LayoutLine line, java.util.function.Predicate<String> known) {
      List<Span> spans = line.spans();
      if (!line.positioned() || spans.size() < 2) {
        return null;
      }
      float size = line.fontSize() > 0 ? line.fontSize() : 10f;
      GutterPiece first = null;
      for (int k = 1; k <= Math.min(MOST_SPANS, spans.size() - 1); k++) {
        if (spans.get(k).left() - spans.get(k - 1).right() > size * 0.8f) {
          GutterPiece piece = new GutterPiece(spans.subList(0, k), spans.get(k).left(), spans.subList(k, spans.size()));
          if (known.test(piece.text())) {
            return piece;
          }
          first = first == null ? piece : first;
        }
      }
      return first;
    }

    /**
     * A line all in the gutter, under a gutter piece of the line above (the second line of a
     * heading that wrapped in its gutter, with nothing beside it), or null.
     */
    static GutterPiece alone(LayoutLine line, GutterPiece above, LayoutLine aboveLine) {
      if (above == null || !line.positioned() || line.spans().size() > MOST_SPANS || line.page() != aboveLine.page()) {
        return null;
      }
      float size = line.fontSize() > 0 ? line.fontSize() : 10f;
      if (Math.abs(line.left() - above.left()) > 2 || line.right() > above.besideFrom() - size * 0.8f) {
        return null;
      }
      return new GutterPiece(line.spans(), line.right(), List.of());
    }

    /** Whether {@code below}, on the next line, goes on with this piece: same left edge and weight, one line down. */
    boolean wrapsInto(GutterPiece below, LayoutLine line, LayoutLine next) {
      float size = line.fontSize() > 0 ? line.fontSize() : 10f;
      return next.page() == line.page() && Math.abs(below.left() - left()) <= 2 && next.top() > line.top()
          && next.top() - line.top() <= size * 1.9f && spans.get(0).bold() == below.spans().get(0).bold();
    }
  }
}
