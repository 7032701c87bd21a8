package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;

/** The editor's Import dialog: upload, review, replace (undoable) or add; refusals change nothing. */
class ImportBrowserTests extends BrowserTestSupport {

  private static final Path SHOTS = Path.of("target", "screenshots");

  private static final String ROSA =
      "{\"basics\":{\"name\":\"Rosa Delgado\",\"email\":\"rosa@example.com\"},\"work\":["
          + "{\"name\":\"Alpha Corp\",\"position\":\"Analyst\",\"startDate\":\"2016-01\"}],"
          + "\"meta\":{\"createYourResume\":{\"template\":\"modern\"}}}";

  private void openImport() {
    page.locator("#btn-import").click();
    page.waitForSelector("#dlg-import[open]");
    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("import-choose");
  }

  private void waitForClosedImport() {
    page.waitForFunction("() => !document.getElementById('dlg-import').open");
  }

  private void chooseFile(String name, String type, byte[] content) {
    page.locator("#import-file").setInputFiles(new FilePayload(name, type, content));
  }

  private int resumesInThisBrowser() {
    return ((Number) page.evaluate("() => JSON.parse(localStorage.getItem('cyr.resumes.v1')).length")).intValue();
  }

  @Test
  void aLinkedInExportIsReviewedThenReplacesTheResumeAndUndoBringsItBack() throws Exception {
    openEditorWith(ROSA);
    openImport();
    chooseFile("Basic_LinkedInDataExport.zip", "application/zip", TestFiles.linkedInExport());
    page.waitForSelector("#import-step-review:not([hidden])");
    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("import-review-title");
    assertThat(page.locator("#import-review-title").textContent())
        .isEqualTo("Found in “Basic_LinkedInDataExport.zip” (LinkedIn data export)");
    assertThat(page.locator("#import-found").innerText())
        .contains("Sofía Marín Ortega", "Data Analyst · SQL and Python", "sofia.marin@example.com",
            "Madrid", "2 jobs: Data Analyst, Datalia; Junior Analyst, Banco Sur",
            "1 school: Universidad de Sevilla", "3 skills: SQL, Python, Power BI");
    assertThat(page.locator("#import-warnings-title").textContent()).isEqualTo("Check this before you use it");
    assertThat(page.locator("#import-warnings").innerText())
        .contains("work[1].endDate", "“Summer 2021” is not a date");
    assertNoSeriousViolations("import review");
    Files.createDirectories(SHOTS);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-import.png")));

    page.locator("#import-replace").click();
    assertThat(page.locator("#dlg-confirm-text").textContent())
        .contains("Replace “Rosa Delgado” with the resume from “Basic_LinkedInDataExport.zip”");
    page.locator("#dlg-confirm-ok").click();
    waitForClosedImport();
    assertThat(field("basics.name").inputValue()).isEqualTo("Sofía Marín Ortega");
    assertThat(field("work.0.name").inputValue()).isEqualTo("Datalia");
    assertThat(field("work.0.position").inputValue()).isEqualTo("Data Analyst");
    assertThat(field("work.1.name").inputValue()).isEqualTo("Banco Sur");
    assertThat(page.locator("#message-text").textContent()).contains("Replaced", "Undo");
    String saved = savedResume();
    assertThat(saved).contains("Sofía Marín Ortega", "Datalia")
        .contains("\"template\":\"modern\"") // the look chosen stays
        .doesNotContain("Rosa Delgado");
    assertThat(resumesInThisBrowser()).isEqualTo(1);

    page.locator("#btn-undo").click();
    assertThat(field("basics.name").inputValue()).isEqualTo("Rosa Delgado");
    assertThat(field("work.0.name").inputValue()).isEqualTo("Alpha Corp");
    assertThat(savedResume()).contains("Rosa Delgado").doesNotContain("Datalia");
  }

  @Test
  void aPdfMadeHereIsImportedAsANewResume() {
    openEditorWith(ROSA);
    openImport();
    chooseFile("Mariam_Okafor-Lindqvist_Resume.pdf", "application/pdf", TestFiles.rendered(OutputFormat.PDF));
    page.waitForSelector("#import-step-review:not([hidden])");
    assertThat(page.locator("#import-review-title").textContent()).endsWith("(PDF)");
    assertThat(page.locator("#import-found").innerText())
        .contains("Mariam Okafor-Lindqvist", "mariam.okafor@example.org", "Brightwater Housing");
    page.locator("#import-as-new").click();
    waitForClosedImport();
    assertThat(page.locator("#message-text").textContent())
        .contains("Imported “Mariam_Okafor-Lindqvist_Resume.pdf” as a new resume");
    assertThat(field("basics.name").inputValue()).isEqualTo("Mariam Okafor-Lindqvist");
    assertThat(field("work.0.name").inputValue()).isEqualTo("Brightwater Housing");
    assertThat(resumesInThisBrowser()).isEqualTo(2);
    page.locator("#btn-resumes").click();
    assertThat(page.locator("#resume-list").innerText()).contains("Mariam Okafor-Lindqvist", "Rosa Delgado");
  }

  @Test
  void aFileThatCannotBeImportedShowsWhyAndChangesNothing() throws Exception {
    openEditorWith(ROSA);
    String before = savedResume();
    openImport();
    chooseFile("photos.zip", "application/zip",
        TestFiles.zip(Map.of("holiday.txt", "sunny".getBytes(StandardCharsets.UTF_8))));
    page.waitForSelector("#import-error:not([hidden])");
    assertThat(page.locator("#import-error").innerText())
        .contains("“photos.zip” could not be imported. Your current resume is unchanged.",
            "This ZIP is neither a Word document nor a LinkedIn data export");
    assertThat(page.locator("#import-step-review").isHidden()).isTrue();

    // Escape closes the dialog and gives focus back to the Import button
    page.keyboard().press("Escape");
    waitForClosedImport();
    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("btn-import");
    assertThat(field("basics.name").inputValue()).isEqualTo("Rosa Delgado");
    assertThat(savedResume()).isEqualTo(before);
    assertThat(resumesInThisBrowser()).isEqualTo(1);
    assertThat(page.locator("#btn-undo").isDisabled()).isTrue();
  }
}
