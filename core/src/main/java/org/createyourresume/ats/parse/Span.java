package org.createyourresume.ats.parse;

/**
 * A piece of a line set apart from its neighbours by a wide gap or a change of weight: "Acme
 * Corp" and, far to the right, "Jan 2021 – Present" are two spans of one line.
 *
 * @param text the span's text
 * @param left left edge in points (0 when unknown, as for plain text)
 * @param right right edge in points
 * @param bold whether it is set in a bold face
 * @param italic whether it is set in an italic face
 * @param top top edge of its tallest glyph, in points from the top of the page (0 when unknown)
 * @param size its type size in points, the most common among its glyphs (0 when unknown): a line
 *     read across two columns has one size, and each column's piece needs its own
 */
public record Span(String text, float left, float right, boolean bold, boolean italic, float top, float size) {

  /** A span whose type size is not known. */
  public Span(String text, float left, float right, boolean bold, boolean italic, float top) {
    this(text, left, right, bold, italic, top, 0);
  }

  /** A span of plain text without layout. */
  public static Span plain(String text) {
    return new Span(text, 0, 0, false, false, 0);
  }
}
