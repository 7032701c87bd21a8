package org.createyourresume.render.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The advance width of each character of one parsed font, in font units (1/1000 em), kept
 * between renders.
 *
 * <p>Why: the layout measures every word through {@link PDFont#getStringWidth}, which encodes the
 * text to bytes and reads the codes back through a CMap, allocating several objects per
 * character; the profile put 11% of a render's allocation there. A character's width depends only
 * on the font file, so it is read once per thread and font. The sum below adds the same floats in
 * the same order as {@code getStringWidth}, so a width is bit-for-bit what PDFBox would return.
 *
 * <p>Not thread-safe: one table per thread and font, like the fonts themselves ({@link
 * FontCatalog}).
 */
final class GlyphWidths {

  /** Characters the table holds: every block {@link FontCatalog#SUPPORTED} keeps is below it. */
  private static final int LIMIT = 0x2600;

  /** Marks a character whose width has not been read yet. */
  private static final float UNREAD = Float.NaN;

  /** Marks a character the font has no glyph for: such text goes back to PDFBox's own path. */
  private static final float MISSING = Float.NEGATIVE_INFINITY;

  /**
   * One table per parsed font of this thread. Weak keys: a font no longer used by any {@link
   * FontCatalog} (a renderer that was dropped) takes its table with it.
   */
  private static final ThreadLocal<Map<TrueTypeFont, GlyphWidths>> TABLES =
      ThreadLocal.withInitial(WeakHashMap::new);

  private final float[] widths = new float[LIMIT];

  private GlyphWidths() {
    Arrays.fill(widths, UNREAD);
  }

  /**
   * This thread's table for the font behind {@code font}, or null when {@code font} is not one
   * of our embedded TrueType fonts.
   */
  static GlyphWidths of(PDFont font) {
    if (font instanceof PDType0Font type0
        && type0.getDescendantFont() instanceof PDCIDFontType2 cid
        && cid.getTrueTypeFont() != null) {
      return TABLES.get().computeIfAbsent(cid.getTrueTypeFont(), f -> new GlyphWidths());
    }
    return null;
  }

  /**
   * The width of {@code text} in font units as {@code font.getStringWidth(text)} gives it, or NaN
   * when a character is outside the table or missing from the font (the caller then asks PDFBox,
   * which reports the missing glyph its own way).
   *
   * @param font the document's font for this table's parsed font
   */
  float width(PDFont font, String text) throws IOException {
    float total = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c >= LIMIT) {
        return Float.NaN;
      }
      float w = widths[c];
      if (Float.isNaN(w)) {
        w = read(font, c);
        widths[c] = w;
      }
      if (w == MISSING) {
        return Float.NaN;
      }
      total += w;
    }
    return total;
  }

  private static float read(PDFont font, int c) throws IOException {
    try {
      return font.getStringWidth(new String(Character.toChars(c)));
    } catch (IllegalArgumentException noGlyph) {
      return MISSING;
    }
  }
}
