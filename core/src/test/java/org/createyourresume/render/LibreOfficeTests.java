package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our DOCX files open cleanly in a real word processor: LibreOffice converts each template's
 * document to PDF, and that PDF holds every field in order. Runs where {@code
 * CYR_TEST_LIBREOFFICE} names the {@code soffice} program (CI installs it).
 */
@EnabledIfEnvironmentVariable(named = "CYR_TEST_LIBREOFFICE", matches = ".+")
class LibreOfficeTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();
  private static final String RESUME = "every-section.json";

  @TempDir static Path dir;

  static List<String> templates() {
    return RENDERER.templates().stream().map(TemplateInfo::id).toList();
  }

  /** One LibreOffice run converts all templates' documents: its start-up is the slow part. */
  @BeforeAll
  static void convertEveryTemplate() throws IOException, InterruptedException {
    Resume resume = TestResumes.load(RESUME);
    List<Path> documents = new ArrayList<>();
    for (String template : templates()) {
      Path docx = dir.resolve(template + ".docx");
      Files.write(docx, RENDERER.render(resume, new RenderOptions(OutputFormat.DOCX, template)).content());
      documents.add(docx);
    }
    LibreOfficeConversion.toPdf(dir, documents);
  }

  @ParameterizedTest
  @MethodSource("templates")
  void libreOfficeReadsEveryFieldInOrder(String template) throws IOException {
    Path pdf = dir.resolve(template + ".pdf");
    assertThat(pdf).as("LibreOffice wrote " + pdf.getFileName()).exists();
    PdfFacts facts = PdfFacts.of(Files.readAllBytes(pdf));
    assertThat(facts.pages()).isBetween(1, 3);
    // Word processors may break a line after a hyphen ("okafor-" / "lindqvist.example.com");
    // the DOCX text itself is whole (ExportFormatsTests), so join such breaks before comparing.
    String text = PdfFacts.flat(facts.text().replaceAll("(?<=\\p{L})-\\R(?=\\p{L})", "-"));
    InOrder.assertFieldsInOrder(
        "LibreOffice " + template, text, ExpectedFields.asWritten(TestResumes.load(RESUME), template));
  }
}
