package org.createyourresume.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * OpenType shaping of Devanagari text for one render: conjuncts, half forms, reph, the short i
 * sign before its consonant and marks placed where the font's GPOS puts them.
 *
 * <p>The JDK's own layout engine (HarfBuzz, inside {@link Font#layoutGlyphVector}) shapes each run
 * of text set in a Devanagari face, on the same font file PDFBox embeds; the layout measures the
 * shaped width and the glyphs are drawn at the positions the shaper gave, through a {@link
 * ShapedFont} whose Unicode map gives back the source text in logical order. Text in any other
 * face, and any string without a Devanagari character, takes the engine's own path unchanged.
 *
 * <p>Not thread-safe: one per render, like the document it draws into.
 */
final class DevanagariShaping {

  /** Fractional metrics, no anti-aliasing: positions in font units at a size of one em. */
  private static final FontRenderContext UNITS = new FontRenderContext(null, false, true);

  private final PDDocument document;
  private final Map<TrueTypeFont, Font> layoutFonts;
  private final Map<TrueTypeFont, Map<String, Shaped>> shaped = new IdentityHashMap<>();
  private final Map<TrueTypeFont, ShapedFont> fonts = new IdentityHashMap<>();
  private final List<ShapedFont> inOrder = new ArrayList<>();
  private final Map<FontDescription, FontDescription> descriptions = new IdentityHashMap<>();
  private final Map<ShapedFont, Map<Integer, GeneralPath>> outlines = new IdentityHashMap<>();

  /**
   * @param layoutFonts each face to shape, with the same font file opened by the JDK at a size of
   *     one em in font units
   */
  DevanagariShaping(PDDocument document, Map<TrueTypeFont, Font> layoutFonts) {
    this.document = document;
    this.layoutFonts = layoutFonts;
  }

