package org.createyourresume.ats.parse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a document as an ATS reads it, in reading order, with what the layout tells about
 * it. Extractors (PDF, DOCX, plain text) produce these; {@link ResumeParser} consumes them, so a
 * new input format only needs a new extractor.
 *
 * @param spans the line's pieces, left to right
 * @param page 1-based page, or 1 for formats without pages
 * @param left left edge in points (0 when unknown)
 * @param top top edge in points from the top of the page (0 when unknown)
 * @param right right edge in points (0 when unknown)
 * @param fontSize the size of most of its characters, in points (0 when unknown)
 * @param zone where the line sits: the body, or a page header or footer
 * @param listItem whether the format itself marks the line as a list item (DOCX numbering)
 * @param headingStyle whether the format itself marks the line as a heading (DOCX heading style)
 */
public record LayoutLine(
    List<Span> spans,
    int page,
    float left,
    float top,
    float right,
    float fontSize,
    Zone zone,
    boolean listItem,
    boolean headingStyle) {

  /** Where on the page a line sits. */
  public enum Zone {
    BODY,
    /** A running header or footer (DOCX header/footer parts, PDF pagination artifacts). */
    HEADER_FOOTER,
    /** A text box or shape, which many ATS skip. */
    TEXT_BOX,
    /**
     * Marked in a tagged PDF as an artifact (not real content) without saying why; extractors
     * resolve it to {@link #HEADER_FOOTER} near the top or bottom of the page, else to {@link #BODY}.
     */
    ARTIFACT
  }

  public LayoutLine {
    spans = List.copyOf(spans);
  }

  /** A line of plain text, as from a paste: no layout at all. */
  public static LayoutLine plain(String text, int page) {
    return new LayoutLine(List.of(Span.plain(text)), page, 0, 0, 0, 0, Zone.BODY, false, false);
  }

  /** The text of all spans, joined by one space. */
  public String text() {
    if (spans.size() == 1) {
      return spans.get(0).text();
    }
    return spans.stream().map(Span::text).collect(Collectors.joining(" "));
  }

  /** Whether the first span is bold. */
  public boolean startsBold() {
    return !spans.isEmpty() && spans.get(0).bold();
  }

  /** Whether every span with letters is bold. */
  public boolean allBold() {
    return spans.stream().allMatch(s -> s.bold() || s.text().isBlank());
  }

  /** Whether the line has layout positions (false for plain text). */
  public boolean positioned() {
    return right > 0;
  }
}
