package org.createyourresume.web.ats;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.FindingIds;
import org.createyourresume.ats.match.JobMatcher;
import org.createyourresume.ats.match.Keyword;
import org.createyourresume.ats.match.KeywordKind;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.web.i18n.InterfaceLanguage;
import org.createyourresume.web.i18n.MessageCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every finding the core can give has its words in every interface language, and they are worded
 * from the finding's own values; a finding the bundles do not know keeps the core's English.
 */
class FindingWordsTests {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  private final FindingWords words = new FindingWords(bundles());

  static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  static Stream<String> languages() {
    return InterfaceLanguage.ALL.stream().map(InterfaceLanguage::tag);
  }

  /** Every place and suggestion the core's job match can name, as the core words it. */
  private static List<String> coreMatchWords() {
    List<String> english = new ArrayList<>(List.of(JobMatcher.HEADLINE, JobMatcher.TOP_OF_THE_RESUME));
    for (SectionKind kind : SectionKind.values()) {
      if (kind != SectionKind.OTHER) {
        english.add(kind.standardHeading());
      }
    }
    for (KeywordKind kind : KeywordKind.values()) {
      english.add(JobMatcher.suggestion(kind, true));
      english.add(JobMatcher.suggestion(kind, false));
    }
    return english;
  }

  private static String keyOf(String english) {
    String place = FindingWords.placeKey(english);
    return place != null ? place : FindingWords.suggestionKey(english);
  }

  @Test
  void theExamplesTheCoreWritesItselfAreWordedAndTheOnesQuotingTheResumeAreKept() {
    Properties english = MessageCatalog.read(MessageCatalog.REFERENCE);
    assertThat(english.stringPropertyNames().stream()
            .filter(k -> k.startsWith("finding.") && k.endsWith(".example")).sorted())
        .containsExactlyElementsOf(FindingWords.WRITTEN_EXAMPLES.keySet().stream()
            .map(id -> "finding." + id + ".example").sorted().toList());
    Finding repeated = new Finding("wording.repeated", Category.CONTENT, Severity.MINOR,
        "t", "e", "f", List.of("\"Led\" opens 4 bullets", "a line the core did not write"), 2);
    assertThat(words.word(repeated, Locale.GERMAN).examples())
        .containsExactly("„Led“ eröffnet 4 Stichpunkte", "a line the core did not write");
    Finding gaps = new Finding("dates.gaps", Category.SECTIONS, Severity.INFO, "t", "e", "f",
        List.of("7 months before Acme Corp"), 0);
    assertThat(words.word(gaps, Locale.forLanguageTag("hi")).examples())
        .containsExactly("Acme Corp से पहले 7 महीने");
    Finding quoting = new Finding("dates.order", Category.SECTIONS, Severity.MINOR,
        "t", "e", "f", List.of("Acme (2019 – 2020)"), 4);
    assertThat(words.word(quoting, Locale.GERMAN).examples()).containsExactly("Acme (2019 – 2020)");
  }

