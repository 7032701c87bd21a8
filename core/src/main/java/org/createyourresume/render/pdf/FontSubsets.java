package org.createyourresume.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Font programs cut down to the characters of a page ({@link PageCharacters}), one per face and
 * character set, the most recently used kept, bounded in entries and in bytes.
 *
 * <p>Why: a face loaded whole makes PDFBox build a width for every glyph when the render loads it
 * and subset it again when the document is saved, about a quarter of a render's allocation. A
 * face cut before layout to the few hundred characters the page can print is loaded in a fraction
 * of that and embedded as it is; every render of the same resume (the live preview re-renders it
 * on each pause in typing), and of resumes with the same characters, shares the cut font.
 *
 * <p>The cut keeps, for every glyph kept, every character the face maps to that glyph, so that the
 * text PDFBox writes into the font's Unicode map for a glyph is the one it would write for the
 * whole face. Advance widths and outlines are the face's own; only the glyph numbers change.
 *
 * <p>Thread-safe. The font objects handed in are the calling thread's own ({@link FontCatalog}).
 */
final class FontSubsets {

  /**
   * The tables kept: those PDFBox embeds of a subset, and the ones it reads when it loads a
   * face (character map, names, metrics).
   */
  private static final List<String> TABLES =
      List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "OS/2", "name", "post", "cmap");

  private record Key(String face, PageCharacters characters) {}

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<Key, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  /**
   * @param maxEntries the most font programs kept, 1 or more
   * @param maxBytes the most bytes kept in all; a program larger than this is never kept
   */
  FontSubsets(int maxEntries, long maxBytes) {
    if (maxEntries < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("a cache keeps at least one entry and one byte");
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /**
   * The program of {@code source}, the face named {@code face}, with only {@code characters}
   * (and the glyphs they need), cut now or kept from an earlier call.
   */
  byte[] program(String face, TrueTypeFont source, PageCharacters characters) {
    Key key = new Key(face, characters);
    synchronized (this) {
      byte[] kept = entries.get(key);
      if (kept != null) {
        return kept;
      }
    }
    // cut outside the lock: two threads may cut the same font at once, and both get equal bytes
    byte[] program = cut(face, source, characters);
    put(key, program);
    return program;
  }

  private synchronized void put(Key key, byte[] program) {
    if (program.length > maxBytes) {
      return;
    }
    byte[] previous = entries.put(key, program);
    bytes += program.length - (previous == null ? 0 : previous.length);
    Iterator<Map.Entry<Key, byte[]>> eldest = entries.entrySet().iterator();
    while (entries.size() > maxEntries || bytes > maxBytes) {
      bytes -= eldest.next().getValue().length;
      eldest.remove();
    }
  }

  /** How many font programs are kept. */
  synchronized int size() {
    return entries.size();
  }

  /** How many bytes of font programs are kept. */
  synchronized long bytes() {
    return bytes;
  }

  private static byte[] cut(String face, TrueTypeFont source, PageCharacters characters) {
    try {
      CmapLookup cmap = source.getUnicodeCmapLookup();
      Set<Integer> keep = new TreeSet<>();
      characters.forEach(
          c -> {
            int glyph = cmap.getGlyphId(c);
            if (glyph != 0) {
              // every character of the glyph: the Unicode map names the lowest of them
              List<Integer> all = cmap.getCharCodes(glyph);
              if (all != null) {
                keep.addAll(all);
              }
              keep.add(c);
            }
          });
      TTFSubsetter subsetter = new TTFSubsetter(source, TABLES);
      subsetter.setPrefix(characters.tag(face) + "+");
      subsetter.addAll(keep);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      subsetter.writeToStream(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot cut bundled font " + face, e);
    }
  }
}
