package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.web.page.ContentCheckRunner.resume;
import static org.createyourresume.web.page.ContentCheckRunner.run;
import static org.createyourresume.web.page.PhraseLibraryTests.FAMILY_IDS;
import static org.createyourresume.web.page.PhraseLibraryTests.actionVerbCheckAccepts;
import static org.createyourresume.web.page.PhraseLibraryTests.firstPerson;
import static org.createyourresume.web.page.PhraseLibraryTests.read;
import static org.createyourresume.web.page.PhraseLibraryTests.weakVerb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.createyourresume.ats.checks.BuzzwordCheck;
import org.createyourresume.ats.checks.CheckContext;
import org.createyourresume.ats.checks.SummaryCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guided start ({@code static/data/profiles.json}): for each kind of job seeker, the sections in
 * their order, what must be filled in, and for every field of those sections a hint and a grey
 * example that fit the editor's form as {@code static/js/editor/schema.js} defines it.
 */
class GuidedStartProfilesTests {

  private static final Map<String, String> TITLES = titles();

  /**
   * The personal-details fields: the editor's form builds them itself (schema.js lists only the
   * sections), so they are kept here; "summary" is the summary section's one field.
   */
  private static final Map<String, String> BASICS = basics();

  private static final Pattern CUSTOM_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  static final Profiles PROFILES = read("/static/data/profiles.json", Profiles.class);
  static final Schema SCHEMA = Schema.read();

  record Profiles(int version, List<Profile> profiles) {}

  record Profile(String id, String title, String description, String phraseFamily, List<String> phraseFamilies,
      List<String> sections, List<String> required, int pages, Map<String, Field> fields,
      List<CustomSection> customSections) {
    @Override
    public String toString() {
      return id;
    }

    List<CustomSection> customs() {
      return customSections == null ? List.of() : customSections;
    }
  }

  record Field(String hint, String example) {}

  record CustomSection(String id, String title, String after, String hint, Map<String, Field> fields) {}

  /** A form field of schema.js: its key and kind (text, url, date, end, textarea, list…). */
  record SchemaField(String key, String type) {}

  /** The sections and fields of the editor's schema.js, read from its source. */
  record Schema(Map<String, List<SchemaField>> sections, List<SchemaField> custom) {

    private static final Pattern SECTION = Pattern.compile("\\{\\s*id: '([a-z]+)'");
    private static final Pattern FIELD = Pattern.compile("\\{ key: '([A-Za-z]+)'([^}]*)}");
    private static final Pattern TYPE = Pattern.compile("type: '([a-z]+)'");

    static Schema read() {
      String js;
      try (InputStream in = Schema.class.getResourceAsStream("/static/js/editor/schema.js")) {
        js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String sections = js.substring(js.indexOf("export const SECTIONS"), js.indexOf("export const CUSTOM"));
      String custom = js.substring(js.indexOf("export const CUSTOM"), js.indexOf("export const STANDARD_IDS"));
      Map<String, List<SchemaField>> out = new LinkedHashMap<>();
      // each section's fields run from its "{ id: '…'" to the next one
      Matcher m = SECTION.matcher(sections);
      List<Integer> starts = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      while (m.find()) {
        starts.add(m.start());
        ids.add(m.group(1));
      }
      for (int i = 0; i < ids.size(); i++) {
        int end = i + 1 < ids.size() ? starts.get(i + 1) : sections.length();
        out.put(ids.get(i), fields(sections.substring(starts.get(i), end)));
      }
      return new Schema(out, fields(custom));
    }

    private static List<SchemaField> fields(String block) {
      List<SchemaField> out = new ArrayList<>();
      Matcher m = FIELD.matcher(block);
      while (m.find()) {
        Matcher type = TYPE.matcher(m.group(2));
        out.add(new SchemaField(m.group(1), type.find() ? type.group(1) : "text"));
      }
      return out;
    }
  }

  private static Map<String, String> titles() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("fresher", "Fresher");
    t.put("student", "Student");
    t.put("experienced", "Experienced professional");
    t.put("manager", "Manager");
    t.put("it-professional", "IT professional");
    t.put("academic", "Academic");
    return t;
  }