  /** Whether {@code text} holds a character of the Devanagari blocks. */
  static boolean hasDevanagari(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\u0900' && c <= '\u097F') || (c >= '\uA8E0' && c <= '\uA8FF') || (c >= '\u1CD0' && c <= '\u1CFF')) {
        return true;
      }
    }
    return false;
  }

  /** A piece of text set in one font, as the engine would choose it character by character. */
  record Run(FontDescription description, String text) {}

  /**
   * {@code text} cut into runs of one font each: every character in the first of {@code
   * descriptions} that has a glyph for it, as the engine chooses; null when some character is in
   * none of them (the engine then draws its replacement, its own way).
   */
  static List<Run> runs(List<FontDescription> descriptions, String text) {
    List<Run> runs = new ArrayList<>();
    FontDescription current = null;
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      FontDescription chosen = null;
      if ((c == 0x200C || c == 0x200D) && current != null && has(current, c)) {
        chosen = current; // a joiner belongs to the syllable it shapes
      } else {
        for (FontDescription description : descriptions) {
          if (has(description, c)) {
            chosen = description;
            break;
          }
        }
      }
      if (chosen == null) {
        return null;
      }
      if (chosen != current) {
        if (current != null) {
          runs.add(new Run(current, text.substring(start, i)));
        }
        current = chosen;
        start = i;
      }
      i += Character.charCount(c);
    }
    if (current != null) {
      runs.add(new Run(current, text.substring(start)));
    }
    return runs;
  }

  private static boolean has(FontDescription description, int c) {
    TrueTypeFont face = face(description.getFont());
    try {
      return face != null && face.getUnicodeCmapLookup().getGlyphId(c) != 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parsed face behind one of our embedded fonts, or null. */
  static TrueTypeFont face(PDFont font) {
    if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
      return cid.getTrueTypeFont();
    }
    return null;
  }

  /**
   * The width of {@code runs} set at {@code size}, in the engine's units, with Devanagari runs
   * shaped and every other run measured as the engine measures it.
   */
  float width(List<Run> runs, float size) throws IOException {
    float width = 0;
    for (Run run : runs) {
      Shaped glyphs = shape(run);
      width += glyphs == null
          ? run.description().getFont().getStringWidth(run.text()) / 1000f * size
          : glyphs.advance() / glyphs.unitsPerEm() * size;
    }
    return width;
  }

  /**
   * Draws {@code runs} from ({@code x}, {@code y}) as the engine's drawing routine would, with
   * Devanagari runs shaped.
   */
  void draw(PdfBoxFastOutputDevice device, List<Run> runs, float x, float y, JustificationInfo info, float size)
      throws IOException {
    float offset = 0;
    for (Run run : runs) {
      Shaped glyphs = shape(run);
      ShapedFont font = glyphs == null ? null : font(run);
      // a font full of codes (over 20,000 glyph-and-text pairs in one document) draws the rest
      // unshaped: a little narrower or wider than measured, but every character still there
      if (font == null || !font.hasRoom(glyphs.ids().length)) {
        device.drawStringFast(run.text(), x + offset, y, info, run.description(), size);
        offset += run.description().getFont().getStringWidth(run.text()) / 1000f * size;
      } else {
        draw(device, glyphs, font, descriptionOf(font, run.description()), x + offset, y, info, size);
        offset += glyphs.advance() / glyphs.unitsPerEm() * size;
      }
      if (info != null) {
        for (int i = 0; i < run.text().length(); ) {
          int c = run.text().codePointAt(i);
          offset += PdfBoxTextRenderer.isJustificationSpace(c) ? info.getSpaceAdjust() : info.getNonSpaceAdjust();
          i += Character.charCount(c);
        }
      }
    }
  }

  /**
   * Draws shaped glyphs. Glyphs with an advance width are text: consecutive ones that sit where
   * their advances put them go out as one string, and one the shaper moved (a kerned pair, the
   * spacing a justified line adds after each character) starts a new string at its own position.
   * Glyphs without an advance (vowel signs above and below, anusvara, reph, nukta) are filled as
   * outlines where the shaper placed them: drawn as text over or under the letter before them,
   * extractors would read them into the middle of that letter's text or space them off from it.
   * Their characters are part of the text of the glyph they attach to ({@link #shape}).
   */
  private void draw(
      PdfBoxFastOutputDevice device,
      Shaped glyphs,
      ShapedFont font,
      FontDescription description,
      float x,
      float y,
      JustificationInfo info,
      float size)
      throws IOException {
    float scale = size / glyphs.unitsPerEm();
    float perCharacter = info == null ? 0 : info.getNonSpaceAdjust();
    FontSpecification requested = device.getFontSpecification();
    float shear = requested != null
            && requested.fontStyle == IdentValue.ITALIC
            && description.getStyle() != IdentValue.ITALIC
        ? 0.21256f // the engine's slant for an italic the face lacks
        : 0;
    StringBuilder pending = new StringBuilder();
    float startX = 0;
    float startY = 0;
    float next = Float.NaN;
    for (int i = 0; i < glyphs.ids().length; i++) {
      float gx = glyphs.x()[i] * scale + perCharacter * glyphs.spacings()[i];
      float gy = glyphs.y()[i] * scale;
      if (glyphs.pieces()[i] == null) {
        device.fill(outline(font, glyphs.ids()[i], new AffineTransform(scale, 0, shear * scale, -scale, x + gx, y + gy)));
        continue;
      }
      if (pending.length() > 0 && (Math.abs(gx - next) > 0.5f * scale || gy != startY)) {
        device.drawStringFast(pending.toString(), x + startX, y + startY, null, description, size);
        pending.setLength(0);
      }
      if (pending.length() == 0) {
        startX = gx;
        startY = gy;
      }
      pending.appendCodePoint(font.carrier(glyphs.ids()[i], glyphs.pieces()[i]));
      next = gx + glyphs.advances()[i] * scale;
    }
    if (pending.length() > 0) {
      device.drawStringFast(pending.toString(), x + startX, y + startY, null, description, size);
    }
  }

  /** The outline of glyph {@code id} of the face behind {@code font}, placed by {@code at}. */
  private Shape outline(ShapedFont font, int id, AffineTransform at) throws IOException {
    GeneralPath path = outlines.computeIfAbsent(font, f -> new HashMap<>()).get(id);
    if (path == null) {
      GlyphData data = font.face().getGlyph().getGlyph(id);
      path = data == null ? new GeneralPath() : data.getPath();
      outlines.get(font).put(id, path);
    }
    return at.createTransformedShape(path);
  }

  private ShapedFont font(Run run) {
    PDFont original = run.description().getFont();
    return fonts.computeIfAbsent(face(original), f -> {
      ShapedFont font = new ShapedFont(f, original.getFontDescriptor());
      inOrder.add(font);
      return font;
    });
  }

  private FontDescription descriptionOf(ShapedFont font, FontDescription original) {
    return descriptions.computeIfAbsent(
        original, d -> new FontDescription(font, d.getStyle(), d.getWeight()));
  }

  /** Writes the shaped fonts into the document; called once, after the last page is drawn. */
  void finish() throws IOException {
    for (ShapedFont font : inOrder) {
      if (font.isUsed()) {
        font.finish(document);
      }
    }
  }

  /**
   * A run shaped: glyph ids in visual order, their positions and advances in font units, how many
   * times the per-character spacing of a justified or letter-spaced line goes before each glyph,
   * and the source text each glyph with an advance stands for (null for the glyphs drawn as
   * outlines).
   *
   * <p>The layout adds that spacing once per character; a syllable is one shape, so the run's
   * spacing is shared out evenly between its clusters instead, the same in all.
   */
  record Shaped(
      int[] ids, float[] x, float[] y, float[] advances, float[] spacings, String[] pieces, float advance, float unitsPerEm) {}

  /** {@code run} shaped, or null when its face is not shaped or the shaper's output cannot be mapped. */
  Shaped shape(Run run) throws IOException {
    TrueTypeFont face = face(run.description().getFont());
    Font layout = face == null ? null : layoutFonts.get(face);
    if (layout == null || !hasDevanagari(run.text())) {
      return null;
    }
    Map<String, Shaped> known = shaped.computeIfAbsent(face, f -> new HashMap<>());
    if (known.containsKey(run.text())) {
      return known.get(run.text());
    }
    Shaped result = shape(face, layout, run.text());
    known.put(run.text(), result);
    return result;
  }

  /**
   * The glyphs of {@code text}, the ones with an advance each standing for a piece of the text so
   * that the pieces, read in drawing order, are the text itself.
   *
   * <p>The shaper gives each glyph the index of the first character of its cluster (a syllable or
   * part of one). A cluster whose glyphs all lack an advance (an anusvara the shaper kept apart)
   * joins the cluster before it. In each cluster, k glyphs with an advance share its n
   * characters: one each, the first glyph taking the n - k + 1 left over, unless each is simply
   * the font's glyph for its character. Null (the text is then drawn unshaped) where that cannot
   * be done: a glyph the font lacks, more glyphs with an advance than characters, clusters out of
   * order.
   */
  private static Shaped shape(TrueTypeFont face, Font layout, String text) throws IOException {
    char[] chars = text.toCharArray();
    GlyphVector vector = layout.layoutGlyphVector(UNITS, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
    int count = vector.getNumGlyphs();
    int[] ids = vector.getGlyphCodes(0, count, null);
    int[] starts = vector.getGlyphCharIndices(0, count, null);
    float[] positions = vector.getGlyphPositions(0, count + 1, null);
    if (count == 0 || starts[0] != 0) {
      return null;
    }
    float[] x = new float[count];
    float[] y = new float[count];
    float[] advances = new float[count];
    for (int g = 0; g < count; g++) {
      if (ids[g] <= 0 || ids[g] >= face.getNumberOfGlyphs() || (g > 0 && starts[g] < starts[g - 1])) {
        return null;
      }
      x[g] = positions[2 * g];
      y[g] = positions[2 * g + 1];
      advances[g] = face.getAdvanceWidth(ids[g]);
    }
    // clusters [first, end) of glyphs, each starting a new character index with a glyph that
    // has an advance somewhere in it
    List<int[]> clusters = new ArrayList<>();
    for (int first = 0; first < count; ) {
      int end = first + 1;
      while (end < count && starts[end] == starts[first]) {
        end++;
      }
      boolean spacing = false;
      for (int g = first; g < end; g++) {
        spacing |= advances[g] > 0;
      }
      if (!spacing && !clusters.isEmpty()) {
        clusters.get(clusters.size() - 1)[1] = end;
      } else if (spacing && !clusters.isEmpty() && !hasSpacing(advances, clusters.get(clusters.size() - 1))) {
        clusters.get(clusters.size() - 1)[1] = end; // marks before the first letter join it
      } else {
        clusters.add(new int[] {first, end});
      }
      first = end;
    }
    float[] spacings = new float[count];
    float spacingPerCluster = (float) text.codePointCount(0, chars.length) / clusters.size();
    String[] pieces = new String[count];
    for (int k = 0; k < clusters.size(); k++) {
      int[] cluster = clusters.get(k);
      if (!hasSpacing(advances, cluster)) {
        return null;
      }
      int from = starts[cluster[0]];
      int to = k + 1 < clusters.size() ? starts[clusters.get(k + 1)[0]] : chars.length;
      int[] characters = text.substring(from, to).codePoints().toArray();
      int spacing = 0;
      for (int g = cluster[0]; g < cluster[1]; g++) {
        spacings[g] = k * spacingPerCluster;
        spacing += advances[g] > 0 ? 1 : 0;
      }
      if (spacing > characters.length) {
        return null;
      }
      boolean nominal = spacing == characters.length;
      for (int g = cluster[0], c = 0; nominal && g < cluster[1]; g++) {
        if (advances[g] > 0) {
          nominal = face.getUnicodeCmapLookup().getGlyphId(characters[c++]) == ids[g];
        }
      }
      int c = 0;
      for (int g = cluster[0]; g < cluster[1]; g++) {
        if (advances[g] > 0) {
          int take = nominal || c > 0 ? 1 : characters.length - spacing + 1;
          pieces[g] = new String(characters, c, take);
          c += take;
        }
      }
    }
    return new Shaped(ids, x, y, advances, spacings, pieces, positions[2 * count], face.getUnitsPerEm());
  }

  private static boolean hasSpacing(float[] advances, int[] cluster) {
    for (int g = cluster[0]; g < cluster[1]; g++) {
      if (advances[g] > 0) {
        return true;
      }
    }
    return false;
  }
}
