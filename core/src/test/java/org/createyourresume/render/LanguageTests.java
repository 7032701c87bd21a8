package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.model.Language;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;

/** Resumes in other languages read as a native speaker expects. */
class LanguageTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  private static String text(Resume resume, String template) {
    return PdfFacts.flat(
        PdfFacts.of(RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content()).text());
  }

  @Test
  void greekHeadingsInCapitalsLoseTheirAccents() {
    String text = text(TestResumes.load("greek.json"), "classic");
    assertThat(text).contains("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ", "ΕΚΠΑΙΔΕΥΣΗ", "ΔΕΞΙΟΤΗΤΕΣ");
    assertThat(text).doesNotContain("ΕΠΑΓΓΕΛΜΑΤΙΚΉ", "ΕΜΠΕΙΡΊΑ");
  }

  @Test
  void headingsAsWrittenKeepTheirAccents() {
    assertThat(text(TestResumes.load("greek.json"), "modern")).contains("Επαγγελματική Εμπειρία");
  }

  @Test
  void bookmarksKeepTheHeadingAsWritten() {
    var pdf = PdfFacts.of(RENDERER.render(TestResumes.load("greek.json"), RenderOptions.pdf().withTemplate("classic")).content());
    assertThat(pdf.bookmarks()).contains("Επαγγελματική Εμπειρία");
  }

  @Test
  void countryAndMonthNamesAreInTheResumesLanguage() {
    String text = text(TestResumes.load("greek.json"), "modern");
    assertThat(text).contains("Θεσσαλονίκη, Κεντρική Μακεδονία, Ελλάδα").doesNotContain("Greece");
    assertThat(text).containsPattern("(Ιανουάριος|Φεβρουάριος|Μάρτιος|Απρίλιος|Μάιος|Ιούνιος|Ιούλιος|Αύγουστος|Σεπτέμβριος|Οκτώβριος|Νοέμβριος|Δεκέμβριος) \\d{4}");
    assertThat(text).contains("σήμερα");
  }

  @Test
  void bracketedFluencyIsNotBracketedTwice() {
    Resume resume =
        new Resume(null, Resume.named("Ann Lee").basics(), null, null, null, null, null, null, null,
            List.of(new Language("Spanish", "Native", null), new Language("English", "Fluent (C1)", null)),
            null, null, null, null, null);
    assertThat(text(resume, "classic")).contains("Spanish – Native, English – Fluent (C1)").doesNotContain("((");
  }
}
