package org.createyourresume.render.view;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.createyourresume.render.RenderDiagnostic;

/**
 * Makes user text safe to print and to extract: Unicode NFC (so accents are single characters the
 * fonts have), no control or invisible characters, nothing the font cannot draw (reported), and no
 * bullet characters typed in front of a line, because the template draws its own.
 */
final class TextCleaner {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern TYPED_BULLET = Pattern.compile("^[•·▪■◦‣∙●○\\-–—*>]+\\s+");

  private final IntPredicate drawable;
  private final Consumer<RenderDiagnostic> diagnostics;

  TextCleaner(IntPredicate drawable, Consumer<RenderDiagnostic> diagnostics) {
    this.drawable = drawable;
    this.diagnostics = diagnostics;
  }

  /** One line of text, whitespace collapsed; {@code null} when nothing is left. */
  String line(String text, String pointer) {
    if (text == null) {
      return null;
    }
    String cleaned = SPACES.matcher(characters(text, pointer)).replaceAll(" ").strip();
    return cleaned.isEmpty() ? null : cleaned;
  }

  /** A bullet: one line, without a bullet character the user typed in front. */
  String bullet(String text, String pointer) {
    String line = line(text, pointer);
    if (line == null) {
      return null;
    }
    String bare = TYPED_BULLET.matcher(line).replaceFirst("");
    return bare.isEmpty() ? null : bare;
  }

  /** Paragraphs of a multi-line text: one per non-blank line. */
  List<String> paragraphs(String text, String pointer) {
    List<String> paragraphs = new ArrayList<>();
    if (text == null) {
      return paragraphs;
    }
    for (String raw : text.split("\\R")) {
      String line = line(raw, pointer);
      if (line != null) {
        paragraphs.add(line);
      }
    }
    return paragraphs;
  }

  /** Cleans the bullets of a list, dropping the empty ones. */
  List<String> bullets(List<String> texts, String pointer) {
    List<String> bullets = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String bullet = bullet(texts.get(i), pointer + "/" + i);
      if (bullet != null) {
        bullets.add(bullet);
      }
    }
    return bullets;
  }

  private String characters(String text, String pointer) {
    if (printableAscii(text)) {
      return text; // most text: nothing to normalise, nothing the fonts lack
    }
    String nfc = Normalizer.normalize(ligaturesAsLetters(text), Normalizer.Form.NFC);
    StringBuilder kept = new StringBuilder(nfc.length());
    StringBuilder dropped = new StringBuilder();
    nfc.codePoints()
        .forEach(
            c -> {
              if (c == '\n' || c == '\r' || c == '\t') {
                kept.append(c == '\t' ? ' ' : (char) c);
              } else if (invisible(c)) {
                // control, format and private-use characters print as nothing or as garbage
              } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
              } else if (drawable.test(c)) {
                kept.appendCodePoint(c);
              } else if (dropped.indexOf(new String(Character.toChars(c))) < 0) {
                dropped.appendCodePoint(c);
              }
            });
    if (dropped.length() > 0) {
      diagnostics.accept(
          new RenderDiagnostic(
              "glyph.missing",
              pointer,
              "left out characters the font cannot show: " + describe(dropped.toString())));
    }
    return kept.toString();
  }

  /**
   * Ligature characters pasted from other PDFs ("ﬁ" U+FB01 and friends) become their letters:
   * an ATS searching for "office" must find it.
   */
  private static String ligaturesAsLetters(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(LIGATURES[c - '\uFB00']);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

  private static boolean printableAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED;
  }

  private static String describe(String chars) {
    StringBuilder out = new StringBuilder();
    chars.codePoints()
        .limit(8)
        .forEach(
            c -> {
              if (out.length() > 0) {
                out.append(", ");
              }
              out.append('"').appendCodePoint(c).append('"')
                  .append(String.format(" (U+%04X)", c));
            });
    return out.toString();
  }
}
