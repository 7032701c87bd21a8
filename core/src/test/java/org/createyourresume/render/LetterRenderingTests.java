package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.letter.Letter;
import org.createyourresume.letter.Letters;
import org.createyourresume.letter.Paragraph;
import org.createyourresume.model.Resume;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
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

/**
 * Closed loop for cover letters: in every template the letter's PDF reads back whole and in order
 * (PDFBox, and pdftotext where {@code CYR_TEST_PDFTOTEXT} names it), is valid PDF/UA-1 and
 * PDF/A-3u, and DOCX, plain text and Markdown hold the same text in the same order.
 */
class LetterRenderingTests {

  static final ResumeRenderer RENDERER = ResumeRenderer.create();

  @TempDir static Path dir;

  @BeforeAll
  static void loadValidationProfiles() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  static Resume resume() {
    try (InputStream in = LetterRenderingTests.class.getResourceAsStream("/letters/with-letters.json")) {
      return new JsonResumeReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).resume();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Letter letter() {
    return Letters.find(resume(), "northwind-backend");
  }

  static List<String> templates() {
    return RENDERER.templates().stream().map(TemplateInfo::id).toList();
  }

  /** Every piece of the letter, in reading order, as it prints in English. */
  static List<String> expected(Letter letter) {
    List<String> parts = new ArrayList<>(List.of("Amelia Fernández-Ortiz", "amelia.fernandez@example.com",
        "November 30, 2026", "Dana Whitfield", "Engineering Manager", "Northwind Logistics",
        "12 Harbour Street", "Rotterdam 3011", "Application for Senior Backend Engineer",
        "Dear Ms Whitfield,"));
    letter.body().forEach(p -> parts.add(p.text()));
    parts.add("Kind regards,");
    parts.add("Amelia Fernández-Ortiz");
    return parts;
  }

  static void assertInOrder(String what, String text, List<String> parts) {
    List<ExpectedFields.Field> fields = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      fields.add(new ExpectedFields.Field("letter part " + i, parts.get(i)));
    }
    InOrder.assertFieldsInOrder(what, PdfFacts.flat(text), fields);
  }

