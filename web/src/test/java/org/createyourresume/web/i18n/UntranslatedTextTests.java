package org.createyourresume.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A heuristic against English written straight into the translated pages: after the template's
 * expressions, directives, inline SVG and scripts are taken out, no text between tags and no
 * {@code aria-label}, {@code title}, {@code placeholder} or {@code alt} may hold a word. Words
 * that are the same in every language (product and format names) are allowed by name. The
 * scripts that write the interface are held to a smaller rule: none of their string literals holds
 * a common English word on its own.
 */
class UntranslatedTextTests {

  /** Names and codes that every language writes the same ("en": a language tag as example). */
  private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("PDF", "A4", "en");

  private static final Pattern EXPRESSION = Pattern.compile("\\$(?:unsafe)?\\{[^}]*}|!\\{[^}]*}");
  private static final Pattern DIRECTIVE = Pattern.compile(
      "(?m)^\\s*@(?:(?:if|else|elseif|endif|for|endfor|import|param)\\b|template\\.).*$");
  /** {@code @if(…)}, {@code @else}, {@code @endfor} and the like inside a line of markup. */
  private static final Pattern INLINE_DIRECTIVE = Pattern.compile(
      "@(?:if|elseif|for)\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\)|@(?:else|endif|endfor)\\b");
  private static final Pattern INLINE = Pattern.compile("(?s)<(svg|script|style)\\b.*?</\\1>");
  private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\b(?:aria-label|title|placeholder|alt)=\"([^\"]*)\"");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  @ParameterizedTest
  @ValueSource(strings = {"layout.jte", "home.jte", "editor.jte", "ats-checker.jte",
      "templates.jte", "examples.jte", "learn/index.jte", "learn/course.jte", "learn/lesson.jte",
      "learn/outline.jte", "learn/resume.jte", "learn/search.jte", "learn/searchForm.jte",
      "learn/not-found.jte"})
  void aTranslatedPageHasNoWordsOfItsOwn(String file) {
    String page = MessageBundleTests.read(Path.of("src", "main", "jte", file));
    String markup = INLINE.matcher(INLINE_DIRECTIVE.matcher(DIRECTIVE.matcher(
        EXPRESSION.matcher(page).replaceAll("")).replaceAll("")).replaceAll("")).replaceAll("");
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

  /** Block and line comments of a script, which may speak English. */
  private static final Pattern COMMENT =
      Pattern.compile("/\\*(?s:.*?)\\*/|(?m)^\\s*//[^\\n]*|\\s//[^'\"`\\n]*$");
  /** A string or template literal of a script (quoted strings on one line). */
  private static final Pattern LITERAL =
      Pattern.compile("'([^'\\n]*)'|\"([^\"\\n]*)\"|`([^`]*)`");
  /** What a template literal fills in: {@code ${…}}. */
  private static final Pattern FILLED = Pattern.compile("\\$\\{[^}]*}");
  /**
   * Common English words that, standing alone in a script's literal, mean a sentence written in
   * code rather than taken from the bundles (class lists and selectors never hold them whole).
   */
  private static final Set<String> ENGLISH_WORDS = Set.of("all", "of", "for", "the", "and", "or",
      "with", "without", "to", "in", "on", "not", "is", "chosen", "template", "templates",
      "item", "items", "lesson", "lessons", "show", "remove", "search", "any", "one", "two");

  @ParameterizedTest
  @ValueSource(strings = {"gallery.js", "editor/form.js", "editor/layout.js", "learn/progress.js",
      "learn/quiz.js", "ats/report.js", "ats/checker.js"})
  void aTranslatedScriptWritesNoEnglishOfItsOwn(String file) {
    String script = COMMENT.matcher(MessageBundleTests.read(
        Path.of("src", "main", "resources", "static", "js", file))).replaceAll("");
    List<String> english = new ArrayList<>();
    Matcher literal = LITERAL.matcher(script);
    while (literal.find()) {
      String text = literal.group(1) != null ? literal.group(1)
          : literal.group(2) != null ? literal.group(2)
              : FILLED.matcher(literal.group(3)).replaceAll(" ");
      for (String token : text.strip().split("\\s+")) {
        if (ENGLISH_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
          english.add(literal.group());
          break;
        }
      }
    }
    assertThat(english).as("English in " + file + " that is not from the bundles").isEmpty();
  }
}
