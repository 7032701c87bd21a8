package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.createyourresume.model.TestResumes;
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

  @ParameterizedTest(name = "{0} × {1} is {2}")
  @MethodSource("cases")
  void complies(String template, String fixture, PDFAFlavour flavour) throws Exception {
    byte[] pdf =
        RENDERER
            .render(TestResumes.load(fixture), RenderOptions.pdf().withTemplate(template))
            .content();

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
