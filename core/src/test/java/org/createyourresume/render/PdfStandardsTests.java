package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.words.Wording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF: every template's output is valid PDF/UA-1 (accessible) and PDF/A-3u (archival). */
class PdfStandardsTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  @BeforeAll
  static void loadValidationProfiles() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** Every template, with the resume using every field, a Greek one and a three-page one. */
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (TemplateInfo template : RENDERER.templates()) {
      for (String fixture : List.of("every-section.json", "greek.json", "three-pages.json")) {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
          cases.add(Arguments.of(template.id(), fixture, flavour));
        }
      }
    }
    return cases.stream();
  }

  /**
   * Every script's fixture in a serif and a sans template (they fall back to different faces), and
   * the resume using every field in every translated language: the document's language is the
   * resume's, and the fallback faces embed as cleanly as the templates' own.
   */
  static Stream<Arguments> languages() {
    List<Arguments> cases = new ArrayList<>();
    for (String fixture : ScriptsRoundTripTests.FIXTURES) {
      for (String template : List.of("classic", "modern")) {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
          cases.add(Arguments.of(template, fixture, null, flavour));
        }
      }
    }
    for (String language : Wording.TRANSLATED) {
      cases.add(Arguments.of("modern", "every-section.json", language, PDFAFlavour.PDFUA_1));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} × {1} is {2}")
  @MethodSource("cases")
  void complies(String template, String fixture, PDFAFlavour flavour) throws Exception {
    byte[] pdf =
        RENDERER
            .render(TestResumes.load(fixture), RenderOptions.pdf().withTemplate(template))
            .content();
    assertCompliant(pdf, flavour);
  }

  @ParameterizedTest(name = "{1} in {2} ({0}) is {3}")
  @MethodSource("languages")
  void compliesInEveryScriptAndLanguage(String template, String fixture, String language, PDFAFlavour flavour)
      throws Exception {
    Resume resume = TestResumes.load(fixture);
    if (language != null) {
      resume = resume.withDesign(resume.design().withLanguage(language));
    }
    byte[] pdf = RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content();
    assertThat(PdfFacts.of(pdf).language()).isEqualTo(resume.design().language());
    assertCompliant(pdf, flavour);
  }

  private static void assertCompliant(byte[] pdf, PDFAFlavour flavour) throws Exception {
    ValidationResult result;
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      result = validator.validate(parser);
    }

    List<String> failed =
        result.getTestAssertions().stream()
            .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
            .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
            .distinct()
            .toList();
    assertThat(failed).as("failed %s rules", flavour).isEmpty();
    assertThat(result.isCompliant()).isTrue();
  }
}
