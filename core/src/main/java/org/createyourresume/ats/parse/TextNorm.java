package org.createyourresume.ats.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation shared by the parser and the checks. */
public final class TextNorm {
  private TextNorm() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}+#]+");
  /**
   * Letters set apart one by one, words apart by two spaces or more. Between the first and the
   * last letter a word may hold the marks headings are written with, each set apart like a letter
   * ("E D U C A T I O N & T R A I N I N G", "L I C E N C E S / P E R M I T S").
   */
  private static final Pattern LETTER_SPACED =
      Pattern.compile("^(?=(?:[^\\p{L}]*\\p{L}){4})\\p{L}[ \\u00a0]{1,3}(?:[\\p{L}&'’/-][ \\u00a0]{1,3}){2,}\\p{L}"
          + "(?:[ \\u00a0]{2,}(?:[\\p{L}&'’/-][ \\u00a0]{1,3})*\\p{L})*$");

  /** Lower case, accents removed, punctuation to single spaces: "Work Experience:" → "work experience". */
  public static String key(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) {
      ascii = lower.charAt(i) < 0x80;
    }
    // Turkish dotless ı is its own letter, not i with a mark taken off: "YAYINLAR" lowercases to
    // "yayinlar", so both spellings fold to i
    String bare = ascii ? lower : MARKS.matcher(Normalizer.normalize(lower.replace('ı', 'i'), Normalizer.Form.NFD)).replaceAll("");
    return NON_WORD.matcher(bare).replaceAll(" ").strip();
  }

  /** Whether the text is written with a space between every letter: "S U M M A R Y". */
  public static boolean letterSpaced(String text) {
    return LETTER_SPACED.matcher(text.strip()).matches();
  }

  /** "S U M M A R Y" → "SUMMARY"; "W O R K  E X P E R I E N C E" → "WORK EXPERIENCE". */
  public static String collapseLetterSpacing(String text) {
    String[] words = text.strip().split("[ \\u00a0]{2,}");
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word.replaceAll("[ \\u00a0]", ""));
    }
    return out.toString();
  }

  /** Whether every letter is upper case (and there are at least two). */
  public static boolean allCaps(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Words of the text (letters and digits), in order. */
  public static String[] words(String text) {
    String k = key(text);
    return k.isEmpty() ? new String[0] : k.split(" ");
  }

  /** White space collapsed, NFC, invisible characters dropped; null when nothing is left. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String t = Normalizer.normalize(text, Normalizer.Form.NFC)
        .replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", "")
        .replaceAll("[\\s\\u00a0]+", " ")
        .strip();
    return t.isEmpty() ? null : t;
  }
}
