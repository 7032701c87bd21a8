package org.createyourresume.render.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Map;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.ats.parse.SectionVocabulary;
import org.createyourresume.model.SectionId;
import org.junit.jupiter.api.Test;

class WordingTests {

  private static final Map<SectionId, SectionKind> KINDS =
      Map.ofEntries(
          Map.entry(SectionId.SUMMARY, SectionKind.SUMMARY),
          Map.entry(SectionId.WORK, SectionKind.EXPERIENCE),
          Map.entry(SectionId.EDUCATION, SectionKind.EDUCATION),
          Map.entry(SectionId.SKILLS, SectionKind.SKILLS),
          Map.entry(SectionId.PROJECTS, SectionKind.PROJECTS),
          Map.entry(SectionId.CERTIFICATES, SectionKind.CERTIFICATIONS),
          Map.entry(SectionId.AWARDS, SectionKind.AWARDS),
          Map.entry(SectionId.PUBLICATIONS, SectionKind.PUBLICATIONS),
          Map.entry(SectionId.VOLUNTEER, SectionKind.VOLUNTEER),
          Map.entry(SectionId.LANGUAGES, SectionKind.LANGUAGES),
          Map.entry(SectionId.INTERESTS, SectionKind.INTERESTS),
          Map.entry(SectionId.REFERENCES, SectionKind.REFERENCES));

  @Test
  void everyTranslatedHeadingIsOneTheAtsVocabularyMapsToItsSection() {
    for (String tag : Wording.TRANSLATED) {
      Wording words = Wording.of(Locale.forLanguageTag(tag));
      for (SectionId section : SectionId.values()) {
        String heading = words.sectionTitle(section);
        assertThat(SectionVocabulary.standard().kindOf(heading))
            .as("%s: %s", tag, heading)
            .contains(KINDS.get(section));
        assertThat(SectionVocabulary.standard().kindOf(heading.toUpperCase(words.locale())))
            .as("%s in capitals", heading)
            .contains(KINDS.get(section));
      }
    }
  }

  @Test
  void everyTranslationHasEveryWordAndNoLanguageFallsBackToTheServersLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      assertThat(Wording.of(Locale.forLanguageTag("sv")).sectionTitle(SectionId.WORK)).isEqualTo("Experience");
    } finally {
      Locale.setDefault(before);
    }
    // every language's own file holds every word of the English one; en-GB and pt-PT are
    // overlays of what differs from en and pt
    Properties english = properties("wording.properties");
    for (String tag : Wording.TRANSLATED) {
      if (tag.contains("-") && !tag.equals("pt-BR") && !tag.equals("zh-Hans")) {
        continue;
      }
      Properties own = properties("wording_" + Locale.forLanguageTag(tag).getLanguage() + ".properties");
      for (String key : english.stringPropertyNames()) {
        if (!key.equals("date.monthYear")) {
          assertThat(own.getProperty(key)).as("%s %s", tag, key).isNotBlank();
        }
      }
      Wording words = Wording.of(Locale.forLanguageTag(tag));
      assertThat(words.pageNumberCss()).as(tag).contains("counter(page)", "counter(pages)").doesNotContain(" of ");
    }
  }

  private static Properties properties(String file) {
    Properties p = new Properties();
    try (var in = Wording.class.getResourceAsStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @Test
  void thePageLineBecomesCssStringsAndCounters() {
    assertThat(Wording.of(Locale.ENGLISH).pageNumberCss()).isEqualTo("\"Page \" counter(page) \" of \" counter(pages)");
    assertThat(Wording.of(Locale.JAPANESE).pageNumberCss()).isEqualTo("counter(page) \" / \" counter(pages) \" ページ\"");
  }
}
