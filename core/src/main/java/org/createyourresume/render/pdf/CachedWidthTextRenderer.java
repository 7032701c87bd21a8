package org.createyourresume.render.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * OpenHTMLtoPDF's text renderer with text measuring served from {@link GlyphWidths}. Drawing and
 * font metrics are the engine's own.
 *
 * <p>{@link #getWidth} gives the same number the engine's would: the same font (the first of the
 * family that is available), the same width in font units, then the engine's scaling and rounding
 * (round down when within 0.01 of a whole dot, else up). Text with a character the table does not
 * hold goes to the engine's own code, which also handles fonts missing a glyph.
 */
final class CachedWidthTextRenderer extends PdfBoxTextRenderer {

  /** The engine's tolerance before a width is rounded up (PdfBoxTextRenderer, 1.1.x). */
  private static final float MEASURING_DELTA = 0.01f;

  @Override
  public int getWidth(FontContext context, FSFont font, String string) {
    PdfBoxFSFont pdfBoxFont = (PdfBoxFSFont) font;
    PDFont pdFont = firstAvailable(pdfBoxFont.getFontDescriptions());
    GlyphWidths widths = pdFont == null ? null : GlyphWidths.of(pdFont);
    if (widths == null) {
      return super.getWidth(context, font, string);
    }
    float units;
    try {
      units = widths.width(pdFont, TextRenderer.getEffectivePrintableString(string));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure text", e);
    }
    if (Float.isNaN(units)) {
      return super.getWidth(context, font, string);
    }
    float result = units / 1000f * pdfBoxFont.getSize2D();
    if ((double) result - Math.floor(result) < (double) MEASURING_DELTA) {
      return (int) result;
    }
    return (int) Math.ceil(result);
  }

  private static PDFont firstAvailable(List<FontDescription> descriptions) {
    if (descriptions == null) {
      return null;
    }
    for (FontDescription description : descriptions) {
      PDFont pdFont = description.getFont();
      if (pdFont != null) {
        return pdFont;
      }
    }
    return null;
  }
}
