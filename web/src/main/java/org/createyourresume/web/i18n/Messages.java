package org.createyourresume.web.i18n;

import gg.jte.Content;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The interface text of one language, as pages see it ({@code t} in the jte templates):
 * {@code ${t.get("home.title")}}, with MessageFormat arguments
 * ({@code ${t.get("home.all-templates", count)}}). A key that is not in the bundles is an error,
 * never a silent blank; the bundle tests catch it before it ships.
 *
 * @param language the language of the page
 * @param source the message bundles
 * @param scriptMessages the {@code js.} messages of this language as JSON, safe inside a script
 *     element; {@code /js/i18n.js} reads them
 */
public record Messages(InterfaceLanguage language, MessageSource source, String scriptMessages) {

  /** The message {@code key}, formatted with {@code args} when there are any. */
  public String get(String key, Object... args) {
    return source.getMessage(key, args.length == 0 ? null : args, language.locale());
  }

  /**
   * The message {@code key} as HTML: for the few sentences with markup in them (a link, a
   * {@code <strong>}). The bundles are ours and trusted; the arguments are not, and are escaped.
   */
  public Content html(String key, Object... args) {
    String pattern = source.getMessage(key, null, language.locale());
    if (args.length == 0) {
      return output -> output.writeContent(pattern);
    }
    Object[] escaped = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      StringOutput text = new StringOutput();
      Escape.htmlContent(String.valueOf(args[i]), text);
      escaped[i] = text.toString();
    }
    String formatted = new MessageFormat(pattern, language.locale()).format(escaped);
    return output -> output.writeContent(formatted);
  }

  /** The page's language tag, for {@code <html lang>}. */
  public String lang() {
    return language.tag();
  }

  /** The locale of the page, for formatting numbers and dates on the server. */
  public Locale locale() {
    return language.locale();
  }

  /** Every interface language, for the switcher. */
  public List<InterfaceLanguage> languages() {
    return InterfaceLanguage.ALL;
  }

  /** Whether {@code other} is the page's language (the switcher's selected option). */
  public boolean isCurrent(InterfaceLanguage other) {
    return language.equals(other);
  }
}
