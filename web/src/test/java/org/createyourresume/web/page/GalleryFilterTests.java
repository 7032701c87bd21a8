package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.render.TemplateInfo.Swatch;
import org.createyourresume.web.i18n.InterfaceLanguage;
import org.createyourresume.web.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Reading the gallery's query into a filter, and which templates a filter lets through. */
class GalleryFilterTests {

  private static final Messages ENGLISH = messages("en");
  private static final Messages GERMAN = messages("de");

  private static Messages messages(String tag) {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasename("i18n/messages");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return new Messages(InterfaceLanguage.of(tag).orElseThrow(), bundles, "{}");
  }

  private static final TemplateInfo SIDEBAR =
      template("sidebar", 2, true, "modern", List.of("it", "experienced"));
  private static final TemplateInfo CLASSIC =
      template("classic", 1, false, "traditional", List.of("experienced", "manager"));

  private static TemplateInfo template(
      String id, int columns, boolean photo, String style, List<String> bestFor) {
    return new TemplateInfo(id, id, "A test template.", "Lato", "#123456",
        List.of(new Swatch("Ink", "#123456")), columns, photo, style, bestFor);
  }

  /** A query as the servlet API gives it: {@code "columns=2&style=modern"}. */
  private static Map<String, String[]> query(String text) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (!text.isEmpty()) {
      for (String pair : text.split("&")) {
        String[] kv = pair.split("=", 2);
        values.computeIfAbsent(kv[0], k -> new java.util.ArrayList<>())
            .add(kv.length > 1 ? kv[1] : "");
      }
    }
    Map<String, String[]> query = new LinkedHashMap<>();
    values.forEach((k, v) -> query.put(k, v.toArray(String[]::new)));
    return query;
  }

  @Test
  void everyTemplateOfTheCatalogueIsDescribedInTheInterfaceLanguage() {
    for (TemplateInfo info : ResumeRenderer.create().templates()) {
      Gallery.Card card = new Gallery.Card(info, true);
      assertThat(card.description(ENGLISH)).as(info.id()).isEqualTo(info.description());
      for (String tag : List.of("de", "fr", "es", "pt", "hi")) {
        assertThat(card.description(messages(tag)))
            .as(info.id() + " in " + tag)
            .isNotBlank()
            .isNotEqualTo(info.description());
      }
    }
  }

  @Test
  void aTemplateWithoutATranslatedDescriptionKeepsTheCataloguesWords() {
    assertThat(new Gallery.Card(SIDEBAR, true).description(GERMAN)).isEqualTo("A test template.");
  }

  @Test
  void noQueryAndEmptyValuesMeanAnyTemplate() {
    assertThat(GalleryFilter.parse(query(""))).isEqualTo(GalleryFilter.ANY);
    assertThat(GalleryFilter.parse(query("columns=&photo=&style=&bestFor=")))
        .isEqualTo(GalleryFilter.ANY);
    assertThat(GalleryFilter.ANY.isAny()).isTrue();
    assertThat(GalleryFilter.ANY.matches(SIDEBAR)).isTrue();
    assertThat(GalleryFilter.ANY.matches(CLASSIC)).isTrue();
    assertThat(GalleryFilter.ANY.query()).isEmpty();
    assertThat(GalleryFilter.ANY.chosenLabel(ENGLISH)).isEmpty();
  }

  @Test
  void everyParameterIsReadAndGivesBackTheSameQuery() {
    GalleryFilter filter =
        GalleryFilter.parse(query("columns=2&bestFor=it&style=modern&photo=yes"));

    assertThat(filter).isEqualTo(new GalleryFilter(2, true, "modern", "it"));
    assertThat(filter.isAny()).isFalse();
    assertThat(filter.chosenLabel(ENGLISH)).isEqualTo("4 chosen");
    assertThat(filter.query()).isEqualTo("columns=2&photo=yes&style=modern&bestFor=it");
    assertThat(GalleryFilter.parse(query(filter.query()))).isEqualTo(filter);
  }

  @Test
  void valuesAreReadWhateverTheirCaseAndSurroundingSpace() {
    assertThat(GalleryFilter.parse(query("style=%20Modern%20".replace("%20", " "))).style())
        .isEqualTo("modern");
    assertThat(GalleryFilter.parse(query("bestFor=IT")).bestFor()).isEqualTo("it");
    assertThat(GalleryFilter.parse(query("photo=NO")).photo()).isFalse();
  }

  @Test
  void otherParametersAreNotTheGallerysBusiness() {
    assertThat(GalleryFilter.parse(query("utm_source=news&page=2"))).isEqualTo(GalleryFilter.ANY);
  }

  @Test
  void theSameAnswerTwiceIsOneAnswer() {
    assertThat(GalleryFilter.parse(query("style=bold&style=bold&style=")).style())
        .isEqualTo("bold");
  }

  @ParameterizedTest
  @CsvSource({
      "style=fancy, style, 'traditional, modern, minimal, bold'",
      "columns=3, columns, '1, 2'",
      "columns=one, columns, '1, 2'",
      "photo=maybe, photo, 'yes, no'",
      "bestFor=ceo, bestFor, 'fresher, experienced, manager, it, academic'",
      "style=modern&style=bold, style, given twice",
  })
  void aValueTheGalleryDoesNotOfferNamesItsParameterAndWhatItTakes(
      String text, String parameter, String allowed) {
    assertThatThrownBy(() -> GalleryFilter.parse(query(text)))
        .isInstanceOfSatisfying(GalleryFilter.BadFilter.class, bad -> {
          assertThat(bad.parameter()).isEqualTo(parameter);
          assertThat(bad.detail()).contains(parameter).contains(allowed);
        });
  }

  @Test
  void aLongOrUnprintableValueIsShortenedInTheMessage() {
    String value = "x".repeat(500) + "\u0007";
    assertThatThrownBy(() -> GalleryFilter.parse(Map.of("style", new String[] {value})))
        .isInstanceOfSatisfying(GalleryFilter.BadFilter.class, bad ->
            assertThat(bad.detail()).hasSizeLessThan(200).doesNotContain("\u0007"));
  }

  @Test
  void eachAnswerNarrowsTheTemplatesAndTheyCombine() {
    assertThat(new GalleryFilter(2, null, null, null).matches(SIDEBAR)).isTrue();
    assertThat(new GalleryFilter(2, null, null, null).matches(CLASSIC)).isFalse();
    assertThat(new GalleryFilter(null, false, null, null).matches(CLASSIC)).isTrue();
    assertThat(new GalleryFilter(null, false, null, null).matches(SIDEBAR)).isFalse();
    assertThat(new GalleryFilter(null, null, "traditional", null).matches(CLASSIC)).isTrue();
    assertThat(new GalleryFilter(null, null, null, "experienced").matches(SIDEBAR)).isTrue();
    assertThat(new GalleryFilter(null, null, null, "experienced").matches(CLASSIC)).isTrue();
    assertThat(new GalleryFilter(null, null, null, "manager").matches(SIDEBAR)).isFalse();
    assertThat(new GalleryFilter(2, true, "modern", "it").matches(SIDEBAR)).isTrue();
    assertThat(new GalleryFilter(2, true, "modern", "manager").matches(SIDEBAR)).isFalse();
  }

  @Test
  void aFilterCannotHoldAValueTheGalleryDoesNotOffer() {
    assertThatThrownBy(() -> new GalleryFilter(3, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GalleryFilter(null, null, "fancy", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GalleryFilter(null, null, null, "ceo"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void labelsAreWordsPeopleRead() {
    assertThat(GalleryFilter.label("it", ENGLISH)).isEqualTo("IT");
    assertThat(GalleryFilter.label("fresher", ENGLISH)).isEqualTo("Fresher");
    assertThat(GalleryFilter.label("minimal", ENGLISH)).isEqualTo("Minimal");
    assertThat(GalleryFilter.label("fresher", GERMAN)).isEqualTo("Berufseinsteiger");
  }

  @Test
  void theGalleryCountsWhatTheFilterShows() {
    List<TemplateInfo> templates = List.of(SIDEBAR, CLASSIC);

    assertThat(Gallery.of(templates, GalleryFilter.ANY).count(ENGLISH)).isEqualTo("All 2 templates");
    Gallery narrowed = Gallery.of(templates, new GalleryFilter(2, null, null, null));
    assertThat(narrowed.count(ENGLISH)).isEqualTo("1 of 2 templates");
    assertThat(narrowed.count(GERMAN)).isEqualTo("1 von 2 Vorlagen");
    assertThat(narrowed.cards()).extracting(Gallery.Card::shown).containsExactly(true, false);
    assertThat(Gallery.of(templates, new GalleryFilter(null, null, "bold", null)).shown()).isZero();
    assertThat(narrowed.groups(ENGLISH)).extracting(Gallery.Group::name)
        .containsExactly("columns", "photo", "style", "bestFor");
    assertThat(narrowed.groups(ENGLISH).get(0).choices())
        .extracting(Gallery.Choice::checked).containsExactly(false, false, true);
  }

  @Test
  void eachCardNamesTheAnswersItPassesForThePagesScript() {
    Gallery.Card card = new Gallery.Card(SIDEBAR, true);

    assertThat(card.answers())
        .isEqualTo("columns:2 photo:yes style:modern bestFor:it bestFor:experienced");
    assertThat(card.alt(ENGLISH)).isEqualTo("First page of a sample resume in the sidebar template:"
        + " two columns with a sidebar, with a photo slot");
    assertThat(card.bestForLabel(ENGLISH)).isEqualTo("IT, Experienced");
    assertThat(card.bestForLabel(GERMAN)).isEqualTo("IT, Berufserfahrene");
  }
}
