package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The resume's language decides every word the renderer prints besides the user's own: headings,
 * month names, the word for "Present", labels, the page number line and the document's metadata.
 */
class ResumeLanguageTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  /** A small resume in {@code language}: a current job since October 2021, a finished degree. */
  static Resume resume(String language, String sectionTitles) {
    String json =
        """
        {"basics": {"name": "Ann Lee", "email": "ann@example.com", "location": {"countryCode": "DE"}},
         "work": [{"name": "Nordvik", "position": "Engineer", "startDate": "2021-10"}],
         "education": [{"institution": "Uni Bremen", "studyType": "BSc", "score": "3.8",
                        "startDate": "2015-09", "endDate": "2019-06"}],
         "meta": {"createYourResume": {"template": "modern", "language": "%s", "sectionTitles": {%s}}}}
        """
            .formatted(language, sectionTitles);
    return new JsonResumeReader().read(json).resume();
  }

  static final String LANGUAGES =
      """
      en-US   | Experience               | Education          | Oct 2021 – Present       | Germany     | GPA: 3.8
      en-GB   | Experience               | Education          | Oct 2021 – Present       | Germany     | GPA: 3.8
      de      | Berufserfahrung          | Ausbildung         | Okt 2021 – heute         | Deutschland | Note: 3.8
      fr      | Expérience professionnelle | Formation        | oct. 2021 – aujourd’hui  | Allemagne   | Moyenne: 3.8
      es      | Experiencia laboral      | Formación académica | oct 2021 – actualidad   | Alemania    | Nota media: 3.8
      pt-BR   | Experiência profissional | Formação acadêmica | out. 2021 – atual        | Alemanha    | Média: 3.8
      pt-PT   | Experiência profissional | Formação académica | out. 2021 – presente     | Alemanha    | Média: 3.8
      it      | Esperienza professionale | Formazione         | ott 2021 – presente      | Germania    | Voto: 3.8
      nl      | Werkervaring             | Opleiding          | okt. 2021 – heden        | Duitsland   | Cijfer: 3.8
      pl      | Doświadczenie zawodowe   | Wykształcenie      | paź 2021 – obecnie       | Niemcy      | Średnia: 3.8
      tr      | İş deneyimi              | Eğitim             | Eki 2021 – günümüz       | Almanya     | Not ortalaması: 3.8
      hi      | कार्य अनुभव                 | शिक्षा               | अक्तू॰ 2021 – वर्तमान       | जर्मनी        | ग्रेड: 3.8
      zh-Hans | 工作经历                 | 教育背景           | 2021年10月 – 至今        | 德国        | GPA: 3.8
      ja      | 職務経歴                 | 学歴               | 2021年10月 – 現在        | ドイツ      | GPA: 3.8
      ar      | الخبرة العملية           | التعليم            | أكتوبر 2021 – حتى الآن   | ألمانيا     | المعدل: 3.8
      he      | ניסיון תעסוקתי           | השכלה              | אוק׳ 2021 – היום         | גרמניה      | ממוצע: 3.8
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = LANGUAGES)
  void theTextExportPrintsHeadingsDatesAndLabelsInTheResumesLanguage(
      String language, String work, String education, String range, String country, String score) {
    String text = text(resume(language, ""), OutputFormat.TXT);
    assertThat(text).containsIgnoringCase(work).containsIgnoringCase(education);
    assertThat(text).contains(range, country, score);
    assertThat(text).doesNotContain("Experience".equals(work) ? "Berufserfahrung" : "Experience");
  }

  /**
   * The PDF too, with the bundled fonts for every script. A right-to-left line that mixes in
   * digits ("2021") is read by PDFBox in the wrong run order (see ScriptsRoundTripTests), so
   * for Arabic and Hebrew the dates and score are checked in the text export only.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = LANGUAGES)
  void thePdfPrintsHeadingsDatesAndLabelsInTheResumesLanguage(
      String language, String work, String education, String range, String country, String score) {
    RenderResult result = RENDERER.render(resume(language, ""), RenderOptions.pdf());
    assertThat(result.diagnostics()).isEmpty();
    var pdf = PdfFacts.of(result.content());
    String text = PdfFacts.flat(pdf.text());
    assertThat(text).containsIgnoringCase(work).containsIgnoringCase(education).contains(country);
    if (!language.equals("ar") && !language.equals("he")) {
      assertThat(text).contains(range, score);
    }
    assertThat(pdf.language()).isEqualTo(language);
  }

  @Test
  void aHeadingTheUserRenamedWinsOverTheTranslation() {
    String text = text(resume("de", "\"work\": \"Praxiserfahrung\""), OutputFormat.TXT);
    assertThat(text).containsIgnoringCase("Praxiserfahrung").doesNotContainIgnoringCase("Berufserfahrung");
    assertThat(text).containsIgnoringCase("Ausbildung");
  }

  @Test
  void thePageNumberLineAndTheMetadataAreInTheResumesLanguage() {
    Resume long3 = TestResumes.load("three-pages.json");
    Resume german = long3.withDesign(resume("de", "").design().withTemplate("classic"));
    var pdf = PdfFacts.of(RENDERER.render(german, RenderOptions.pdf()).content());
    assertThat(pdf.pages()).isGreaterThan(1);
    assertThat(PdfFacts.flat(pdf.text())).contains("Seite 2 von " + pdf.pages()).doesNotContain("Page 2");
    assertThat(pdf.info().getSubject()).startsWith("Lebenslauf von ");
    assertThat(pdf.info().getTitle()).endsWith(" – Lebenslauf");
  }

  @Test
  void aLanguageWithoutTranslationsGetsEnglishWordsAndItsOwnMonthNames() {
    String text = text(resume("sv", ""), OutputFormat.TXT);
    assertThat(text).containsIgnoringCase("Experience").contains("okt. 2021 – nu", "Tyskland");
  }

  private static String text(Resume resume, OutputFormat format) {
    return new String(RENDERER.render(resume, RenderOptions.of(format)).content(), StandardCharsets.UTF_8);
  }
}
