package org.createyourresume.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled font families. Font files are read once per process; each thread parses its own
 * {@link TrueTypeFont} once, because fontbox's font objects are not safe for concurrent use, and
 * turns GSUB off so that ligature glyphs ("fi", "ffi", "ti") never replace the letters an ATS
 * must extract.
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

  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final ThreadLocal<Map<String, TrueTypeFont>> parsed = ThreadLocal.withInitial(HashMap::new);

  public List<FontFamily> families() {
    return FAMILIES;
  }

  public Optional<FontFamily> find(String name) {
    return FAMILIES.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
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
    String path = ROOT + family.directory() + "/" + family.filePrefix() + "-" + face.suffix + ".ttf";
    return parsed.get().computeIfAbsent(path, this::parse);
  }

  private TrueTypeFont parse(String path) {
    byte[] bytes = files.computeIfAbsent(path, FontCatalog::readResource);
    try {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      font.setEnableGsub(false);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse bundled font " + path, e);
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

  /** Whether the regular face of {@code family} has a glyph for {@code codePoint}. */
  public boolean canDisplay(FontFamily family, int codePoint) {
    if (codePoint >= 0x20 && codePoint < 0x7f) {
      return true; // every bundled family covers printable ASCII (checked by FontCatalogTests)
    }
    try {
      return face(family, FontFace.REGULAR).getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
