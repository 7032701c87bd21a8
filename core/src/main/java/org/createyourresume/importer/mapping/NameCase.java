package org.createyourresume.importer.mapping;

import java.util.Locale;
import java.util.Set;
import org.createyourresume.ats.parse.TextNorm;

/**
 * Writes a name printed in capitals ("RAHUL SHARMA", "MARÍA DE LA CRUZ", "O'NEILL-SMITH") the way
 * it is written in a sentence: many templates set the name in capitals with CSS or by typing it
 * so, and the editor would print it in capitals twice over. The case of some names cannot be
 * known from capitals ("McDonald", "DiCaprio"), so the importer says it changed the name.
 */
final class NameCase {
  private NameCase() {}

  /** Particles that stay in lower case inside a name. */
  private static final Set<String> PARTICLES =
      Set.of("van", "von", "de", "der", "den", "da", "das", "do", "dos", "di", "del", "della", "la", "le", "du",
          "bin", "binti", "ibn", "al", "el", "y", "e", "ten", "ter", "zu");
  /** Roman numerals and letters after a name, kept in capitals. */
  private static final Set<String> KEPT = Set.of("ii", "iii", "iv", "vi", "vii", "viii", "jr", "sr");

  /** Whether {@code name} is printed in capitals and should be rewritten. */
  static boolean inCapitals(String name) {
    return name != null && TextNorm.allCaps(name) && name.codePoints().filter(Character::isLetter).count() > 3;
  }

  /** The name with each word capitalised, particles in lower case and initials kept. */
  static String sentenceCase(String name, Locale locale) {
    String[] words = name.strip().split("\\s+");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String lower = w.toLowerCase(locale);
      String plain = lower.replaceAll("[.,]", "");
      String written;
      if (KEPT.contains(plain) && i > 0) {
        written = plain.equals("jr") || plain.equals("sr") ? capitalise(lower, locale) : w;
      } else if (i > 0 && i < words.length - 1 && PARTICLES.contains(lower)) {
        written = lower;
      } else {
        written = capitalise(lower, locale);
      }
      out.append(i == 0 ? "" : " ").append(written);
    }
    return out.toString();
  }

  /** Capital after the start, a hyphen or an apostrophe: "o'neill-smith" to "O'Neill-Smith". */
  private static String capitalise(String lower, Locale locale) {
    StringBuilder b = new StringBuilder(lower.length());
    boolean start = true;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      b.append(start && Character.isLetter(cp) ? ch.toUpperCase(locale) : ch);
      start = cp == '-' || cp == '\'' || cp == '’' || (start && !Character.isLetter(cp));
      i += Character.charCount(cp);
    }
    return b.toString();
  }
}