  @Test
  void theMatchKeysAreExactlyTheOnesTheCoresWordsAskForAndTheEnglishIsTheCoresOwn() {
    Properties english = MessageCatalog.read(MessageCatalog.REFERENCE);
    Map<String, String> asked = new TreeMap<>();
    for (String words : coreMatchWords()) {
      String key = keyOf(words);
      assertThat(key).as("a key for \"" + words + "\"").isNotNull();
      // the bundles write apostrophes as ’, the core's sentences as '
      asked.put(key, words.replace('\'', '’'));
    }
    Map<String, String> inBundle = new TreeMap<>();
    english.stringPropertyNames().stream()
        .filter(k -> k.startsWith("match.place.") || k.startsWith("match.suggestion."))
        .forEach(k -> inBundle.put(k, english.getProperty(k)));
    assertThat(inBundle).isEqualTo(asked);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void theMatchsPlacesAreWordedInTheLanguageAndAHeadingOfTheResumesOwnIsKept(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    ResourceBundleMessageSource source = bundles();
    for (String words : coreMatchWords()) {
      String worded = source.getMessage(keyOf(words), null, locale);
      if (tag.equals("en")) {
        assertThat(worded).isEqualTo(words.replace('\'', '’'));
      } else if (!words.equals("Contact") && !words.equals("Publications")
          && !words.equals("Certifications")) {
        // a few headings are the same word in French or Spanish; every sentence differs
        assertThat(worded).as(tag + ": " + words).isNotEqualTo(words);
      }
    }
    Keyword own = new Keyword("Kafka", KeywordKind.TOOL, 1, 1, "Kafka", "Hobbyprojekte", null, null);
    Keyword missing = new Keyword("Kafka", KeywordKind.TOOL, 1, 1, "Kafka", null,
        JobMatcher.suggestion(KeywordKind.TOOL, false), null);
    assertThat(FindingWords.placeKey(own.foundIn())).isNull();
    assertThat(source.getMessage(FindingWords.suggestionKey(missing.suggestion()), null, locale))
        .isEqualTo(source.getMessage("match.suggestion.hard_skill.no-skills", null, locale));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyIdTheCoreCanGiveHasATitleAnExplanationAndAFix(String tag) {
    Properties bundle = MessageCatalog.read(
        tag.equals("en") ? MessageCatalog.REFERENCE : "i18n/messages_" + tag + ".properties");
    Map<String, List<String>> missing = new TreeMap<>();
    for (String id : FindingIds.all()) {
      for (String part : FindingWords.PARTS) {
        if (FindingWords.keys(id, part).stream().noneMatch(bundle::containsKey)) {
          missing.computeIfAbsent(id, k -> new ArrayList<>()).add(part);
        }
      }
    }
    assertThat(FindingIds.all()).hasSizeGreaterThan(50);
    assertThat(missing).as("findings without words in messages_" + tag).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyPatternFormatsWithNoPlaceholderLeft(String tag) {
    Properties bundle = MessageCatalog.read(
        tag.equals("en") ? MessageCatalog.REFERENCE : "i18n/messages_" + tag + ".properties");
    Locale locale = Locale.forLanguageTag(tag);
    List<String> broken = new ArrayList<>();
    for (String key : bundle.stringPropertyNames()) {
      if (!key.startsWith(FindingWords.PREFIX) || key.startsWith(FindingWords.FIELD_PREFIX)) {
        continue;
      }
      String pattern = bundle.getProperty(key);
      Matcher m = PLACEHOLDER.matcher(pattern);
      int count = 0;
      while (m.find()) {
        count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
      }
      for (int value : new int[] {0, 1, 2, 7}) {
        Object[] args = new Object[count];
        Arrays.fill(args, value);
        String text = new MessageFormat(pattern, locale).format(args);
        if (text.contains("{") || text.contains("}") || text.isBlank()) {
          broken.add(key + " with " + value + ": " + text);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void aCountIsWordedInTheSentenceOfTheLanguage() {
    Finding one = finding("dates.missing", List.of(1));
    Finding three = finding("dates.missing", List.of(3));
    assertThat(words.word(one, Locale.GERMAN).title()).isEqualTo("Eine Stelle ohne Datum");
    assertThat(words.word(three, Locale.GERMAN).title()).isEqualTo("3 Stellen ohne Datum");
    assertThat(words.word(three, Locale.FRENCH).title()).isEqualTo("3 postes sans dates");
    assertThat(words.word(three, Locale.forLanguageTag("hi")).title()).contains("3");
  }

  @Test
  void aListOfFieldsIsNamedInTheLanguage() {
    Finding header = finding("contact.header-footer", List.of(List.of("email", "phone")));
    assertThat(words.word(header, Locale.GERMAN).explanation())
        .startsWith("Ihre E-Mail-Adresse, Telefonnummer stehen");
  }

  @Test
  void aMissingKeywordTakesItsFamilysTitleAndItsKindsFix() {
    Finding tool = finding(FindingIds.missing(org.createyourresume.ats.match.KeywordKind.TOOL),
        List.of("Kubernetes", 2, "kubernetes", 0));
    Finding worded = words.word(tool, Locale.forLanguageTag("es"));
    assertThat(worded.title()).isEqualTo("Falta en tu CV: Kubernetes");
    assertThat(worded.explanation()).contains("Kubernetes (2 menciones)");
    assertThat(worded.fix()).contains("una nueva sección de Habilidades").contains("«kubernetes»");
  }

  @Test
  void anIdTheBundlesDoNotKnowKeepsTheCoresEnglish() {
    Finding unknown = finding("layout.something-new", List.of(4));
    Finding worded = words.word(unknown, Locale.GERMAN);
    assertThat(worded.title()).isEqualTo("title of layout.something-new");
    assertThat(worded.fix()).isEqualTo("fix of layout.something-new");
  }

  @Test
  void englishIsTheCoresOwnWords() {
    Finding email = new Finding("contact.email", Category.SECTIONS, Severity.MAJOR,
        "No email address found", "explained", "fixed", List.of(), 8);
    var report = new org.createyourresume.ats.AtsReport(90, List.of(), List.of(email), null, 1, 1,
        1, null, "", null, List.of(), null, null, "en");
    assertThat(words.inLanguage(report, Locale.ENGLISH)).isSameAs(report);
    assertThat(words.inLanguage(report, Locale.GERMAN).findings().get(0).title())
        .isEqualTo("Keine E-Mail-Adresse gefunden");
  }

  private static Finding finding(String id, List<Object> arguments) {
    return new Finding(id, Category.SECTIONS, Severity.MINOR, "title of " + id,
        "explanation of " + id, "fix of " + id, List.of(), 2, arguments);
  }
}
