package org.createyourresume.render.pdf;

import java.util.BitSet;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The characters a page may print in its own family's faces, known before layout: every
 * character of the page's text and of the strings in the CSS of its {@code <style>} (generated
 * content, quotes), the characters CSS escapes and character references there stand for, the
 * upper, lower and title case of each, and a short fixed base every page gets (the
 * digits of page numbers, the hyphen of a broken word, list markers; see {@link #BASE}).
 *
 * <p>Only code points of {@link FontCatalog#SUPPORTED} are held: the family faces have no others.
 * A character the engine still draws from outside the set is caught by {@link SubsetGuard} and
 * the page is written again with the whole faces.
 *
 * <p>Immutable.
 */
final class PageCharacters {

  /**
   * Every page gets these, whatever its text: what the engine itself may draw (the digits and
   * separators of page numbers and list numbers, a hyphen where a word breaks, the bullets,
   * circles and squares of list markers, an ellipsis) and the spaces and dashes a template may
   * add. Kept short on purpose: each glyph more is about a hundred bytes more per face in every
   * PDF, and {@link SubsetGuard} catches a character that is missing here.
   */
  private static final int[][] BASE = {
    {0x20, 0x20}, {0x23, 0x23}, {0x25, 0x25}, {0x28, 0x29}, {0x2b, 0x3a}, {0xa0, 0xa0}, {0xad, 0xad},
    {0x2010, 0x2011}, {0x2013, 0x2014}, {0x2022, 0x2022}, {0x2026, 0x2026}, {0x25a0, 0x25a0},
    {0x25cf, 0x25cf}, {0x25e6, 0x25e6}
  };

  /** The code points of {@link FontCatalog#SUPPORTED}. */
  private static final BitSet SUPPORTED = supportedBlocks();

  private final BitSet codePoints;
  private final int hash;

  private PageCharacters(BitSet codePoints) {
    this.codePoints = codePoints;
    this.hash = codePoints.hashCode();
  }

  /** The characters {@code xhtml} may print. */
  static PageCharacters of(String xhtml) {
    BitSet seen = new BitSet();
    printable(xhtml, seen::set);
    BitSet set = new BitSet();
    for (int[] range : BASE) {
      set.set(range[0], range[1] + 1);
    }
    for (int c = seen.nextSetBit(0); c >= 0; c = seen.nextSetBit(c + 1)) {
      withCases(c, set::set);
    }
    set.and(SUPPORTED);
    return new PageCharacters(set);
  }

  /** Whether the set holds {@code codePoint}. */
  boolean contains(int codePoint) {
    return codePoints.get(codePoint);
  }

  /** Whether the family faces can hold {@code codePoint} at all ({@link FontCatalog#SUPPORTED}). */
  static boolean supported(int codePoint) {
    return SUPPORTED.get(codePoint);
  }

  /** Calls {@code each} with every character of the set, in ascending order. */
  void forEach(IntConsumer each) {
    codePoints.stream().forEach(each);
  }

  /**
   * A short name for the set, the same in every process: six capital letters, as PDF names a
   * subset font ({@code ABCDEF+Carlito}).
   */
  String tag(String face) {
    long h = 1125899906842597L;
    h = 31 * h + face.hashCode();
    for (long word : codePoints.toLongArray()) {
      h = 31 * h + word;
    }
    return ShapedFont.subsetTag(h);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PageCharacters that && hash == that.hash && codePoints.equals(that.codePoints);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  private static void withCases(int c, IntConsumer each) {
    each.accept(c);
    each.accept(Character.toUpperCase(c));
    each.accept(Character.toLowerCase(c));
    each.accept(Character.toTitleCase(c));
    // the few whose case is more than one character (ß to SS, ŉ to ʼN)
    String s = Character.toString(c);
    s.toUpperCase(Locale.ROOT).codePoints().forEach(each);
    s.toLowerCase(Locale.ROOT).codePoints().forEach(each);
  }

  /**
   * Calls {@code each} with the characters of the text of {@code xhtml} and of the strings in its
   * style sheet; not with those of element names, attributes or the rest of the CSS, which never
   * print (an attribute's value prints only through CSS {@code attr()}, which no template uses;
   * {@link SubsetGuard} would catch it).
   */
  private static void printable(String xhtml, IntConsumer each) {
    boolean inStyle = false;
    int i = 0;
    while (i < xhtml.length()) {
      char ch = xhtml.charAt(i);
      if (ch == '<') {
        int end = xhtml.indexOf('>', i);
        if (end < 0) {
          break;
        }
        if (xhtml.regionMatches(true, i, "<style", 0, 6)) {
          inStyle = true;
        } else if (xhtml.regionMatches(true, i, "</style", 0, 7)) {
          inStyle = false;
        }
        i = end + 1;
      } else if (inStyle) {
        if (ch == '"' || ch == '\'') {
          int close = i + 1;
          while (close < xhtml.length() && xhtml.charAt(close) != ch && xhtml.charAt(close) != '<') {
            close += xhtml.charAt(close) == '\\' ? 2 : 1;
          }
          text(xhtml.substring(i + 1, Math.min(close, xhtml.length())), each);
          i = close + 1;
        } else {
          i++;
        }
      } else {
        int end = xhtml.indexOf('<', i);
        end = end < 0 ? xhtml.length() : end;
        text(xhtml.substring(i, end), each);
        i = end;
      }
    }
  }

  /** The characters of {@code text}, with its escapes and character references read. */
  private static void text(String text, IntConsumer each) {
    text.codePoints().forEach(each);
    escapes(text, each);
  }

  /**
   * The characters of CSS escapes ({@code \2022}) and of numeric character references
   * ({@code &#8226;}, {@code &#x2022;}) in {@code text}.
   */
  private static void escapes(String text, IntConsumer each) {
    for (int i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 1)) {
      int end = i + 1;
      while (end < text.length() && end - i <= 6 && Character.digit(text.charAt(end), 16) >= 0) {
        end++;
      }
      if (end > i + 1) {
        acceptCodePoint(text.substring(i + 1, end), 16, each);
      }
    }
    for (int i = text.indexOf("&#"); i >= 0; i = text.indexOf("&#", i + 2)) {
      int start = i + 2;
      int radix = 10;
      if (start < text.length() && (text.charAt(start) == 'x' || text.charAt(start) == 'X')) {
        start++;
        radix = 16;
      }
      int end = text.indexOf(';', start);
      if (end > start && end - start <= 8) {
        acceptCodePoint(text.substring(start, end), radix, each);
      }
    }
  }

  private static void acceptCodePoint(String digits, int radix, IntConsumer each) {
    try {
      int c = Integer.parseInt(digits, radix);
      if (Character.isValidCodePoint(c)) {
        each.accept(c);
      }
    } catch (NumberFormatException notANumber) {
      // not an escape after all: nothing to add
    }
  }

  private static BitSet supportedBlocks() {
    BitSet set = new BitSet();
    for (int[] block : FontCatalog.SUPPORTED) {
      set.set(block[0], block[1] + 1);
    }
    return set;
  }
}