  private static Map<String, String> basics() {
    Map<String, String> b = new LinkedHashMap<>();
    b.put("basics.name", "text");
    b.put("basics.label", "text");
    b.put("basics.email", "email");
    b.put("basics.phone", "tel");
    b.put("basics.url", "url");
    b.put("basics.location.city", "text");
    b.put("basics.location.region", "text");
    b.put("basics.location.countryCode", "country");
    b.put("basics.summary", "textarea");
    return b;
  }

  static Stream<Profile> profiles() {
    return PROFILES.profiles().stream();
  }

  /** Every field key the profile's sections have, with its kind: basics first, then section by section. */
  private static Map<String, String> expectedFields(Profile p) {
    Map<String, String> out = new LinkedHashMap<>(BASICS);
    for (String section : p.sections()) {
      for (SchemaField f : SCHEMA.sections().getOrDefault(section, List.of())) {
        out.put(section + "." + f.key(), f.type());
      }
    }
    return out;
  }

  // ---------- the schema is read as the editor defines it ----------

  @Test
  void theEditorsSchemaIsReadWithEveryFieldAndKind() {
    assertThat(SCHEMA.sections().keySet()).containsExactly("summary", "work", "education", "skills", "projects",
        "certificates", "awards", "publications", "volunteer", "languages", "interests", "references");
    assertThat(SCHEMA.sections().get("summary")).isEmpty();
    assertThat(SCHEMA.sections().get("work")).contains(new SchemaField("position", "text"),
        new SchemaField("endDate", "end"), new SchemaField("highlights", "list"));
    assertThat(SCHEMA.sections().get("references")).containsExactly(new SchemaField("name", "text"),
        new SchemaField("reference", "textarea"));
    assertThat(SCHEMA.custom()).extracting(SchemaField::key).containsExactly("title", "subtitle", "location", "url",
        "startDate", "endDate", "summary", "highlights");
  }

  // ---------- profiles ----------

