package org.createyourresume.ats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.createyourresume.ats.match.JobMatch;
import org.createyourresume.ats.match.Keyword;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.ats.parse.SectionVocabulary;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checker on German, French and Spanish resumes: their language is told and reported, their
 * headings are known, the checks that read English words stay silent, and a posting in the same
 * language matches the resume's own words.
 */
class AtsLanguagesTests {

  private final AtsChecker checker = AtsFixtures.checker();

  private static String resume(String file) throws IOException {
    try (InputStream in = AtsLanguagesTests.class.getResourceAsStream("/importer-languages/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Berufserfahrung | EXPERIENCE
      Praktische Erfahrung | EXPERIENCE
      Beruflicher Werdegang | EXPERIENCE
      Ausbildung | EDUCATION
      Bildungsweg | EDUCATION
      Kenntnisse | SKILLS
      IT-Kenntnisse | SKILLS
      Sprachkenntnisse | LANGUAGES
      Weiterbildungen | CERTIFICATIONS
      Expérience professionnelle | EXPERIENCE
      Expériences | EXPERIENCE
      Formation | EDUCATION
      Diplômes et formations | EDUCATION
      Compétences | SKILLS
      Compétences techniques | SKILLS
      Langues | LANGUAGES
      Centres d'intérêt | INTERESTS
      Experiencia laboral | EXPERIENCE
      Trayectoria profesional | EXPERIENCE
      Formación académica | EDUCATION
      Habilidades | SKILLS
      Conocimientos | SKILLS
      Idiomas | LANGUAGES
      Datos personales | CONTACT
      """)
  void headingsOfTheLanguagesAreKnown(String heading, SectionKind kind) {
    assertThat(SectionVocabulary.standard().kindOf(heading)).contains(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      de-informatiker.txt | de
      fr-chef-projet.txt | fr
      es-profesor.txt | es
      """)
  void theEnglishWordChecksStaySilentOnAResumeInAnotherLanguage(String file, String language) throws IOException {
    AtsReport report = checker.checkText(resume(file), AtsOptions.defaults().withGrammar(AtsOptions.Grammar.WAIT));
    assertThat(report.language()).isEqualTo(language);
    assertThat(report.grammar()).isEqualTo(AtsReport.GrammarStatus.NOT_ENGLISH);
    assertThat(report.findings()).extracting(Finding::id)
        .doesNotContain("bullets.action-verbs", "wording.pronouns", "wording.buzzwords", "wording.repeated");
    assertThat(report.parsed().has(SectionKind.EXPERIENCE)).isTrue();
    assertThat(report.parsed().has(SectionKind.EDUCATION)).isTrue();
    assertThat(report.parsed().has(SectionKind.SKILLS)).isTrue();
  }

  @Test
  void theResumesLanguageFieldWinsOverItsWords() {
    Resume english = TestResumes.load("full.json");
    Resume german = english.withDesign(english.design().withLanguage("de-AT"));
    assertThat(checker.checkResume(german, AtsOptions.defaults()).language()).isEqualTo("de");
    assertThat(checker.checkResume(english, AtsOptions.defaults()).language()).isEqualTo("en");
  }

  @Test
  void aGermanPostingMatchesTheWordsOfAGermanResume() throws IOException {
    String posting = """
        Wir suchen eine/n Softwareentwickler (m/w/d) in Vollzeit

        Das bringst du mit
        - Mindestens 3 Jahre Erfahrung mit Java und Spring Boot
        - Erfahrungen in der Entwicklung von Microservices
        - Sehr gute Deutsch- und Englischkenntnisse

        Wünschenswert
        - Kubernetes
        - Kafka
        """;
    AtsReport report = checker.checkText(resume("de-informatiker.txt"), AtsOptions.defaults().withJobDescription(posting));
    JobMatch match = report.jobMatch();
    assertThat(match.language()).isEqualTo("de");
    assertThat(match.jobTitle()).isEqualTo("Softwareentwickler");
    assertThat(match.matched()).extracting(Keyword::name)
        .contains("Softwareentwickler", "Java", "Spring Boot", "Microservices", "German", "English", "Kubernetes", "3+ years of experience");
    assertThat(match.missing()).extracting(Keyword::name).contains("Kafka");
    // German capitalises every noun: "Erfahrung" and "Entwicklung" are no products to look for
    assertThat(match.matched()).extracting(Keyword::name).doesNotContain("Erfahrung", "Entwicklung", "Erfahrungen");
    assertThat(match.missing()).extracting(Keyword::name).doesNotContain("Erfahrung", "Entwicklung", "Erfahrungen");
  }

  @Test
  void frenchAndSpanishPostingsMatchInflectedWords() throws IOException {
    String french = """
        Chef de projet digital H/F – CDI

        Profil recherché
        - Expérience en gestion de projets e-commerce
        - Maîtrise de Jira et de Scrum
        - Anglais courant
        """;
    JobMatch fr = checker.checkText(resume("fr-chef-projet.txt"), AtsOptions.defaults().withJobDescription(french)).jobMatch();
    assertThat(fr.language()).isEqualTo("fr");
    assertThat(fr.matched()).extracting(Keyword::name).contains("Project management", "Jira", "Scrum", "English");

    String spanish = """
        Buscamos Profesor/a de Inglés para secundaria

        Requisitos
        - Experiencia con bases de datos de alumnos en Moodle
        - Nivel C2 de inglés
        - Máster en Formación del Profesorado

        Se valorará
        - Conocimientos de francés
        """;
    JobMatch es = checker.checkText(resume("es-profesor.txt"), AtsOptions.defaults().withJobDescription(spanish)).jobMatch();
    assertThat(es.language()).isEqualTo("es");
    assertThat(es.jobTitle()).isEqualTo("Profesor/a de Inglés");
    assertThat(es.matched()).extracting(Keyword::name).contains("Moodle", "English", "French", "Master's degree");
  }
}
