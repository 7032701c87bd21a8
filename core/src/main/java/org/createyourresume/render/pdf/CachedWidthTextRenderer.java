package org.createyourresume.render.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * OpenHTMLtoPDF's text renderer with text measuring served from {@link GlyphWidths}, and text with
 * Devanagari in it measured and drawn shaped ({@link DevanagariShaping}). Other drawing and font
 * metrics are the engine's own.
 *
 * <p>{@link #getWidth} gives the same number the engine's would: the same font (the first of the
 * family that is available), the same width in font units, then the engine's scaling and rounding
 * (round down when within 0.01 of a whole dot, else up). Text with a character the table does not
 * hold goes to the engine's own code, which also handles fonts missing a glyph.
 */
final class CachedWidthTextRenderer extends PdfBoxTextRenderer {

  /** The engine's tolerance before a width is rounded up (PdfBoxTextRenderer, 1.1.x). */
  private static final float MEASURING_DELTA = 0.01f;

  /**
   * The output device's current font, which the engine sets before drawing a string but does not
   * pass to the text renderer. Null if this engine version names it otherwise: Devanagari is then
   * drawn unshaped (and the tests that look for shaped glyphs fail).
   */
  private static final VarHandle DEVICE_FONT = deviceFont();

  private final DevanagariShaping shaping;
  private final SubsetGuard guard;
  private final boolean drawnWithoutMeasuring;

  /**
   * @param guard watches for characters the faces cut for this page lack, or null when the
   *     family's whole faces are used
   * @param drawnWithoutMeasuring whether text the first face can print is drawn without the
   *     engine's measuring it first (the same PDF; false only to compare the two)
   */
  CachedWidthTextRenderer(DevanagariShaping shaping, SubsetGuard guard, boolean drawnWithoutMeasuring) {
    this.shaping = shaping;
    this.guard = guard;
    this.drawnWithoutMeasuring = drawnWithoutMeasuring;
  }

  /** Writes the fonts of the shaped text into the document, once the last page is drawn. */
  void finish() throws IOException {
    shaping.finish();
  }

  private static VarHandle deviceFont() {
    try {
      return MethodHandles.privateLookupIn(PdfBoxFastOutputDevice.class, MethodHandles.lookup())
          .findVarHandle(PdfBoxFastOutputDevice.class, "_font", PdfBoxFSFont.class);
    } catch (ReflectiveOperationException | SecurityException e) {
      return null;
    }
  }

  @Override
  public int getWidth(FontContext context, FSFont font, String string) {
    PdfBoxFSFont pdfBoxFont = (PdfBoxFSFont) font;
    if (guard != null) {
      guard.check(string);
    }
    if (DevanagariShaping.hasDevanagari(string)) {
      String text = TextRenderer.getEffectivePrintableString(string);
      List<DevanagariShaping.Run> runs = DevanagariShaping.runs(pdfBoxFont.getFontDescriptions(), text);
      if (runs != null) {
        try {
          return rounded(shaping.width(runs, pdfBoxFont.getSize2D()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot measure text", e);
        }
      }
    }
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
    return rounded(units / 1000f * pdfBoxFont.getSize2D());
  }

  /** The engine's rounding of a width to whole dots. */
  private static int rounded(float result) {
    if ((double) result - Math.floor(result) < (double) MEASURING_DELTA) {
      return (int) result;
    }
    return (int) Math.ceil(result);
  }

  @Override
  public void drawString(OutputDevice device, String string, float x, float y) {
    drawString(device, string, x, y, null);
  }

  @Override
  public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
    if (guard != null) {
      guard.check(string);
    }
    if (DEVICE_FONT != null
        && DevanagariShaping.hasDevanagari(string)
        && device instanceof PdfBoxFastOutputDevice pdf
        && DEVICE_FONT.get(pdf) instanceof PdfBoxFSFont font) {
      String text = TextRenderer.getEffectivePrintableString(string);
      List<DevanagariShaping.Run> runs = DevanagariShaping.runs(font.getFontDescriptions(), text);
      if (runs != null) {
        try {
          shaping.draw(pdf, runs, x, y, info, font.getSize2D());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot draw text", e);
        }
        return;
      }
    }
    if (drawnWithoutMeasuring
        && DEVICE_FONT != null
        && device instanceof PdfBoxFastOutputDevice pdf
        && DEVICE_FONT.get(pdf) instanceof PdfBoxFSFont font
        && drawnInFirstFace(pdf, font, string, x, y, info)) {
      return;
    }
    super.drawString(device, string, x, y, info);
  }

  /**
   * Draws {@code string} as the engine does when the font's first face has every character of
   * it, and says whether it did. The engine finds that out by measuring the string with {@link
   * PDFont#getStringWidth}, which throws for a missing glyph and allocates a stream and a buffer
   * per character (a fifth of a page's allocation); the width table answers the same question from
   * what it already knows. Text it cannot answer for is left to the engine.
   */
  private static boolean drawnInFirstFace(
      PdfBoxFastOutputDevice device, PdfBoxFSFont font, String string, float x, float y, JustificationInfo info) {
    List<FontDescription> descriptions = font.getFontDescriptions();
    if (descriptions == null || descriptions.isEmpty()) {
      return false;
    }
    FontDescription first = descriptions.get(0);
    PDFont pdFont = first.getFont();
    GlyphWidths widths = pdFont == null ? null : GlyphWidths.of(pdFont);
    if (widths == null) {
      return false;
    }
    String printable = TextRenderer.getEffectivePrintableString(string);
    try {
      if (Float.isNaN(widths.width(pdFont, printable))) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    try {
      device.drawStringFast(printable, x, y, info, first, font.getSize2D());
      return true;
    } catch (Exception e) {
      // the engine, too, falls back to drawing by font runs when the first face fails
      return false;
    }
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
