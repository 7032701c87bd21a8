package org.createyourresume.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A heuristic against English written straight into the translated pages: after the template's
 * expressions, directives, inline SVG and scripts are taken out, no text between tags and no
 * {@code aria-label}, {@code title}, {@code placeholder} or {@code alt} may hold a word. Words
 * that are the same in every language (product and format names) are allowed by name.
 */
class UntranslatedTextTests {

  /** Names and codes that every language writes the same ("en": a language tag as example). */
  private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("PDF", "A4", "en");

  private static final Pattern EXPRESSION = Pattern.compile("\\$(?:unsafe)?\\{[^}]*}|!\\{[^}]*}");
  private static final Pattern DIRECTIVE = Pattern.compile(
      "(?m)^\\s*@(?:(?:if|else|elseif|endif|for|endfor|import|param)\\b|template\\.).*$");
  private static final Pattern INLINE = Pattern.compile("(?s)<(svg|script|style)\\b.*?</\\1>");
  private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\b(?:aria-label|title|placeholder|alt)=\"([^\"]*)\"");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  @ParameterizedTest
  @ValueSource(strings = {"layout.jte", "home.jte", "editor.jte", "ats-checker.jte",
      "templates.jte", "examples.jte"})
  void aTranslatedPageHasNoWordsOfItsOwn(String file) {
    String page = MessageBundleTests.read(Path.of("src", "main", "jte", file));
    String markup = INLINE.matcher(DIRECTIVE.matcher(EXPRESSION.matcher(page).replaceAll(""))
        .replaceAll("")).replaceAll("");
    List<String> english = new ArrayList<>();
    for (Pattern where : List.of(TEXT, ATTRIBUTE)) {
      Matcher m = where.matcher(markup);
      while (m.find()) {
        String text = m.group(1).strip();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
          if (!SAME_IN_EVERY_LANGUAGE.contains(word.group())) {
            english.add(text);
            break;
          }
        }
      }
    }
    assertThat(english).as("text in " + file + " that is not from the bundles").isEmpty();
  }
}
