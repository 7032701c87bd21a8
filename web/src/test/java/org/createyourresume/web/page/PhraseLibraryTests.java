package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.web.page.ContentCheckRunner.resume;
import static org.createyourresume.web.page.ContentCheckRunner.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.checks.ActionVerbCheck;
import org.createyourresume.ats.checks.BulletLengthCheck;
import org.createyourresume.ats.checks.BuzzwordCheck;
import org.createyourresume.ats.checks.CheckContext;
import org.createyourresume.ats.checks.PronounCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phrase library the editor inserts at the cursor ({@code static/data/phrases.json}): for each
 * role family enough bullet starters and summary openers, each a line to fill in that opens with a
 * strong verb, promises a measurable result, and passes the ATS checker's own content checks.
 */
class PhraseLibraryTests {

  static final List<String> FAMILY_IDS =
      List.of("software-developer", "it-support", "manager", "fresher-student", "data", "sales-marketing", "academic");

  /** The weak openers the library must offer stronger verbs for. */
  private static final List<String> REQUIRED_WEAK =
      List.of("responsible for", "duties included", "worked on", "helped", "helped with", "assisted", "assisted with",
          "in charge of", "was part of", "participated in", "handled", "did", "made", "tasked with", "involved in",
          "worked with", "was responsible for");

  /**
   * Verbs the ATS list accepts (it holds "help", "assist", "handle", "use", "support") that still
   * say little about the work: no phrase may open with one.
   */
  private static final Set<String> WEAK_VERBS =
      Set.of("helped", "assisted", "handled", "used", "utilized", "utilised", "supported", "worked", "did", "made",
          "was", "were", "participated", "involved", "tasked", "attended", "shadowed", "tried");

