package org.createyourresume.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.createyourresume.ats.FindingIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interface's bundles are complete and used as written: every language has exactly the keys
 * of the English reference with the same placeholders and markup, and every key the pages, the
 * scripts and the problem details ask for exists. Any gap fails the build.
 */
class MessageBundleTests {

  private static final Path JTE = Path.of("src", "main", "jte");
  private static final Path SCRIPTS = Path.of("src", "main", "resources", "static", "js");
  private static final Path ERROR_PAGES = Path.of("src", "main", "resources", "error-pages");
  /** {@code {{key}}} in an error page ({@code {{lang}}} is the language's tag). */
  private static final Pattern ERROR_PAGE_KEY = Pattern.compile("\\{\\{([a-z0-9.-]+)}}");
  private static final Path API_PROBLEM =
      Path.of("src", "main", "java", "org", "createyourresume", "web", "system", "ApiProblem.java");

  /** {@code t.get("key"} and {@code t.html("key"} in a jte template. */
  private static final Pattern JTE_KEY = Pattern.compile("\\bt\\.(?:get|html)\\(\"([^\"]+)\"");
  /** {@code t('key'} or {@code t("key"} in a script. */
  private static final Pattern SCRIPT_KEY = Pattern.compile("\\bt\\(\\s*['\"]([^'\"]+)['\"]");
  /** The bundle key an ApiProblem factory is made with: {@code HttpStatus.X, "type", "key"}. */
  private static final Pattern PROBLEM_KEY =
      Pattern.compile("HttpStatus\\.\\w+,\\s*\"[a-z-]+\",\\s*\"([a-z-]+)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern TAG = Pattern.compile("</?([a-z]+)");

  static Stream<String> translations() {
    return InterfaceLanguage.ALL.stream().map(InterfaceLanguage::tag).filter(t -> !t.equals("en"));
  }

  private static Properties reference() {
    return MessageCatalog.read(MessageCatalog.REFERENCE);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void everyLanguageHasExactlyTheReferenceKeys(String tag) {
    Properties bundle = MessageCatalog.read("i18n/messages_" + tag + ".properties");
    Set<String> expected = new TreeSet<>(reference().stringPropertyNames());
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(bundle.stringPropertyNames());
    Set<String> extra = new TreeSet<>(bundle.stringPropertyNames());
    extra.removeAll(expected);
    assertThat(missing).as("keys missing from messages_" + tag).isEmpty();
    assertThat(extra).as("keys in messages_" + tag + " that English does not have").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("translations")
  void everyTranslationKeepsThePlaceholdersAndMarkupOfTheEnglish(String tag) {
    Properties english = reference();
    Properties bundle = MessageCatalog.read("i18n/messages_" + tag + ".properties");
    Map<String, String> wrong = new TreeMap<>();
    for (String key : english.stringPropertyNames()) {
      String value = bundle.getProperty(key, "");
      if (!placeholders(value).equals(placeholders(english.getProperty(key)))) {
        wrong.put(key, "placeholders " + placeholders(value));
      } else if (!tags(value).equals(tags(english.getProperty(key)))) {
        wrong.put(key, "markup " + tags(value));
      }
    }
    assertThat(wrong).as("messages_" + tag + " differs from English in").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("languages")
  void noMessageIsEmptyOrBreaksMessageFormat(String tag) {
    String file = tag.equals("en") ? MessageCatalog.REFERENCE : "i18n/messages_" + tag + ".properties";
    Properties bundle = MessageCatalog.read(file);
    List<String> bad = new ArrayList<>();
    for (String key : bundle.stringPropertyNames()) {
      String value = bundle.getProperty(key);
      if (value.isBlank()) {
        bad.add(key + " is empty");
      } else if (value.indexOf('\'') >= 0) {
        // MessageFormat drops a lone ' and quotes what follows; the scripts would not: write ’
        bad.add(key + " has an ASCII apostrophe");
      } else {
        try {
          new MessageFormat(value);
        } catch (IllegalArgumentException e) {
          bad.add(key + ": " + e.getMessage());
        }
      }
    }
    assertThat(bad).as(file).isEmpty();
  }

  static Stream<String> languages() {
    return InterfaceLanguage.ALL.stream().map(InterfaceLanguage::tag);
  }

  @Test
  void everyKeyThePagesAskForExists() {
    Set<String> keys = reference().stringPropertyNames();
    Map<String, String> unknown = new TreeMap<>();
    for (Path template : files(JTE, ".jte")) {
      Matcher m = JTE_KEY.matcher(read(template));
      while (m.find()) {
        if (!keys.contains(m.group(1))) {
          unknown.put(m.group(1), JTE.relativize(template).toString());
        }
      }
    }
    for (Path page : files(ERROR_PAGES, ".html")) {
      Matcher m = ERROR_PAGE_KEY.matcher(read(page));
      while (m.find()) {
        if (!m.group(1).equals("lang") && !keys.contains(m.group(1))) {
          unknown.put(m.group(1), ERROR_PAGES.relativize(page).toString());
        }
      }
    }
    assertThat(unknown).as("keys used in pages but not in messages.properties").isEmpty();
  }

  @Test
  void everyKeyTheScriptsAskForExists() {
    Set<String> keys = reference().stringPropertyNames();
    Map<String, String> unknown = new TreeMap<>();
    int used = 0;
    for (Path script : files(SCRIPTS, ".js")) {
      Matcher m = SCRIPT_KEY.matcher(read(script));
      while (m.find()) {
        used++;
        if (!keys.contains(MessageCatalog.SCRIPT_PREFIX + m.group(1))) {
          unknown.put(m.group(1), SCRIPTS.relativize(script).toString());
        }
      }
    }
    assertThat(used).as("script keys found (the pattern still matches the code)").isGreaterThan(50);
    assertThat(unknown).as("keys used in scripts but not js.-prefixed in messages.properties").isEmpty();
  }

  @Test
  void everyProblemHasItsTitleAndEveryKeyIsUsed() {
    Set<String> keys = reference().stringPropertyNames();
    Set<String> problems = new TreeSet<>();
    Matcher m = PROBLEM_KEY.matcher(read(API_PROBLEM));
    while (m.find()) {
      problems.add(m.group(1));
    }
    assertThat(problems).as("problem keys found in ApiProblem").hasSizeGreaterThan(15);
    for (String problem : problems) {
      assertThat(keys).as("title of problem " + problem).contains("problem." + problem + ".title");
    }
    // the other way round: a key nobody asks for is dead text someone would translate for nothing
    String pages = files(JTE, ".jte").stream().map(MessageBundleTests::read)
        .reduce("", String::concat);
    String scripts = files(SCRIPTS, ".js").stream().map(MessageBundleTests::read)
        .reduce("", String::concat);
    String errorPages = files(ERROR_PAGES, ".html").stream().map(MessageBundleTests::read)
        .reduce("", String::concat);
    Path web = Path.of("src", "main", "java", "org", "createyourresume", "web");
    String java = Stream.of("page/PageController.java", "page/Gallery.java",
            "page/GalleryFilter.java", "learn/LearnController.java", "learn/Course.java")
        .map(f -> read(web.resolve(f))).reduce("", String::concat);
    String replies = read(Path.of("src", "main", "java", "org", "createyourresume", "web",
        "system", "ErrorReplies.java"));
    // the ATS findings' words, asked for by id (FindingWords): under the id, or its family
    Set<String> findingKeys = new TreeSet<>();
    for (String id : FindingIds.all()) {
      // "example": the few examples the core writes itself (FindingWordsTests holds which)
      for (String part : List.of("title", "explanation", "fix", "example")) {
        findingKeys.add("finding." + id + "." + part);
        findingKeys.add("finding." + id.substring(0, id.lastIndexOf('.')) + "." + part);
      }
    }
    List<String> unused = new ArrayList<>();
    for (String key : keys) {
      boolean isUsed =
          key.startsWith("finding.")
              ? findingKeys.contains(key) || key.startsWith("finding.field.")
              // the job match's places, asked for by the core's words (FindingWordsTests holds
              // that these keys are exactly the ones FindingWords can ask for)
              : key.startsWith("match.place.") || key.startsWith("match.suggestion.")
              ? true
              : key.startsWith("problem.reply.")
                  ? replies.contains("\"" + key.substring(14, key.lastIndexOf('.')) + "\"")
              : key.startsWith("problem.")
              ? problems.stream().anyMatch(p -> key.startsWith("problem." + p + "."))
                  || key.startsWith("problem.internal.") || key.equals("problem.no-resource.detail")
              : key.startsWith(MessageCatalog.SCRIPT_PREFIX)
                  ? Pattern.compile("\\bt\\(\\s*['\"]" + Pattern.quote(key.substring(3)) + "['\"]")
                      .matcher(scripts).find()
                  : key.startsWith("error.")
                      ? errorPages.contains("{{" + key + "}}")
                      : pages.contains("\"" + key + "\"") || java.contains("\"" + key + "\"");
      if (!isUsed) {
        unused.add(key);
      }
    }
    assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
  }

  private static Set<String> placeholders(String value) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static List<String> tags(String value) {
    List<String> found = new ArrayList<>();
    Matcher m = TAG.matcher(value);
    while (m.find()) {
      found.add(m.group());
    }
    found.sort(null);
    return found;
  }

  static List<Path> files(Path root, String suffix) {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
