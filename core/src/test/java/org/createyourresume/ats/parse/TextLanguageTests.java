package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLanguageTests {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      ENGLISH | We are looking for a Java developer to join our team and build the services of the platform.
      GERMAN  | Wir suchen eine/n Senior Java-Entwickler (m/w/d) für unser Team in Berlin. Du hast Erfahrung mit Kubernetes und sprichst sehr gut Deutsch.
      FRENCH  | Nous recrutons un(e) Chef de projet IT. Vous avez une expérience en gestion de projet et l'anglais courant.
      SPANISH | Buscamos Desarrollador/a Backend Java con experiencia en bases de datos y al menos 2 años de experiencia para nuestro equipo.
      ENGLISH | Java, SQL, Excel
      ENGLISH | Curriculum vitae de Sam Doe
      """)
  void tellsTheLanguageFromItsCommonWords(TextLanguage expected, String text) {
    assertThat(TextLanguage.detect(text)).isEqualTo(expected);
  }

  @Test
  void readsTagsOfItsLanguagesOnly() {
    assertThat(TextLanguage.ofTag("de-CH")).isEqualTo(TextLanguage.GERMAN);
    assertThat(TextLanguage.ofTag("es_419")).isEqualTo(TextLanguage.SPANISH);
    assertThat(TextLanguage.ofTag("EN-gb")).isEqualTo(TextLanguage.ENGLISH);
    assertThat(TextLanguage.ofTag("it")).isNull();
    assertThat(TextLanguage.ofTag(" ")).isNull();
  }
}
