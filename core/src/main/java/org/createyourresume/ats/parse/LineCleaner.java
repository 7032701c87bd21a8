package org.createyourresume.ats.parse;

import java.util.ArrayList;
import java.util.List;
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
   * A heading set in a left gutter on the same line as the first line of its section ("PROFILE
   * Final-year computer science student…"), taken out onto a line of its own: a known heading,
   * then a gap wider than a word space.
   */
  private List<LayoutLine> gutterHeadingsApart(List<LayoutLine> lines) {
    List<LayoutLine> out = new ArrayList<>(lines.size());
    for (LayoutLine line : lines) {
      List<Span> spans = line.spans();
      if (line.positioned() && spans.size() >= 2) {
        Span head = spans.get(0);
        Span next = spans.get(1);
        float size = line.fontSize() > 0 ? line.fontSize() : 10f;
        String text = head.text().strip();
        // in capitals: a skills grid's "Languages" label beside its list is not a heading
        // a long heading may fill its gutter: a gap of most of an em is still far wider than a word space
        if (next.left() - head.right() > size * 0.8f && text.split("\\s+").length <= 4
            && (TextNorm.allCaps(text) || TextNorm.letterSpaced(text)) && vocabulary.kindOf(text).isPresent()) {
          out.add(new LayoutLine(List.of(head), line.page(), line.left(), line.top(), head.right(), line.fontSize(),
              line.zone(), false, true));
          out.add(new LayoutLine(spans.subList(1, spans.size()), line.page(), next.left(), line.top(), line.right(),
              line.fontSize(), line.zone(), line.listItem(), false));
          continue;
        }
      }
      out.add(line);
    }
    return out;
  }
}
