package org.createyourresume.render.pdf;

import com.openhtmltopdf.css.newmatch.Selector;
import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.sheet.PageRule;
import com.openhtmltopdf.css.sheet.Ruleset;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The engine's default style sheet without the selectors that name an element our pages never
 * hold (forms, tables, frames, headings below {@code h2} ...).
 *
 * <p>Why: for every element, the engine's CSS matcher copies the list of every selector that may
 * still match below it, the default sheet's and the page's; the default sheet brings 160, of which
 * about four in five name elements our templates never write. An allocation profile put 8% of a
 * one-page render into that matching. A selector that names an element the page does not hold can
 * match nothing in it, so the PDF is the same byte for byte ({@code DefaultSheetTests}).
 *
 * <p>Only for a page that holds no element outside {@link #ELEMENTS} ({@link #fits}); any other
 * page gets the engine's whole default sheet. The cut sheet is one for all pages and never changes
 * size, so the positions the engine gives the selectors of a shared page sheet after it stay the
 * same in every render.
 */
final class CutDefaultSheet {

  /** Every element our templates write: the resume and letter pages and the parts they include. */
  static final Set<String> ELEMENTS = Set.of(
      "html", "head", "meta", "title", "style", "body", "bookmarks", "bookmark",
      "div", "span", "p", "h1", "h2", "ul", "li", "a");

  /** Where the engine keeps its default sheet (its {@code XhtmlCssOnlyNamespaceHandler}). */
  static final String ENGINE_SHEET = "/resources/css/XhtmlNamespaceHandler.css";

  /** An element name at the start of a compound selector, as the engine writes selectors back. */
  private static final Pattern ELEMENT_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*");

  private static final Stylesheet SHEET = cut(ELEMENTS);

  private CutDefaultSheet() {}

  /**
   * The default sheet to hand the engine in place of {@code engines}: the same origin, media and
   * type, the cut rules already parsed.
   */
  static StylesheetInfo info(StylesheetInfo engines) {
    StylesheetInfo info = new StylesheetInfo();
    info.setUri(SHEET.getURI());
    info.setOrigin(engines.getOrigin());
    engines.getMedia().forEach(info::addMedium);
    info.setType(engines.getType());
    info.setStylesheet(SHEET);
    return info;
  }

  /** Whether every element of {@code page} is one of {@link #ELEMENTS}. */
  static boolean fits(Document page) {
    return fits(page.getDocumentElement());
  }

  private static boolean fits(Node node) {
    // a walk along the siblings: no node list is made
    for (Node each = node; each != null; each = each.getNextSibling()) {
      if (each.getNodeType() == Node.ELEMENT_NODE) {
        String name = each.getLocalName() != null ? each.getLocalName() : each.getNodeName();
        if (!ELEMENTS.contains(name) || !fits(each.getFirstChild())) {
          return false;
        }
      }
    }
    return true;
  }

  /** How many selectors the cut sheet keeps. */
  static int selectors() {
    return count(SHEET);
  }

  static int count(Stylesheet sheet) {
    int count = 0;
    for (Object each : sheet.getContents()) {
      if (each instanceof Ruleset rules) {
        count += rules.getFSSelectors().size();
      }
    }
    return count;
  }

  /** The engine's default sheet, parsed anew, as the engine parses it. */
  static Stylesheet engines() {
    try (InputStream in = XhtmlNamespaceHandler.class.getResourceAsStream(ENGINE_SHEET)) {
      if (in == null) {
        throw new IllegalStateException("the PDF engine's default style sheet is missing");
      }
      Reader css = new InputStreamReader(in, StandardCharsets.UTF_8);
      return new CSSParser((uri, message) -> {}).parseStylesheet("classpath:" + ENGINE_SHEET, 0, css);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the PDF engine's default style sheet", e);
    }
  }

  /**
   * The engine's default sheet with only the selectors whose every element name is in {@code
   * elements}; rules left without selectors go, all else (the page rule) stays in its place.
   */
  static Stylesheet cut(Set<String> elements) {
    Stylesheet whole = engines();
    Stylesheet cut = new Stylesheet(whole.getURI() + "#cut", whole.getOrigin());
    for (Object each : whole.getContents()) {
      if (each instanceof Ruleset rules) {
        // the sheet is our own parse: its rules can be changed without touching the engine's
        rules.getFSSelectors().removeIf(selector -> !elements.containsAll(names(selector)));
        if (!rules.getFSSelectors().isEmpty()) {
          cut.addContent(rules);
        }
      } else if (each instanceof PageRule page) {
        cut.addContent(page);
      } else {
        // a media rule or another kind the default sheet does not hold today would need a cut
        // of its own: refuse rather than drop it silently
        throw new IllegalStateException("unexpected rule in the engine's default sheet: " + each);
      }
    }
    whole.getFontFaceRules().forEach(cut::addFontFaceRule);
    return cut;
  }

  /**
   * The element names {@code selector} asks for, one per compound selector along its chain
   * ({@code table[align="center"] > caption} asks for table and caption); none for {@code *},
   * {@code [dir=rtl]} or {@code :first-child}.
   */
  static Set<String> names(Selector selector) {
    StringBuilder css = new StringBuilder();
    selector.toCSS(css, new HashSet<>());
    // quoted attribute values could hold spaces or look like names: blank them first
    String unquoted = css.toString().replaceAll("\"[^\"]*\"|'[^']*'", "\"\"");
    Set<String> names = new HashSet<>();
    for (String compound : unquoted.trim().split("\\s*[\\s>+~]\\s*")) {
      Matcher name = ELEMENT_NAME.matcher(compound);
      if (name.find()) {
        names.add(name.group().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