  /** Past forms without "-ed" that a phrase may open with; each must also pass the ATS verb check. */
  private static final Set<String> IRREGULAR_PAST =
      Set.of("built", "rebuilt", "led", "co-led", "ran", "won", "wrote", "taught", "drove", "grew", "sold", "kept",
          "held", "oversaw", "set", "cut", "met", "forecast", "undertook");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\[\\]\\n]+\\]");
  /** A number the writer must fill in: a count, a percentage or an amount of money. */
  private static final Pattern MEASURE = Pattern.compile("\\[(N|X|amount)\\]");
  private static final Pattern FIRST_PERSON =
      Pattern.compile("\\b(I|me|my|mine|myself|we|our|ours|us)\\b|\\b(?i:I'm|I've|I'd|we're|we've)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\\[])");

  static final Library LIBRARY = read("/static/data/phrases.json", Library.class);

  record Library(int version, List<Family> families, List<Verb> verbs) {}

  record Family(String id, String title, List<String> summaries, List<Bullet> bullets) {
    @Override
    public String toString() {
      return id;
    }
  }

  record Bullet(String group, String text) {}

  record Verb(String weak, List<String> suggest, String why) {}

  static <T> T read(String resource, Class<T> type) {
    try (InputStream in = PhraseLibraryTests.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
          .readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(String resource) {
    try (InputStream in = PhraseLibraryTests.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Family> families() {
    return LIBRARY.families().stream();
  }

  // ---------- the checks on one line, shared with the profiles' examples ----------

  /** The reason {@code verb} (a phrase's first word) is not a strong past-tense opener, or null. */
  static String weakVerb(String verb) {
    String w = verb.toLowerCase(Locale.ROOT);
    if (!Character.isUpperCase(verb.charAt(0))) {
      return "starts in lower case";
    }
    if (WEAK_VERBS.contains(w)) {
      return "is a weak verb";
    }
    if (!w.endsWith("ed") && !IRREGULAR_PAST.contains(w)) {
      return "is not in the past tense";
    }
    if (!actionVerbCheckAccepts(verb + " the quarterly report for 5 teams")) {
      return "is not an action verb to the ATS checker";
    }
    return null;
  }

  /**
   * Whether the ATS checker's action-verb check (its list is {@code ats/action-verbs.txt}) accepts
   * a bullet: next to a bullet it accepts, one weak bullet out of two is reported.
   */
  static boolean actionVerbCheckAccepts(String bullet) {
    CheckContext context = resume(List.of(), List.of(bullet, "Cut costs by 10% for 3 teams."));
    assertThat(context.workBullets()).as("the parser reads both bullets").containsExactly(bullet,
        "Cut costs by 10% for 3 teams.");
    return run(new ActionVerbCheck(), context).isEmpty();
  }

  static boolean firstPerson(String text) {
    return FIRST_PERSON.matcher(text).find();
  }

  private static String weakOpening(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return LIBRARY.verbs().stream().map(Verb::weak)
        .filter(w -> lower.startsWith(w) && (lower.length() == w.length() || !Character.isLetterOrDigit(lower.charAt(w.length()))))
        .findFirst().orElse(null);
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(f -> f.id() + " " + f.examples()).toList();
  }

  // ---------- the harness can fail ----------

  @Test
  void theAtsHarnessReportsWhatItLooksFor() {
    assertThat(actionVerbCheckAccepts("Responsible for the billing system of [N] teams")).isFalse();
    assertThat(actionVerbCheckAccepts("Various tasks in [team] for [N] users")).isFalse();
    assertThat(actionVerbCheckAccepts("Built [service] for [N] users")).isTrue();
    assertThat(weakVerb("Helped")).isNotNull();
    assertThat(weakVerb("Manage")).isNotNull();
    assertThat(weakVerb("Wandered")).isNotNull();
    assertThat(weakVerb("Oversaw")).isNull();
    CheckContext vague = resume(List.of("A passionate team player with [N] years in [field]."), List.of("Built [N] reports", "Ran [N] audits"));
    assertThat(run(new BuzzwordCheck(), vague)).extracting(Finding::id).containsExactly("wording.buzzwords");
  }

  // ---------- families ----------

  @Test
  void theSevenRoleFamiliesAreThere() {
    assertThat(LIBRARY.version()).isEqualTo(1);
    assertThat(LIBRARY.families()).extracting(Family::id).containsExactlyInAnyOrderElementsOf(FAMILY_IDS);
    assertThat(LIBRARY.families()).extracting(Family::title).allSatisfy(t -> assertThat(t).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void eachFamilyHasEnoughPhrasesInFourToSevenGroups(Family family) {
    assertThat(family.bullets()).hasSizeGreaterThanOrEqualTo(45);
    assertThat(family.summaries()).hasSizeGreaterThanOrEqualTo(12);
    Map<String, Long> groups =
        family.bullets().stream().collect(Collectors.groupingBy(Bullet::group, Collectors.counting()));
    assertThat(groups).as("groups").hasSizeBetween(4, 7);
    assertThat(groups.keySet()).allSatisfy(g -> assertThat(g).isNotBlank().hasSizeLessThanOrEqualTo(40));
    assertThat(groups.values()).as("bullets per group").allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
    List<String> texts = new ArrayList<>(family.bullets().stream().map(Bullet::text).toList());
    texts.addAll(family.summaries());
    assertThat(new HashSet<>(texts)).as("no phrase twice").hasSameSizeAs(texts);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void everyBulletOpensWithAStrongPastTenseVerb(Family family) {
    for (Bullet b : family.bullets()) {
      String verb = b.text().split("\\s+")[0];
      assertThat(weakVerb(verb)).as(b.text()).isNull();
      assertThat(weakOpening(b.text())).as(b.text()).isNull();
      assertThat(actionVerbCheckAccepts(b.text())).as(b.text()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void noVerbOpensMoreThanThreeBullets(Family family) {
    Map<String, Long> verbs = family.bullets().stream()
        .collect(Collectors.groupingBy(b -> b.text().split("\\s+")[0], Collectors.counting()));
    assertThat(verbs).allSatisfy((verb, times) -> assertThat(times).as(verb).isLessThanOrEqualTo(3));
    assertThat(verbs).as("distinct opening verbs").hasSizeGreaterThanOrEqualTo(family.bullets().size() / 2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void everyBulletIsAShortLineToFillInWithAMeasurableResult(Family family) {
    for (Bullet b : family.bullets()) {
      String text = b.text();
      assertThat(text).as(text).hasSizeLessThanOrEqualTo(200).isEqualTo(text.strip()).doesNotContain("  ")
          .doesNotEndWith(".");
      assertThat(PLACEHOLDER.matcher(text).find()).as("placeholder in: " + text).isTrue();
      assertThat(MEASURE.matcher(text).find()).as("[N], [X] or [amount] in: " + text).isTrue();
      assertThat(PLACEHOLDER.matcher(text).replaceAll("")).as("brackets pair up in: " + text)
          .doesNotContain("[", "]");
      assertThat(firstPerson(text)).as("first person in: " + text).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void thePhrasesPassTheAtsContentChecks(Family family) {
    List<String> bullets = family.bullets().stream().map(Bullet::text).toList();
    CheckContext context = resume(family.summaries(), bullets);
    assertThat(context.workBullets()).as("the parser reads every bullet").isEqualTo(bullets);
    assertThat(ids(run(new BulletLengthCheck(), context))).as("one or two lines each").isEmpty();
    assertThat(ids(run(new BuzzwordCheck(), context))).as("no buzzwords").isEmpty();
    assertThat(ids(run(new PronounCheck(), context))).as("no pronouns").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void summariesAreOneOrTwoSentencesToFillIn(Family family) {
    for (String summary : family.summaries()) {
      assertThat(summary).as(summary).isEqualTo(summary.strip()).endsWith(".").hasSizeLessThanOrEqualTo(300)
          .doesNotContain("  ");
      assertThat(SENTENCE_END.split(summary)).as("sentences in: " + summary).hasSizeBetween(1, 2);
      // the ATS summary check asks for 15 to 100 words; an opener stays at the short end
      assertThat(summary.split("\\s+").length).as("words in: " + summary).isBetween(15, 60);
      assertThat(PLACEHOLDER.matcher(summary).find()).as("placeholder in: " + summary).isTrue();
      assertThat(PLACEHOLDER.matcher(summary).replaceAll("")).as("brackets pair up in: " + summary)
          .doesNotContain("[", "]");
      assertThat(firstPerson(summary)).as("first person in: " + summary).isFalse();
      assertThat(weakOpening(summary)).as(summary).isNull();
    }
  }

  // ---------- verb suggestions ----------

  @Test
  void strongerVerbsAreOfferedForEveryWeakOpening() {
    List<String> weak = LIBRARY.verbs().stream().map(Verb::weak).toList();
    assertThat(weak).doesNotHaveDuplicates().containsAll(REQUIRED_WEAK)
        .allSatisfy(w -> assertThat(w).isEqualTo(w.strip().toLowerCase(Locale.ROOT)).isNotBlank());
    // every opening the ATS checker reports as a duty is caught, so the editor can offer a fix
    for (String duty : lines("/org/createyourresume/ats/weak-openers.txt")) {
      assertThat(weak).as(duty).anySatisfy(w -> assertThat(
          duty.equals(w) || duty.startsWith(w + " ") || w.startsWith(duty + " ")).isTrue());
    }
  }

  @Test
  void everySuggestionIsAStrongVerbWithAReason() {
    for (Verb v : LIBRARY.verbs()) {
      assertThat(v.suggest()).as(v.weak()).hasSizeBetween(4, 6).doesNotHaveDuplicates();
      for (String s : v.suggest()) {
        assertThat(weakVerb(s.split("\\s+")[0])).as(v.weak() + " → " + s).isNull();
        assertThat(s).as(v.weak() + " → " + s).isEqualTo(s.strip()).hasSizeLessThanOrEqualTo(30);
      }
      assertThat(v.why()).as(v.weak()).isNotBlank().hasSizeLessThanOrEqualTo(90).endsWith(".");
      assertThat(firstPerson(v.why())).as(v.why()).isFalse();
    }
  }
}
