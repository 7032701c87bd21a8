package org.createyourresume.render.theme;

import java.util.Locale;
import org.createyourresume.model.DateFormat;
import org.createyourresume.model.PageSize;

/**
 * A theme with the user's design settings applied: every value is valid and final. Colours are
 * {@code #rrggbb}; lengths in points unless named otherwise.
 *
 * @param fontFamily a bundled family name
 * @param fontSize base size, points
 * @param accent accent colour
 * @param accentTint the accent mixed with much white, for backgrounds (no alpha in our CSS)
 * @param marginTop top margin, millimetres
 * @param marginRight right margin, millimetres
 * @param marginBottom bottom margin, millimetres
 * @param marginLeft left margin, millimetres
 * @param lineSpacing line height as a multiple of the font size
 * @param locale the resume's language, for month names and the {@code lang} attribute
 */
public record Style(
    Theme theme,
    String fontFamily,
    double fontSize,
    String accent,
    String accentTint,
    double marginTop,
    double marginRight,
    double marginBottom,
    double marginLeft,
    double lineSpacing,
    PageSize pageSize,
    DateFormat dateFormat,
    Locale locale) {

  /**
   * The font-family CSS value. Only bundled families are named: an unknown one draws no text. The
   * PDF writer adds the fallback faces for other scripts where the text needs them.
   */
  public String fontFamilyCss() {
    return "'" + fontFamily + "'";
  }

  /** A size relative to the base font size, in points, rounded to a tenth. */
  public double pt(double factor) {
    return Math.round(fontSize * factor * 10) / 10.0;
  }

  /** The CSS {@code size} of the page. */
  public String pageSizeCss() {
    return pageSize == PageSize.LETTER ? "8.5in 11in" : "210mm 297mm";
  }

  /**
   * The CSS {@code size} of a page as wide as the real one and taller than any resume, on which
   * the content lays out without page breaks: its natural height.
   */
  public String endlessPageSizeCss() {
    return (pageSize == PageSize.LETTER ? "8.5in" : "210mm") + " 5000mm";
  }

  /** The width of the page's content area (inside the margins), points. */
  public double contentWidthPt() {
    return (pageSize.widthMm() - marginLeft - marginRight) * 72 / 25.4;
  }

  /** The height of the page's content area (inside the margins), points. */
  public double contentHeightPt() {
    return (pageSize.heightMm() - marginTop - marginBottom) * 72 / 25.4;
  }

  public String languageTag() {
    return locale.toLanguageTag();
  }
}
