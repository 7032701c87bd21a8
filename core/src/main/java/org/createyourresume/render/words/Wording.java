package org.createyourresume.render.words;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.createyourresume.model.SectionId;

/**
 * The words printed around the user's text in one resume language. Instances are immutable and
 * shared; {@link #of} caches one per locale.
 */
public final class Wording {

  private static final String BUNDLE = "org.createyourresume.render.words.wording";

  /**
   * No fallback to the JVM's default locale: a resume in Italian on a server set to German must
   * not print German headings where Italian ones are missing, but the English root ones.
   */
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Languages written right to left, whose pages are mirrored. */
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ckb", "dv");

  /**
   * The resume languages with translated wording, in the order a picker offers them; other
   * languages get English wording with month and country names in their own language.
   */
  public static final List<String> TRANSLATED =
      List.of("en-US", "en-GB", "de", "fr", "es", "pt-BR", "pt-PT", "it", "nl", "pl", "tr", "hi",
          "zh-Hans", "ja", "ko", "ar", "he");

  private static final Map<Locale, Wording> CACHE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final ResourceBundle words;

  private Wording(Locale locale) {
    this.locale = locale;
    this.words = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
  }

  /** The wording for {@code locale}. */
  public static Wording of(Locale locale) {
    return CACHE.computeIfAbsent(locale, Wording::new);
  }

  /** The language the words are in, as asked for. */
  public Locale locale() {
    return locale;
  }

  /** The heading of a standard section, unless the user renamed it. */
  public String sectionTitle(SectionId section) {
    return word("section." + section.id());
  }

  /** "Present": the end of a range that has not ended. */
  public String present() {
    return word("present");
  }

  /** An entry's label: {@code gpa}, {@code courses}, {@code technologies}, {@code website}, {@code link}. */
  public String label(String key) {
    return word("label." + key);
  }

  /**
   * A contact item's spoken description before its value ("Email", "Phone", "Website"), read by
   * screen readers from the link's title: {@code email}, {@code phone}, {@code website}, {@code
   * profile}.
   */
  public String contact(String key) {
    return word("contact." + key);
  }

  /** "LinkedIn profile": a profile on a named network. */
  public String profileOn(String network) {
    return word("contact.profileOn").replace("{network}", network);
  }

  /** The document's title: "Ann Lee – Resume", or "Resume" without a name. */
  public String documentTitle(String name) {
    return name == null ? word("resume") : word("title").replace("{name}", name);
  }

  /** The document's subject: "Resume of Ann Lee", or "Resume" without a name. */
  public String documentSubject(String name) {
    return name == null ? word("resume") : word("resumeOf").replace("{name}", name);
  }

  /**
   * A month and year as the language writes them: "Jan 2021", "2021年1月".
   *
   * @param month the month's name or abbreviation in this language
   * @param number the month's number, 1 to 12
   */
  public String monthYear(String month, int number, String year) {
    return word("date.monthYear")
        .replace("{month}", month)
        .replace("{monthNumber}", Integer.toString(number))
        .replace("{year}", year);
  }

  /**
   * The CSS {@code content} of the page number line: {@code "Page " counter(page) " of "
   * counter(pages)} in English. Quotes and backslashes in the words are escaped.
   */
  public String pageNumberCss() {
    String pattern = word("page");
    StringBuilder css = new StringBuilder();
    int at = 0;
    while (at < pattern.length()) {
      int next = pattern.indexOf('{', at);
      if (next < 0) {
        next = pattern.length();
      }
      if (next > at) {
        css.append(css.length() > 0 ? " " : "").append(quoted(pattern.substring(at, next)));
      }
      if (next < pattern.length()) {
        int close = pattern.indexOf('}', next);
        String counter = pattern.substring(next + 1, close);
        css.append(css.length() > 0 ? " " : "").append("counter(").append(counter).append(')');
        at = close + 1;
      } else {
        at = next;
      }
    }
    return css.toString();
  }

  /** Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu…). */
  public boolean rightToLeft() {
    return RIGHT_TO_LEFT.contains(locale.getLanguage());
  }

  /** {@code rtl} or {@code ltr}, for HTML's {@code dir}. */
  public String direction() {
    return rightToLeft() ? "rtl" : "ltr";
  }

  private String word(String key) {
    return words.getString(key);
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }
}
