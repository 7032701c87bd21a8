package org.createyourresume.render.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled font families. Font files are read once per process and trimmed in memory to the
 * scripts a resume needs ({@link #SUPPORTED}); each thread parses its own {@link TrueTypeFont}
 * once, because fontbox's font objects are not safe for concurrent use, and turns GSUB off so that
 * ligature glyphs ("fi", "ffi", "ti") never replace the letters an ATS must extract.
 *
 * <p>Why trim: PDFBox builds and then re-reads a width for every glyph of a font each time a
 * render loads it, before subsetting; the bundled fonts carry 2,100–3,300 glyphs, many for
 * alternates reachable only through GSUB (which is off) or for scripts no template promises.
 * Trimming to the supported blocks cut a render's allocation by 5–10%. The files themselves are
 * shipped unmodified, as their licences ask of fonts with reserved names.
 *
 * <p>A render goes further and cuts the family's faces to its page's characters ({@link
 * #subsetFaces}, {@link FontSubsets}); the whole trimmed faces stay the source of those cuts and
 * the fallback when a cut lacks a character ({@link SubsetGuard}).
 */
public final class FontCatalog {

  private static final String ROOT = "/org/createyourresume/render/fonts/";

  private static final List<FontFamily> FAMILIES =
      List.of(
          new FontFamily("Noto Serif", "noto-serif", "NotoSerif", true, "OFL-1.1"),
          new FontFamily("Liberation Serif", "liberation-serif", "LiberationSerif", true, "OFL-1.1"),
          new FontFamily("Noto Sans", "noto-sans", "NotoSans", false, "OFL-1.1"),
          new FontFamily("Carlito", "carlito", "Carlito", false, "OFL-1.1"),
          new FontFamily("Liberation Sans", "liberation-sans", "LiberationSans", false, "OFL-1.1"));

  /**
   * The CSS names of the fallback faces, in the order they are tried after a template's own
   * family for a character it lacks: Arabic, Hebrew, Devanagari, Chinese and Japanese, then
   * Korean. A serif family falls back to serif faces (Naskh, Serif Hebrew, Serif Devanagari), a
   * sans one to sans faces; both to Droid Sans Fallback for Han and kana, the one openly licensed
   * CJK face with TrueType outlines (which PDFBox embeds; the Noto CJK faces have CFF outlines),
   * and to NanumSquare for Hangul, which Droid Sans Fallback lacks.
   */
  public static final List<String> FALLBACK_NAMES =
      List.of("Fallback Arabic", "Fallback Hebrew", "Fallback Devanagari", "Fallback CJK", "Fallback Korean");

  private static final FontFamily CJK =
      new FontFamily("Fallback CJK", "droid-sans-fallback", "DroidSansFallbackFull", false, "Apache-2.0");

  private static final FontFamily KOREAN =
      new FontFamily("Fallback Korean", "nanum-square", "NanumSquare", false, "OFL-1.1");

  private static final List<FontFamily> SERIF_FALLBACKS =
      List.of(
          new FontFamily("Fallback Arabic", "noto-naskh-arabic", "NotoNaskhArabic", true, "OFL-1.1"),
          new FontFamily("Fallback Hebrew", "noto-serif-hebrew", "NotoSerifHebrew", true, "OFL-1.1"),
          new FontFamily("Fallback Devanagari", "noto-serif-devanagari", "NotoSerifDevanagari", true, "OFL-1.1"),
          CJK,
          KOREAN);

  private static final List<FontFamily> SANS_FALLBACKS =
      List.of(
          new FontFamily("Fallback Arabic", "noto-sans-arabic", "NotoSansArabic", false, "OFL-1.1"),
          new FontFamily("Fallback Hebrew", "noto-sans-hebrew", "NotoSansHebrew", false, "OFL-1.1"),
          new FontFamily("Fallback Devanagari", "noto-sans-devanagari", "NotoSansDevanagari", false, "OFL-1.1"),
          CJK,
          KOREAN);

  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final ThreadLocal<Map<String, TrueTypeFont>> parsed = ThreadLocal.withInitial(HashMap::new);
  private final Map<String, Font> layoutFonts = new ConcurrentHashMap<>();

  /** The family faces cut to pages' characters: about 20 to 60 kB each. */
  private final FontSubsets subsets = new FontSubsets(MAX_SUBSETS, MAX_SUBSET_BYTES);

  /**
   * This thread's parsed cut faces, the most recently used kept: a parsed face carries its own
   * tables and this thread's width table ({@link GlyphWidths}), which a render of the same
   * resume again (the live preview) reuses.
   */
  private final ThreadLocal<Map<SubsetKey, TrueTypeFont>> parsedSubsets =
      ThreadLocal.withInitial(
          () ->
              new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<SubsetKey, TrueTypeFont> eldest) {
                  return size() > MAX_PARSED_SUBSETS_PER_THREAD;
                }
              });

  private static final int MAX_SUBSETS = 128;
  private static final long MAX_SUBSET_BYTES = 8L << 20;
  private static final int MAX_PARSED_SUBSETS_PER_THREAD = 16;

  private record SubsetKey(String path, PageCharacters characters) {}

  public List<FontFamily> families() {
    return FAMILIES;
  }

  public Optional<FontFamily> find(String name) {
    return FAMILIES.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * The faces tried, in order, for characters {@code family} lacks; their {@link FontFamily#name()}
   * is the CSS name of {@link #FALLBACK_NAMES}. Each has a regular and (but for CJK) a bold face;
   * italics use the upright faces, as these scripts have no italics of their own.
   */
  public List<FontFamily> fallbacks(FontFamily family) {
    return family.serif() ? SERIF_FALLBACKS : SANS_FALLBACKS;
  }

  /** This thread's parsed faces of {@code family}; parsed on first use by the thread. */
  Map<FontFace, TrueTypeFont> faces(FontFamily family) {
    Map<FontFace, TrueTypeFont> faces = new EnumMap<>(FontFace.class);
    for (FontFace face : FontFace.values()) {
      faces.put(face, face(family, face));
    }
    return faces;
  }

  /** This thread's parsed {@code face} of {@code family}. */
  TrueTypeFont face(FontFamily family, FontFace face) {
    if (FALLBACK_NAMES.contains(family.name())) {
      return fallbackFace(family, face);
    }
    return parsed.get().computeIfAbsent(facePath(family, face), p -> parse(p, true));
  }

  /**
   * This thread's faces of {@code family} cut to {@code characters} ({@link FontSubsets}), parsed
   * as {@link #face} parses the whole ones. Not for the fallback faces: their scripts are shaped or
   * their text is not known per face, and they are loaded only when drawn.
   */
  Map<FontFace, TrueTypeFont> subsetFaces(FontFamily family, PageCharacters characters) {
    Map<FontFace, TrueTypeFont> faces = new EnumMap<>(FontFace.class);
    for (FontFace face : FontFace.values()) {
      String path = facePath(family, face);
      faces.put(
          face,
          parsedSubsets
              .get()
              .computeIfAbsent(
                  new SubsetKey(path, characters),
                  key -> parseProgram(path, subsets.program(path, face(family, face), characters))));
    }
    return faces;
  }

  /** Whether any face of {@code family} itself (no fallback) has {@code codePoint}. */
  boolean anyFaceHas(FontFamily family, int codePoint) {
    for (FontFace face : FontFace.values()) {
      if (has(face(family, face), codePoint)) {
        return true;
      }
    }
    return false;
  }

  private static String facePath(FontFamily family, FontFace face) {
    return ROOT + family.directory() + "/" + family.filePrefix() + "-" + face.suffix + ".ttf";
  }

  /** A fallback face: upright only, and the regular weight where there is no bold. */
  private TrueTypeFont fallbackFace(FontFamily family, FontFace face) {
    boolean bold = (face == FontFace.BOLD || face == FontFace.BOLD_ITALIC) && family != CJK;
    return parsed.get().computeIfAbsent(fallbackPath(family, bold), p -> parse(p, false));
  }

  private static String fallbackPath(FontFamily family, boolean bold) {
    // not trimmed: these faces hold only their own scripts, and are loaded only when used
    return ROOT + family.directory() + "/" + family.filePrefix() + (bold ? "-Bold" : "-Regular") + ".ttf";
  }

  /**
   * The faces among {@code family}'s fallbacks whose text is shaped before it is drawn (the
   * Devanagari ones), each mapped to the same font file opened by the JDK's layout engine at a
   * size of one em in font units. This thread's parsed faces are the keys, compared by identity.
   */
  Map<TrueTypeFont, Font> shapedFaces(FontFamily family) {
    Map<TrueTypeFont, Font> shaped = new IdentityHashMap<>();
    for (FontFamily fallback : fallbacks(family)) {
      if (fallback.name().equals("Fallback Devanagari")) {
        for (boolean bold : new boolean[] {false, true}) {
          String path = fallbackPath(fallback, bold);
          TrueTypeFont face = parsed.get().computeIfAbsent(path, p -> parse(p, false));
          shaped.put(face, layoutFonts.computeIfAbsent(path, p -> layoutFont(p, face)));
        }
      }
    }
    return shaped;
  }

  /** The font file at {@code path} opened by the JDK, sized so that positions are font units. */
  private Font layoutFont(String path, TrueTypeFont face) {
    byte[] bytes = files.computeIfAbsent(path, FontCatalog::readResource);
    try {
      // Font objects are immutable and shared by every thread
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes))
          .deriveFont((float) face.getUnitsPerEm());
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("the JDK cannot open bundled font " + path, e);
    }
  }

  /**
   * The Unicode blocks kept: Latin (with Latin-1, Extended-A/B and Extended Additional for
   * Vietnamese), spacing and combining marks, Greek, Cyrillic (with Supplement), punctuation,
   * super- and subscripts, currency, letterlike symbols, arrows, mathematical operators and
   * geometric shapes. Anything else is reported as missing when text uses it.
   */
  static final int[][] SUPPORTED = {
    {0x20, 0x7e}, {0xa0, 0x24f}, {0x2b0, 0x36f}, {0x370, 0x3ff}, {0x400, 0x52f}, {0x1e00, 0x1eff},
    {0x2000, 0x206f}, {0x2070, 0x209f}, {0x20a0, 0x20cf}, {0x2100, 0x214f}, {0x2190, 0x21ff},
    {0x2200, 0x22ff}, {0x25a0, 0x25ff}
  };

  private TrueTypeFont parse(String path, boolean trim) {
    return parseProgram(
        path, files.computeIfAbsent(path, p -> trim ? trimmed(p, readResource(p)) : readResource(p)));
  }

  private static TrueTypeFont parseProgram(String path, byte[] bytes) {
    try {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      font.setEnableGsub(false);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse bundled font " + path, e);
    }
  }

  /** The font with only the glyphs of {@link #SUPPORTED} code points (and their components). */
  private static byte[] trimmed(String path, byte[] original) {
    try {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(original));
      CmapLookup cmap = font.getUnicodeCmapLookup();
      Set<Integer> keep = new TreeSet<>();
      for (int[] block : SUPPORTED) {
        for (int c = block[0]; c <= block[1]; c++) {
          if (cmap.getGlyphId(c) != 0) {
            keep.add(c);
          }
        }
      }
      TTFSubsetter subsetter = new TTFSubsetter(font);
      subsetter.addAll(keep);
      ByteArrayOutputStream out = new ByteArrayOutputStream(original.length);
      subsetter.writeToStream(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot trim bundled font " + path, e);
    }
  }

  private static byte[] readResource(String path) {
    try (InputStream in = FontCatalog.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled font missing: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled font " + path, e);
    }
  }

  /**
   * Whether the regular face of {@code family}, or one of its {@link #fallbacks}, has a glyph for
   * {@code codePoint}.
   */
  public boolean canDisplay(FontFamily family, int codePoint) {
    if (codePoint >= 0x20 && codePoint < 0x7f) {
      return true; // every bundled family covers printable ASCII (checked by FontCatalogTests)
    }
    if (has(face(family, FontFace.REGULAR), codePoint)) {
      return true;
    }
    for (FontFamily fallback : fallbacks(family)) {
      if (has(face(fallback, FontFace.REGULAR), codePoint)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the regular face of {@code family} itself (no fallback) has {@code codePoint}. */
  boolean hasGlyph(FontFamily family, int codePoint) {
    return has(face(family, FontFace.REGULAR), codePoint);
  }

  private static boolean has(TrueTypeFont font, int codePoint) {
    try {
      return font.getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
