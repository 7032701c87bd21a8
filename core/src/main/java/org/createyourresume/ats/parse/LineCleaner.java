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
    return gutterHeadingsApart(withoutIconGlyphs(lines));
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
    List<LayoutLine> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LayoutLine line = lines.get(i);
      GutterHeading h = headings[i];
      if (h != null && (h.setLikeAHeading()
          || kindsByLeft.getOrDefault(Math.round(h.first().left()), Set.of()).size() >= 3)) {
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
    String t = text.strip();
    t = t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    return TextNorm.letterSpaced(t) ? TextNorm.collapseLetterSpacing(t) : t;
  }

  /** A heading in the gutter: one piece, or two when it wrapped onto the next line. */
  private record GutterHeading(GutterPiece first, GutterPiece second) {
    String text() {
      return second == null ? first.text() : first.text() + (first.letterSpaced() ? "  " : " ") + second.text();
    }

    boolean setLikeAHeading() {
      String t = text();
      return TextNorm.allCaps(t) || TextNorm.letterSpaced(bare(t)) || first.larger();
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
      return spans.stream().anyMatch(s -> TextNorm.letterSpaced(bare(s.text())));
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
