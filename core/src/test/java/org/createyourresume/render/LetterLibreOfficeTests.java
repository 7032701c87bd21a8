package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our cover letters' DOCX files open cleanly in a real word processor: LibreOffice converts each
 * template's letter to PDF, and that PDF holds every part of the letter in order on one page.
 * Runs where {@code CYR_TEST_LIBREOFFICE} names the {@code soffice} program (CI installs it).
 */
@EnabledIfEnvironmentVariable(named = "CYR_TEST_LIBREOFFICE", matches = ".+")
class LetterLibreOfficeTests {

  @TempDir static Path dir;

  static List<String> templates() {
    return LetterRenderingTests.templates();
  }

  /** One LibreOffice run converts every template's letter: its start-up is the slow part. */
  @BeforeAll
  static void convertEveryTemplate() throws IOException, InterruptedException {
    List<Path> documents = new ArrayList<>();
    for (String template : templates()) {
      Path docx = dir.resolve(template + ".docx");
      Files.write(docx, LetterRenderingTests.render(template, OutputFormat.DOCX));
      documents.add(docx);
    }
    LibreOfficeConversion.toPdf(dir, documents);
  }

  @ParameterizedTest
  @MethodSource("templates")
  void libreOfficeReadsEveryPartOfTheLetterInOrder(String template) throws IOException {
    Path pdf = dir.resolve(template + ".pdf");
    assertThat(pdf).as("LibreOffice wrote " + pdf.getFileName()).exists();
    PdfFacts facts = PdfFacts.of(Files.readAllBytes(pdf));
    assertThat(facts.pages()).isEqualTo(1);
    // a word processor may break a line after a hyphen; the DOCX text itself is whole
    String text = facts.text().replaceAll("(?<=\\p{L})-\\R(?=\\p{L})", "-");
    LetterRenderingTests.assertInOrder("LibreOffice " + template, text,
        LetterRenderingTests.expected(LetterRenderingTests.letter()));
  }
}
