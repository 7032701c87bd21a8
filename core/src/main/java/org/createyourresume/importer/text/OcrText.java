package org.createyourresume.importer.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the two misreadings that text recognition (OCR) of a printed resume makes most: a
 * round bullet read as a letter ("e Led the team", "o Cut costs") and the letters O and l read
 * as the digits 0 and 1 inside words ("PR0FESSIONAL", "ro1es", "0ctober"). Each repair needs
 * evidence no ordinary text gives: bullets are letters only when several lines open with the same
 * lone letter before a capital, and a digit is a letter only inside a word of four or more
 * letters all of one case, so "S3", "H1B", "Win10", "10mins", "Log4j", "i18n" and "2021" stay as
 * written.
 */
final class OcrText {
  private OcrText() {}

  /** A lone "e", "o", "©", "«" or "»" before a capital: how OCR reads a round bullet. */
  private static final Pattern LETTER_BULLET = Pattern.compile("^([eo©«»])\\s+(?=\\p{Lu}|\\d)");
  private static final Set<String> SIGN_MARKS = Set.of("©", "«", "»");
  /** A word of letters with a 0 or 1 among them. */
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}01]{4,}(?![\\p{L}\\p{N}])");

  /** The letter that opens bullet lines in {@code lines}, or null when none does often enough. */
  static String letterBullet(List<String> lines) {
    int[] counts = new int[2];
    String[] marks = {"e", "o"};
    for (String line : lines) {
      Matcher m = LETTER_BULLET.matcher(line.strip());
      if (m.find()) {
        String mark = m.group(1);
        for (int i = 0; i < marks.length; i++) {
          if (marks[i].equals(mark)) {
            counts[i]++;
          }
        }
      }
    }
    int best = counts[0] >= counts[1] ? 0 : 1;
    return counts[best] >= 3 ? marks[best] : null;
  }

  /**
   * {@code line} without the OCR bullet it opens with, as a line starting "• ": the letter
   * {@code mark} (null when the text has none), or a sign that never opens a sentence ("©", "«",
   * "»"), which is a bullet wherever it stands, however many marks the page's bullets were read as.
   */
  static String bullet(String line, String mark) {
    String rest = line.stripLeading();
    Matcher m = LETTER_BULLET.matcher(rest);
    if (!m.find() || !(m.group(1).equals(mark) || SIGN_MARKS.contains(m.group(1)))) {
      return line;
    }
    return line.substring(0, line.length() - rest.length()) + "• " + rest.substring(m.end());
  }

  /** {@code line} with 0 and 1 read back as O and l (or I) inside words of one case. */
  static String letters(String line) {
    if (line.indexOf('0') < 0 && line.indexOf('1') < 0) {
      return line;
    }
    Matcher m = WORD.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(word(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String word(String word) {
    String letters = word.replaceAll("[01]", "");
    if (letters.length() == word.length() || letters.length() < 3 || word.matches(".*[01][01].*")
        || word.matches(".*[01]")) {
      return word; // "10mins", "Auth0": a number or a name's digit, not a misread letter
    }
    boolean upper = letters.chars().allMatch(Character::isUpperCase);
    boolean lower = letters.chars().allMatch(Character::isLowerCase);
    // a capitalised word: its first character a capital or a digit standing for one
    boolean capitalised = !upper && !lower && Character.isUpperCase(letters.charAt(0))
        && letters.substring(1).chars().allMatch(Character::isLowerCase) && !Character.isDigit(word.charAt(0));
    boolean digitCapital = Character.isDigit(word.charAt(0)) && lower;
    if (!upper && !lower && !capitalised) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '0') {
        out.append(upper || (i == 0 && digitCapital) ? 'O' : 'o');
      } else if (c == '1') {
        out.append(upper ? 'I' : 'l');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
