package org.createyourresume.render.pdf;

import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The engine's XHTML handling, with each page's style sheet parsed once and kept: a page whose
 * {@code <style>} text equals a recent page's gets the parsed sheet of that page. Optionally also
 * with the default sheet cut to the elements our pages hold ({@link CutDefaultSheet}).
 *
 * <p>Why: the engine parses a page's {@code <style>} on every render (it keeps only its own
 * default sheet), and our pages carry the same style sheet whenever the template and design are
 * the same: every preview of an edit, every download of the same design. A CPU profile of a warm
 * one-page render put about 4% of it into that parse. The engine takes a sheet handed over already
 * parsed as it takes its default sheet, which it shares between all renders too; the PDF is the
 * same byte for byte (checked in {@code PageStyleSheetsTests} across the templates).
 *
 * <p>Bounded: at most {@value #KEPT} sheets, each from at most {@value #KEPT_CHARACTERS}
 * characters of CSS; a longer one (a page with a large photo in its style) is parsed every time.
 */
final class PageStyleSheets extends XhtmlNamespaceHandler {

  static final int KEPT = 64;

  static final int KEPT_CHARACTERS = 64 * 1024;

  /** The parsed sheets by their CSS text, least recently used first. */
  private static final Map<String, Stylesheet> SHEETS =
      new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Stylesheet> eldest) {
          return size() > KEPT;
        }
      };

  private final boolean keptSheets;
  private final boolean cutDefaultSheet;

  /**
   * @param keptSheets whether the page's sheet is kept and shared between renders
   * @param cutDefaultSheet whether the engine's default sheet is replaced by {@link
   *     CutDefaultSheet}: only for a page that {@link CutDefaultSheet#fits}
   */
  PageStyleSheets(boolean keptSheets, boolean cutDefaultSheet) {
    this.keptSheets = keptSheets;
    this.cutDefaultSheet = cutDefaultSheet;
  }

  @Override
  public StylesheetInfo getDefaultStylesheet(StylesheetFactory factory) {
    StylesheetInfo engines = super.getDefaultStylesheet(factory);
    return cutDefaultSheet && engines != null ? CutDefaultSheet.info(engines) : engines;
  }

  @Override
  protected StylesheetInfo readStyleElement(Element style) {
    StylesheetInfo inline = super.readStyleElement(style);
    if (!keptSheets || inline == null || inline.getContent().length() > KEPT_CHARACTERS) {
      return inline;
    }
    String css = inline.getContent();
    Stylesheet sheet;
    synchronized (SHEETS) {
      sheet = SHEETS.get(css);
    }
    if (sheet == null) {
      sheet = parse(css, inline.getOrigin());
      synchronized (SHEETS) {
        SHEETS.putIfAbsent(css, sheet);
      }
    }
    // Without content the engine takes the sheet as a linked one that is already loaded, and
    // does not parse it again.
    inline.setContent(null);
    inline.setUri(sheet.getURI());
    inline.setStylesheet(sheet);
    return inline;
  }

  /** How many parsed sheets are kept. */
  static int size() {
    synchronized (SHEETS) {
      return SHEETS.size();
    }
  }

  /** Whether a kept sheet's CSS text starts with {@code prefix}. */
  static boolean keepsOneStartingWith(String prefix) {
    synchronized (SHEETS) {
      return SHEETS.keySet().stream().anyMatch(css -> css.startsWith(prefix));
    }
  }

  private static Stylesheet parse(String css, int origin) {
    // a parser per sheet: the engine's parser keeps state while it parses
    CSSParser parser = new CSSParser((uri, message) -> {});
    try {
      return parser.parseStylesheet("#page-style", origin, new StringReader(css));
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to read", e);
    }
  }
}
