package org.createyourresume.ats.parse;

import java.util.Locale;
import java.util.Set;

/**
 * The languages the ATS checker and the job match read in full: their text analysis, posting
 * headings, title phrases and resume checks. Other languages are read as {@link #ENGLISH} for
 * matching (skill names are mostly the same everywhere), and the English-only checks are left out
 * for them.
 */
public enum TextLanguage {
  ENGLISH("en", Set.of("the", "and", "of", "to", "in", "for", "with", "on", "by", "from", "as", "at", "an", "is",
      "are", "you", "we", "our", "your", "will", "be", "have", "this", "that", "using")),
  GERMAN("de", Set.of("und", "der", "die", "das", "mit", "für", "von", "ist", "sind", "wir", "sie", "ihr", "ihre",
      "du", "dein", "deine", "eine", "einen", "ein", "den", "dem", "des", "auf", "bei", "zu", "im", "als", "oder", "auch", "sowie")),
  FRENCH("fr", Set.of("le", "la", "les", "et", "des", "du", "de", "un", "une", "pour", "dans", "avec", "sur", "vous",
      "nous", "est", "sont", "au", "aux", "en", "vos", "votre", "notre", "nos", "qui", "que", "par", "ou")),
  SPANISH("es", Set.of("el", "la", "los", "las", "y", "de", "del", "en", "con", "para", "por", "un", "una", "que",
      "es", "son", "se", "al", "su", "sus", "nuestro", "nuestra", "buscamos", "como", "o", "lo"));

  private final String tag;
  private final Set<String> commonWords;

  TextLanguage(String tag, Set<String> commonWords) {
    this.tag = tag;
    this.commonWords = commonWords;
  }

  /** The language's BCP 47 tag: "en", "de", "fr", "es". */
  public String tag() {
    return tag;
  }

  /**
   * The language named by a BCP 47 tag ("de-CH", "fr"), or null when the tag names one this
   * enum does not read (the caller then detects it or falls back to English).
   */
  public static TextLanguage ofTag(String languageTag) {
    if (languageTag == null || languageTag.isBlank()) {
      return null;
    }
    String primary = languageTag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    for (TextLanguage l : values()) {
      if (l.tag.equals(primary)) {
        return l;
      }
    }
    return null;
  }

  /**
   * The language most of {@code text} is written in, told by the share of each language's most
   * common short words ("und", "der", "les", "los"). English when the text is too short to tell
   * or no language stands out: skill names and dates read the same in every language.
   */
  public static TextLanguage detect(String text) {
    int[] hits = new int[values().length];
    int words = 0;
    int start = -1;
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i <= lower.length(); i++) {
      boolean letter = i < lower.length() && (Character.isLetter(lower.charAt(i)) || lower.charAt(i) == '\'');
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        String w = lower.substring(start, i);
        // "l'expérience", "d'un": the elided article counts as French
        int apostrophe = w.indexOf('\'');
        if (apostrophe == 1) {
          w = w.substring(0, 1) + "e";
        }
        words++;
        for (TextLanguage l : values()) {
          if (l.commonWords.contains(w)) {
            hits[l.ordinal()]++;
          }
        }
        start = -1;
      }
    }
    TextLanguage best = ENGLISH;
    for (TextLanguage l : values()) {
      if (hits[l.ordinal()] > hits[best.ordinal()]) {
        best = l;
      }
    }
    // A few foreign words ("Curriculum vitae", "de" in a name) do not make a resume foreign.
    return hits[best.ordinal()] * 100 >= 4 * Math.max(1, words) && hits[best.ordinal()] >= 3 ? best : ENGLISH;
  }
}