  @Test
  void theSixProfilesAreThereWithTheirTitles() {
    assertThat(PROFILES.version()).isEqualTo(1);
    Map<String, String> titles = new LinkedHashMap<>();
    PROFILES.profiles().forEach(p -> titles.put(p.id(), p.title()));
    assertThat(titles).containsExactlyEntriesOf(TITLES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void eachProfileOrdersKnownSectionsAndLinksToPhrases(Profile p) {
    assertThat(p.description()).isNotBlank().hasSizeLessThanOrEqualTo(90);
    assertThat(p.sections()).isNotEmpty().doesNotHaveDuplicates()
        .allSatisfy(s -> assertThat(SCHEMA.sections()).containsKey(s));
    assertThat(p.required()).isNotEmpty().doesNotHaveDuplicates();
    assertThat(p.sections()).containsAll(p.required());
    assertThat(p.pages()).isBetween(1, 4);
    assertThat(FAMILY_IDS).contains(p.phraseFamily());
    assertThat(p.phraseFamilies()).doesNotHaveDuplicates().startsWith(p.phraseFamily())
        .allSatisfy(f -> assertThat(FAMILY_IDS).contains(f));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void everyFieldOfTheProfilesSectionsHasAHintAndAnExample(Profile p) {
    // exactly the fields the form shows for these sections: none missing, none unknown
    assertThat(p.fields().keySet()).containsExactlyInAnyOrderElementsOf(expectedFields(p).keySet());
    expectedFields(p).forEach((key, type) -> checkField(p.id() + " " + key, type, p.fields().get(key)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void examplesReadLikeAGoodResume(Profile p) {
    Field summary = p.fields().get("basics.summary");
    assertThat(firstPerson(summary.example())).as(summary.example()).isFalse();
    CheckContext withSummary = resume(List.of(summary.example()), List.of());
    assertThat(withSummary.parsed().summary()).as("the parser reads the summary").isNotNull();
    assertThat(run(new SummaryCheck(), withSummary)).as("summary length").isEmpty();
    List<String> examples = new ArrayList<>();
    p.fields().values().forEach(f -> examples.add(f.example()));
    p.customs().forEach(c -> c.fields().values().forEach(f -> examples.add(f.example())));
    assertThat(run(new BuzzwordCheck(), resume(examples, List.of()))).as("buzzwords").isEmpty();
    // example bullets open the way the phrase library's do
    List<String> bullets = new ArrayList<>();
    p.fields().forEach((key, f) -> {
      if (key.endsWith(".highlights")) {
        bullets.add(f.example());
      }
    });
    p.customs().forEach(c -> bullets.add(c.fields().get("highlights").example()));
    assertThat(bullets).isNotEmpty();
    for (String bullet : bullets) {
      assertThat(weakVerb(bullet.split("\\s+")[0])).as(bullet).isNull();
      assertThat(actionVerbCheckAccepts(bullet)).as(bullet).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void exampleEndDatesFollowTheirStartDates(Profile p) {
    Map<String, Map<String, Field>> groups = new LinkedHashMap<>();
    p.sections().forEach(s -> groups.put(s, fieldsOf(p.fields(), s + ".")));
    p.customs().forEach(c -> groups.put(c.id(), c.fields()));
    groups.forEach((section, fields) -> {
      if (fields.containsKey("startDate") && fields.containsKey("endDate")) {
        assertThat(fields.get("endDate").example()).as(section)
            .isGreaterThanOrEqualTo(fields.get("startDate").example());
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void customSectionsAreNewSectionsWithTheCustomFields(Profile p) {
    Set<String> placed = new HashSet<>(p.sections());
    Set<String> ids = new LinkedHashSet<>();
    for (CustomSection c : p.customs()) {
      assertThat(c.id()).matches(CUSTOM_ID);
      assertThat(SCHEMA.sections()).as(c.id()).doesNotContainKey(c.id());
      assertThat(ids.add(c.id())).as("one section per id: " + c.id()).isTrue();
      assertThat(c.title()).isNotBlank().hasSizeLessThanOrEqualTo(40);
      assertThat(c.hint()).isNotBlank().hasSizeLessThanOrEqualTo(90);
      assertThat(placed).as(c.id() + " comes after a section placed before it").contains(c.after());
      placed.add(c.id());
      assertThat(c.fields().keySet()).containsExactlyInAnyOrderElementsOf(
          SCHEMA.custom().stream().map(SchemaField::key).toList());
      SCHEMA.custom().forEach(f -> checkField(p.id() + " " + c.id() + "." + f.key(), f.type(), c.fields().get(f.key())));
    }
    if (p.id().equals("academic")) {
      assertThat(p.customs()).extracting(CustomSection::title).contains("Teaching", "Grants", "Supervision");
    }
  }

  private static Map<String, Field> fieldsOf(Map<String, Field> fields, String prefix) {
    Map<String, Field> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }

  /** A hint says what to write; an example is grey text of one real-looking value of the field's kind. */
  private static void checkField(String where, String type, Field field) {
    assertThat(field).as(where).isNotNull();
    assertThat(field.hint()).as(where).isNotBlank().hasSizeLessThanOrEqualTo(90).isEqualTo(field.hint().strip())
        .doesNotEndWith(".");
    String example = field.example();
    assertThat(example).as(where).isNotBlank().isEqualTo(example.strip()).doesNotContain("\n", "[", "]");
    assertThat(firstPerson(example)).as(where + ": " + example).isFalse();
    switch (type) {
      case "textarea" -> assertThat(example).as(where).hasSizeLessThanOrEqualTo(300);
      case "list" -> assertThat(example).as(where + " is one line of a list").hasSizeLessThanOrEqualTo(200);
      case "date", "end" -> assertThat(example).as(where).matches(MONTH);
      case "url" -> {
        assertThat(example).as(where).startsWith("https://");
        assertThat(URI.create(example).getHost()).as(where).contains(".");
      }
      case "email" -> assertThat(example).as(where).matches("[a-z.]+@example(\\.[a-z]+)+");
      case "tel" -> assertThat(example).as(where).matches("\\+[0-9 ]{8,16}");
      case "country" -> assertThat(example).as(where).matches("[A-Z]{2}");
      default -> assertThat(example).as(where).hasSizeLessThanOrEqualTo(120);
    }
  }
}
