package org.createyourresume.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the web interface is translated into.
 *
 * @param tag the BCP 47 language subtag, as in {@code <html lang>}, the {@code lang} cookie and
 *     the bundle's file name ({@code messages_de.properties})
 * @param name the language's name in that language, as the switcher lists it
 */
public record InterfaceLanguage(String tag, String name) {

  /** Every interface language, English (the reference bundle) first. */
  public static final List<InterfaceLanguage> ALL =
      List.of(
          new InterfaceLanguage("en", "English"),
          new InterfaceLanguage("de", "Deutsch"),
          new InterfaceLanguage("fr", "Français"),
          new InterfaceLanguage("es", "Español"),
          new InterfaceLanguage("pt", "Português"),
          new InterfaceLanguage("hi", "हिन्दी"));

  /** The language when nothing else is known: English. */
  public static final InterfaceLanguage DEFAULT = ALL.get(0);

  /** The locale the message bundles are looked up with. */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * The interface language a tag names, by its primary language only: {@code de-AT} and
   * {@code pt_BR} are German and Portuguese, since each language has one bundle.
   */
  public static Optional<InterfaceLanguage> of(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    return ALL.stream().filter(l -> l.tag.equals(language)).findFirst();
  }

  /**
   * The first interface language in an {@code Accept-Language} header, in the browser's order of
   * preference; {@link #DEFAULT} when it names none of ours or cannot be read.
   */
  public static InterfaceLanguage fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException malformed) {
      // a browser never sends this; a hand-made request gets the default rather than an error
      return DEFAULT;
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() > 0) {
        Optional<InterfaceLanguage> match = of(range.getRange());
        if (match.isPresent()) {
          return match.get();
        }
      }
    }
    return DEFAULT;
  }

  /**
   * The language a request is answered in: the explicit choice (the {@code lang} cookie) when
   * it names one of ours, else the first of ours in Accept-Language, else English.
   */
  public static InterfaceLanguage choose(String chosen, String acceptLanguage) {
    return of(chosen).orElseGet(() -> fromAcceptLanguage(acceptLanguage));
  }
}
