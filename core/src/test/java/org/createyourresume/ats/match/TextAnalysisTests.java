package org.createyourresume.ats.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.ats.parse.TextLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** German compounds yield their parts; ordinary words and the other languages are left whole. */
class TextAnalysisTests {

  private static final TextAnalysis GERMAN = TextAnalysis.of(TextLanguage.GERMAN);

  private static List<String> stems(TextAnalysis analysis, String text) {
    return analysis.tokens(text).stream().map(TextAnalysis.Token::stem).toList();
  }

  private static String stem(String word) {
    return GERMAN.stems(word).get(0);
  }

  @ParameterizedTest(name = "{0} → {1}, {2}")
  @CsvSource(textBlock = """
      Softwareentwicklung,        Software,          Entwicklung
      Datenbankentwicklung,       Datenbank,         Entwicklung
      Projektmanagementerfahrung, Projektmanagement, Erfahrung
      Finanzbuchhaltungskenntnisse, Finanzbuchhaltung, Kenntnisse
      """)
  void aGermanCompoundIsFollowedByItsParts(String compound, String first, String last) {
    assertThat(stems(GERMAN, compound)).containsExactly(stem(compound), stem(first), stem(last));
  }

  @Test
  void aHyphenatedCompoundIsTwoWordsAlready() {
    assertThat(stems(GERMAN, "Java-Entwicklung")).containsExactly("java", stem("Entwicklung"));
  }

  @ParameterizedTest
  @CsvSource({"Sparkasse", "Frustrationstoleranz", "Verantwortung", "Unternehmen", "Bewerbung", "Mitarbeiterin",
      "Entwicklung", "Erfahrung"})
  void anOrdinaryWordOrAPartAloneStaysWhole(String word) {
    assertThat(stems(GERMAN, word)).hasSize(1);
  }

  @Test
  void aPartFoundInsideAWordIsNoPart() {
    // "analyse" sits inside, neither opening nor closing the word
    assertThat(stems(GERMAN, "Marktanalysetool")).hasSize(1);
  }

  @Test
  void theVocabularyReadsCompoundsWhole() {
    assertThat(GERMAN.stems("Projektmanagement")).hasSize(1);
    assertThat(GERMAN.phraseTokens("Softwareentwicklung")).hasSize(1);
  }

  @Test
  void otherLanguagesDoNotSplit() {
    assertThat(stems(TextAnalysis.english(), "softwaredevelopment")).hasSize(1);
    assertThat(stems(TextAnalysis.of(TextLanguage.FRENCH), "Softwareentwicklung")).hasSize(1);
  }
}
