package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ATS promise on our own output: for every template and every test resume, the PDF's text
 * holds every field, in order, with nothing garbled, in fonts an extractor can map to Unicode.
 */
class RenderedTextTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  static Stream<Arguments> templatesAndResumes() {
    List<Arguments> cases = new ArrayList<>();
    for (TemplateInfo template : RENDERER.templates()) {
      for (String resume : TestResumes.names()) {
        cases.add(Arguments.of(template.id(), resume));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("templatesAndResumes")
  void everyFieldIsExtractedInOrder(String template, String name) {
    Resume resume = TestResumes.load(name);
    RenderResult result = RENDERER.render(resume, RenderOptions.pdf().withTemplate(template));
    assertThat(result.diagnostics()).as("diagnostics").isEmpty();
    PdfFacts pdf = PdfFacts.of(result.content());
    String text = PdfFacts.flat(pdf.text());

    InOrder.assertFieldsInOrder(template + " × " + name, text, ExpectedFields.of(resume, template));
    assertThat(text).doesNotContain("\uFFFD");
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("templatesAndResumes")
  void everyFontIsEmbeddedWithAUnicodeMap(String template, String name) {
    RenderResult result =
        RENDERER.render(TestResumes.load(name), RenderOptions.pdf().withTemplate(template));
    var fonts = PdfFacts.of(result.content()).fonts();
    assertThat(fonts).isNotEmpty();
    assertThat(fonts)
        .allSatisfy(
            f -> {
              assertThat(f.embedded()).as(f.name() + " embedded").isTrue();
              assertThat(f.unicodeMap()).as(f.name() + " has a ToUnicode map").isTrue();
            });
  }
}
