package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The editor's Import dialog: upload, review, replace (undoable) or add; refusals change nothing. */
class ImportBrowserTests extends BrowserTestSupport {

  private static final Path SHOTS = Path.of("target", "screenshots");

  private static final String ROSA =
      "{\"basics\":{\"name\":\"Rosa Delgado\",\"email\":\"rosa@example.com\"},\"work\":["
          + "{\"name\":\"Alpha Corp\",\"position\":\"Analyst\",\"startDate\":\"2016-01\"}],"
          + "\"meta\":{\"createYourResume\":{\"template\":\"modern\"}}}";

  private void openImport() {
    if (page.locator("#btn-import").isVisible()) {
      page.locator("#btn-import").click();
    } else {
      // a narrow window has Import in the More menu
      page.locator("#btn-more").click();
      page.locator("#more-menu [data-click='btn-import']").click();
    }
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
  void guessedFieldsAreMarkedInTheReviewAndTheirWarningsComeFirst() {
    openEditor("");
    openImport();
    String text = "ANANYA KRISHNAN\nananya.k@example.com\n\nEDUCATION\nB.Tech, Computer Science\n"
        + "VIT Vellore, CGPA 8.1   2016 – 2020\n\nEXPERIENCE\nSoftware Engineer | Infosys | Pune   Jul 2020 – Present\n"
        + "Volunteer tutor, weekends\n";
    chooseFile("resume.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
    page.waitForSelector("#import-step-review:not([hidden])");
    assertThat(page.locator("#import-found dd:has(.import-unsure)").allInnerTexts())
        .anySatisfy(t -> assertThat(t).contains("Ananya Krishnan", "guessed, check it"))
        .anySatisfy(t -> assertThat(t).contains("VIT Vellore", "guessed, check it"));
    assertThat(page.locator("#import-found").innerText()).doesNotContain("Infosys guessed");
    assertThat(page.locator("#import-warnings-title").textContent()).doesNotContain("Nothing uncertain");
    assertThat(page.locator("#import-warnings li").first().innerText()).startsWith("Guessed:");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("import-review-guesses.png")));
    page.setViewportSize(390, 844);
    assertThat(page.locator(".import-unsure").first().isVisible()).as("the mark shows on a phone").isTrue();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("import-review-guesses-phone.png")));
  }

  @Test
  void theReviewsButtonsStayInSightWhenItsListsAreLongerThanALaptopWindow() {
    page.setViewportSize(1280, 800);
    openEditor("");
    openImport();
    // two jobs whose title, employer and place share one line: eight warnings and both lists full
    String text = "Priya Raman\nData Analyst\npriya.raman@example.com | +91 98765 43210 | Pune, India\n\n"
        + "Summary\nData analyst with four years of reporting and experimentation work.\n\n"
        + "Experience\nSenior Data Analyst, Kestrel Payments, Pune\nMar 2022 - Present\n"
        + "- Built the weekly payments dashboard used by 40 managers\n"
        + "Data Analyst, Mandala Retail, Mumbai\nJul 2020 - Feb 2022\n- Ran 25 A/B tests on checkout pages\n\n"
        + "Education\nMCA, Savitribai Phule Pune University, 2020, CGPA 8.4\nB.Sc. Statistics, Fergusson College, 2017\n\n"
        + "Skills\nSQL, Python, Power BI, dbt, Snowflake, A/B testing, Google Analytics 4\n";
    chooseFile("resume.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
    page.waitForSelector("#import-step-review:not([hidden])");
    assertThat((Boolean) page.evaluate("() => { const d = document.getElementById('dlg-import');"
        + " return d.scrollHeight > d.clientHeight; }")).as("the review is taller than the window").isTrue();
    for (String button : new String[] {"#import-replace", "#import-as-new"}) {
      assertThat((Boolean) page.evaluate("s => { const r = document.querySelector(s).getBoundingClientRect();"
          + " const d = document.getElementById('dlg-import').getBoundingClientRect();"
          + " return r.top >= d.top && r.bottom <= d.bottom && r.bottom <= innerHeight; }", button))
          .as(button + " is inside the dialog's visible part").isTrue();
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("import-review-laptop.png")));
  }

  @Test
  void aSectionTheImportMayHaveReadIncompletelyIsMarkedAsAWholeAndSaysWhy() throws Exception {
    openEditor("");
    page.setViewportSize(1440, 900);
    openImport();
    // a skills heading with nothing under it: the section came back empty, which no field can show
    String text = "Ann Smith\nann@example.com · Leeds, UK\n\nEXPERIENCE\nAnalyst | Acme Ltd | Leeds   Jan 2020 – Present\n"
        + "• Built the monthly sales reports.\n\nSKILLS\n\nEDUCATION\nUniversity of Leeds   2015 – 2018\nBSc Mathematics\n";
    chooseFile("resume.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
    page.waitForSelector("#import-step-review:not([hidden])");
    assertThat(page.locator("#import-found dd:has(.import-unsure)").allInnerTexts())
        .anySatisfy(t -> assertThat(t).isEqualTo("not found may be incomplete, check it"));
    assertThat(page.locator("#import-found dt").allInnerTexts()).contains("Skills");
    assertThat(page.locator("#import-warnings li.import-guess").allInnerTexts())
        .anySatisfy(t -> assertThat(t).contains("skills", "not sure this section is complete",
            "the heading \"SKILLS\" was found with nothing under it"));
    assertThat(page.locator("#import-found").innerText()).doesNotContain("Acme Ltd guessed");
    Files.createDirectories(SHOTS);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("import-review-section-flag.png")));
    page.setViewportSize(390, 844);
    assertThat(page.locator(".import-unsure").first().isVisible()).as("the mark shows on a phone").isTrue();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("import-review-section-flag-phone.png")));
  }

  @Test
  void importingOverABlankResumeAsksNothing() {
    openEditor("");
    openImport();
    chooseFile("Mariam_Okafor-Lindqvist_Resume.pdf", "application/pdf", TestFiles.rendered(OutputFormat.PDF));
    page.waitForSelector("#import-step-review:not([hidden])");
    page.locator("#import-replace").click();
    waitForClosedImport();
    assertThat(page.locator("#dlg-confirm").isVisible()).as("no “Are you sure?” over a blank resume").isFalse();
    assertThat(field("basics.name").inputValue()).isEqualTo("Mariam Okafor-Lindqvist");
    assertThat(page.locator("#message-text").textContent()).contains("Imported the resume from");
    assertThat(resumesInThisBrowser()).isEqualTo(1);
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

  /** A JSON Resume with more jobs, schools and skills than the review lists at first. */
  private static String longResume() {
    StringBuilder json = new StringBuilder("{\"basics\":{\"name\":\"Noor Haddad\","
        + "\"label\":\"Platform Engineer\",\"email\":\"noor@example.com\",\"summary\":\""
        + "Builds and runs the systems other teams ship on. ".repeat(4) + "\"},\"work\":[");
    for (int i = 1; i <= 13; i++) {
      json.append(i > 1 ? "," : "").append("{\"name\":\"Employer Number ").append(i)
          .append(" International Holdings\",\"position\":\"Principal Engineer ").append(i)
          .append("\",\"startDate\":\"").append(1995 + i).append("-01\"}");
    }
    json.append("],\"education\":[");
    for (int i = 1; i <= 9; i++) {
      json.append(i > 1 ? "," : "").append("{\"institution\":\"University ").append(i)
          .append("\",\"studyType\":\"BSc\",\"area\":\"Physics\"}");
    }
    json.append("],\"skills\":[{\"name\":\"Tools\",\"keywords\":[");
    for (int i = 1; i <= 25; i++) {
      json.append(i > 1 ? "," : "").append("\"Tool-").append(i).append("\"");
    }
    return json.append("]}]}").toString();
  }

  @ParameterizedTest
  @CsvSource({"1400, 900", "390, 844"})
  void aLongImportIsReviewedInFullWithNothingCutOff(int width, int height) {
    page.setViewportSize(width, height);
    openEditorWith(ROSA);
    openImport();
    chooseFile("long.json", "application/json", longResume().getBytes(StandardCharsets.UTF_8));
    page.waitForSelector("#import-step-review:not([hidden])");
    Locator found = page.locator("#import-found");
    assertThat(found.innerText())
        .contains("13 jobs: Principal Engineer 1, Employer Number 1 International Holdings;",
            "Principal Engineer 6, Employer Number 6 International Holdings;", "7 more jobs",
            "9 schools: University 1: BSc, Physics;", "3 more schools",
            "25 skills: Tool-1, Tool-2", "19 more skills")
        .doesNotContain("and 7 more");

    // every title is there, a key press away (by keyboard: on a phone a click can land beside a
    // summary while the list above it is still growing from the one opened before)
    for (Locator more : found.locator("details.import-more summary").all()) {
      more.press("Enter");
    }
    page.waitForFunction("() => [...document.querySelectorAll('#import-found details.import-more')].every(d => d.open)");
    String all = found.innerText();
    for (int i = 1; i <= 13; i++) {
      assertThat(all).contains("Principal Engineer " + i + ", Employer Number " + i + " ");
    }
    for (int i = 1; i <= 9; i++) {
      assertThat(all).contains("University " + i + ": BSc, Physics");
    }
    for (int i = 1; i <= 25; i++) {
      assertThat(all).contains("Tool-" + i + (i < 25 ? "," : ""));
    }

    // and readable: nothing sticks out sideways, the end of the list scrolls fully into view,
    // by keyboard too, and while there is more below the box says so
    Map<?, ?> box = (Map<?, ?>) page.evaluate("() => { const f = document.getElementById('import-found');"
        + " const r = f.getBoundingClientRect();"
        + " return {scrollWidth: f.scrollWidth, clientWidth: f.clientWidth,"
        + " overflows: f.scrollHeight > f.clientHeight + 1, top: r.top, bottom: r.bottom}; }");
    assertThat(((Number) box.get("scrollWidth")).intValue())
        .isLessThanOrEqualTo(((Number) box.get("clientWidth")).intValue());
    assertThat(((Number) box.get("top")).doubleValue()).isGreaterThanOrEqualTo(0);
    assertThat(((Number) box.get("bottom")).doubleValue()).isLessThanOrEqualTo(height);
    assertThat(box.get("overflows")).as("this much does not fit in the box at " + width + " px")
        .isEqualTo(true);
    // the hint follows the box's size a frame after the lists above grow: wait for it
    page.locator("#import-found-more").waitFor(new Locator.WaitForOptions()
        .setState(WaitForSelectorState.VISIBLE));
    found.focus();
    page.keyboard().press("End");
    page.waitForFunction("() => { const f = document.getElementById('import-found');"
        + " return f.scrollTop + f.clientHeight >= f.scrollHeight - 1; }");
    // nothing more below: the hint goes (scroll events come a frame after the scrolling)
    page.locator("#import-found-more").waitFor(new Locator.WaitForOptions()
        .setState(WaitForSelectorState.HIDDEN));
    Map<?, ?> last = (Map<?, ?>) page.evaluate("() => { const f = document.getElementById('import-found');"
        + " const d = f.querySelector('dd:last-of-type'); const r = d.getBoundingClientRect();"
        + " const b = f.getBoundingClientRect(); return {text: d.innerText, top: r.top,"
        + " bottom: r.bottom, boxTop: b.top, boxBottom: b.bottom}; }");
    assertThat((String) last.get("text")).contains("Tool-25");
    assertThat(((Number) last.get("bottom")).doubleValue())
        .as("the last line in view, give or take the rounding of fractional pixels")
        .isLessThanOrEqualTo(((Number) last.get("boxBottom")).doubleValue() + 2);
    assertNoSeriousViolations("a long import review at " + width + " px");
    page.screenshot(new Page.ScreenshotOptions()
        .setPath(SHOTS.resolve("editor-import-long-" + width + ".png")));

    page.locator("#import-as-new").click();
    waitForClosedImport();
    assertThat(savedResume()).contains("Employer Number 13 International Holdings", "Tool-25");
  }
}
