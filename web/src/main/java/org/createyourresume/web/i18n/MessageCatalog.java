package org.createyourresume.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands out the {@link Messages} of the current request's language. The scripts' share of the
 * bundles (the keys starting with {@code js.}) is turned into JSON once per language, since the
 * bundles do not change while the server runs.
 */
@Component
public class MessageCatalog {

  /** The reference bundle: English, and the list of every key the others must have. */
  public static final String REFERENCE = "i18n/messages.properties";

  /** Keys the pages hand to their scripts start with this. */
  public static final String SCRIPT_PREFIX = "js.";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MessageSource source;
  private final List<String> scriptKeys;
  private final Map<InterfaceLanguage, Messages> byLanguage = new ConcurrentHashMap<>();

  MessageCatalog(MessageSource source) {
    this.source = source;
    this.scriptKeys =
        referenceKeys().stream().filter(k -> k.startsWith(SCRIPT_PREFIX)).sorted().toList();
  }

  /** The messages in the language of the request being answered. */
  public Messages current() {
    return of(InterfaceLanguage.of(LocaleContextHolder.getLocale().toLanguageTag())
        .orElse(InterfaceLanguage.DEFAULT));
  }

  /** The messages in {@code language}. */
  public Messages of(InterfaceLanguage language) {
    return byLanguage.computeIfAbsent(language,
        l -> new Messages(l, source, scriptJson(l)));
  }

  private String scriptJson(InterfaceLanguage language) {
    Map<String, String> messages = new LinkedHashMap<>();
    for (String key : scriptKeys) {
      // the pattern as written: the script fills in {0}, {1} itself
      messages.put(key.substring(SCRIPT_PREFIX.length()),
          source.getMessage(key, null, language.locale()));
    }
    // "<" and ">" never appear raw, so no text can close the script element or open a comment
    return JSON.writeValueAsString(messages)
        .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  /** Every key of the reference bundle, in file order. */
  public static List<String> referenceKeys() {
    return List.copyOf(read(REFERENCE).stringPropertyNames());
  }

  /** A bundle file from the class path, read as UTF-8. */
  public static Properties read(String path) {
    Properties properties = new Properties();
    try (InputStream in = new ClassPathResource(path).getInputStream();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return properties;
  }
}