  static byte[] render(String template, OutputFormat format) {
    return RENDERER.renderLetter(resume(), letter(), new RenderOptions(format, template)).content();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void everyTemplatesLetterPdfReadsBackWholeOnOnePage(String template) {
    RenderResult result = RENDERER.renderLetter(resume(), letter(), RenderOptions.pdf().withTemplate(template));
    assertThat(result.pages()).isEqualTo(1);
    assertThat(result.diagnostics()).isEmpty();
    PdfFacts facts = PdfFacts.of(result.content());
    assertInOrder(template + " PDF", facts.text(), expected(letter()));
    assertThat(facts.text()).doesNotContain("\uFFFD");
    assertThat(facts.isTagged()).isTrue();
    assertThat(facts.language()).isEqualTo("en");
    assertThat(facts.info().getTitle()).isEqualTo("Amelia Fernández-Ortiz – Cover letter");
    assertThat(facts.fonts()).allSatisfy(f -> assertThat(f.embedded() && f.unicodeMap()).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void theLetterHasTheResumesHeaderAndFonts(String template) {
    PdfFacts letterPdf = PdfFacts.of(render(template, OutputFormat.PDF));
    PdfFacts resumePdf = PdfFacts.of(RENDERER.render(resume(), RenderOptions.pdf().withTemplate(template)).content());
    assertThat(letterPdf.lines().get(0).text()).isEqualTo(resumePdf.lines().get(0).text());
    assertThat(letterPdf.lines().get(0).fontSize()).isEqualTo(resumePdf.lines().get(0).fontSize());
    assertThat(resumePdf.fonts().stream().map(PdfFacts.FontFact::name).map(n -> n.substring(n.indexOf('+') + 1)).toList())
        .containsAll(letterPdf.fonts().stream().map(PdfFacts.FontFact::name).map(n -> n.substring(n.indexOf('+') + 1)).toList());
    assertThat(resumePdf.colours()).containsAll(letterPdf.colours());
  }

  static Stream<Arguments> standards() {
    return templates().stream().flatMap(t -> Stream.of(
        Arguments.of(t, PDFAFlavour.PDFUA_1), Arguments.of(t, PDFAFlavour.PDFA_3_U)));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("standards")
  void everyTemplatesLetterIsValid(String template, PDFAFlavour flavour) throws Exception {
    ValidationResult result;
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(render(template, OutputFormat.PDF)), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      result = validator.validate(parser);
    }
    List<String> failed = result.getTestAssertions().stream()
        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
        .distinct().toList();
    assertThat(failed).as("failed %s rules", flavour).isEmpty();
    assertThat(result.isCompliant()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  @EnabledIfEnvironmentVariable(named = "CYR_TEST_PDFTOTEXT", matches = ".+")
  void pdftotextReadsEveryTemplatesLetterWhole(String template) throws Exception {
    Path file = dir.resolve(template + "-letter.pdf");
    Files.write(file, render(template, OutputFormat.PDF));
    Process process = new ProcessBuilder(System.getenv("CYR_TEST_PDFTOTEXT"), file.toString(), "-")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertInOrder(template + " pdftotext", text, expected(letter()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void everyTemplatesLetterDocxHoldsEveryPartInOrder(String template) {
    DocxFacts docx = DocxFacts.of(render(template, OutputFormat.DOCX));
    assertInOrder(template + " DOCX", docx.text(), expected(letter()));
    assertThat(docx.paragraphs().get(0).style()).isEqualTo("Title");
  }

  @Test
  void plainTextAndMarkdownHoldEveryPartInOrder() {
    String txt = new String(render("classic", OutputFormat.TXT), StandardCharsets.UTF_8);
    assertInOrder("TXT", txt, expected(letter()));
    assertThat(txt).startsWith("Amelia Fernández-Ortiz\n");
    String md = new String(render("classic", OutputFormat.MD), StandardCharsets.UTF_8);
    assertThat(md).startsWith("# Amelia Fernández-Ortiz\n").contains("**Application for Senior Backend Engineer**");
    // Markdown escapes what would be markup; unescaped, every part is there in order
    assertInOrder("MD", md.replace("\\", ""), expected(letter()));
  }

  @Test
  void aPlaceholderLeftInTheLetterIsReportedWithItsPlace() {
    Letter letter = letter();
    List<Paragraph> body = new ArrayList<>(letter.body());
    body.set(1, Paragraph.written("At [Company] I cut costs by 20%."));
    RenderResult pdf = RENDERER.renderLetter(resume(), letter.withBody(body), RenderOptions.pdf());
    assertThat(pdf.diagnostics()).extracting(RenderDiagnostic::id, RenderDiagnostic::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("letter.placeholder", "/body/1"));
    assertThat(pdf.diagnostics().get(0).message()).contains("[Company]");
    assertThat(PdfFacts.of(pdf.content()).text()).contains("[Company]");
  }

  @Test
  void aLetterOverTheLimitsIsRefusedAsTheUsersError() {
    List<Paragraph> body = new ArrayList<>();
    for (int i = 0; i <= Letter.MAX_PARAGRAPHS; i++) {
      body.add(Paragraph.written("Paragraph " + i));
    }
    assertThatThrownBy(() -> RENDERER.renderLetter(resume(), letter().withBody(body), RenderOptions.pdf()))
        .isInstanceOfSatisfying(RenderException.class, e -> {
          assertThat(e.isUserError()).isTrue();
          assertThat(e.getMessage()).contains("/body");
        });
  }

  @Test
  void anUnknownTemplateIsRefusedAsTheUsersError() {
    assertThatThrownBy(() -> RENDERER.renderLetter(resume(), letter(), RenderOptions.pdf().withTemplate("nope")))
        .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.isUserError()).isTrue());
  }

  @Test
  void aLetterAsJsonIsItsObject() {
    String json = new String(render("classic", OutputFormat.JSON), StandardCharsets.UTF_8);
    assertThat(Letters.fromJson(json, new ArrayList<>())).isEqualTo(Letters.fromTree(Letters.toTree(letter()), "", new ArrayList<>()));
  }
}
