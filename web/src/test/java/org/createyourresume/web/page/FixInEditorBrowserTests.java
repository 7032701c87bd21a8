package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.nio.file.Path;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Fix this in the editor" on the checker page: the checked PDF is imported through the editor's
 * own review into a new resume, and the editor opens on the finding's field.
 */
class FixInEditorBrowserTests extends BrowserTestSupport {

  private static final Path SHOTS = Path.of("target", "screenshots");

  @Autowired private ResumeRenderer renderer;

  /** The one-page fixture without its phone number, so that the check finds none. */
  private byte[] pdfWithoutPhone() {
    String json = TestFiles.resume("one-page.json").replaceFirst("\"phone\": \"[^\"]*\",", "");
    var resume = new JsonResumeReader().read(json).resume();
    return renderer.render(resume, new RenderOptions(OutputFormat.PDF, "classic", 0, false)).content();
  }

  @ParameterizedTest
  @CsvSource({"1400, 900, desktop", "390, 844, phone"})
  void aFindingOpensTheImportedFileInTheEditorOnItsField(int width, int height, String name) throws Exception {
    page.setViewportSize(width, height);
    // someone already has a resume in this browser: it must stay as it is
    openEditorWith("{\"basics\":{\"name\":\"Rosa Delgado\",\"email\":\"rosa@example.com\"}}");

    page.navigate(url("/ats-checker"));
    page.waitForSelector("#ats-form[data-ready='true']");
    page.setInputFiles("#ats-file", new FilePayload("Mariam_Resume.pdf", "application/pdf", pdfWithoutPhone()));
    page.locator("#ats-submit").click();
    page.waitForSelector("#ats-results:not([hidden])");
    var finding = page.locator(".ats-finding[data-id='contact.phone']");
    assertThat(finding.locator(".ats-fix-in-editor").textContent()).startsWith("Fix this in the editor");
    // a finding about the file itself (not a field) has nothing to open
    assertThat(page.locator(".ats-finding[data-id^='font.'] .ats-fix-in-editor, .ats-finding[data-id^='layout.'] .ats-fix-in-editor").count()).isZero();
    assertThat(page.locator("#ats-open-editor").isVisible()).isTrue();
    assertNoSeriousViolations("checker with Fix this in the editor");
    Files.createDirectories(SHOTS);
    finding.scrollIntoViewIfNeeded();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("ats-fix-in-editor-" + name + ".png")));

    finding.locator(".ats-fix-in-editor").click();
    page.waitForURL("**/editor");
    page.waitForSelector("#import-step-review:not([hidden])");
    assertThat(page.locator("#import-review-title").textContent()).isEqualTo("Found in “Mariam_Resume.pdf” (PDF)");
    assertThat(page.locator("#import-found").innerText()).contains("Mariam Okafor-Lindqvist", "Brightwater Housing");
    assertNoSeriousViolations("import review from the checker");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("ats-fix-review-" + name + ".png")));

    page.locator("#import-as-new").click();
    page.waitForFunction("() => !document.getElementById('dlg-import').open");
    page.waitForFunction("() => document.activeElement && document.activeElement.dataset.focusKey === 'basics.phone'");
    assertThat(field("basics.phone").getAttribute("class")).contains("is-located");
    assertThat(field("basics.phone").inputValue()).isEmpty();
    assertThat(field("basics.name").inputValue()).isEqualTo("Mariam Okafor-Lindqvist");
    assertThat(field("work.0.name").inputValue()).isEqualTo("Brightwater Housing");
    assertThat(page.locator("#message-text").textContent()).contains("as a new resume");
    assertThat(((Number) page.evaluate("() => JSON.parse(localStorage.getItem('cyr.resumes.v1')).length")).intValue())
        .as("a new resume beside Rosa's").isEqualTo(2);
    assertThat((String) page.evaluate("() => localStorage.getItem('cyr.resume.v1.test01')")).contains("Rosa Delgado");
    assertThat(page.evaluate("() => sessionStorage.getItem('cyr.fix.v1')")).as("handed over once").isNull();
    assertNoSeriousViolations("editor on the finding's field");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("ats-fix-editor-" + name + ".png")));
  }

  @Test
  void pastedTextOpensInTheEditorThroughTheSameReview() {
    page.navigate(url("/ats-checker"));
    page.waitForSelector("#ats-form[data-ready='true']");
    page.locator("input[name='source'][value='text']").check();
    page.locator("#ats-text").fill("Jonas Weber\njonas.weber@example.com\n\nEXPERIENCE\n"
        + "Backend Developer, Nordlicht GmbH\n2019 - 2024\n- Built the payments dashboard in Java\n\n"
        + "SKILLS\nJava, PostgreSQL, Kafka\n");
    page.locator("#ats-submit").click();
    page.waitForSelector("#ats-results:not([hidden])");
    page.locator("#ats-open-editor").click();
    page.waitForURL("**/editor");
    page.waitForSelector("#import-step-review:not([hidden])");
    assertThat(page.locator("#import-review-title").textContent()).startsWith("Found in “pasted-resume.txt”");
    page.locator("#import-replace").click();
    // a blank resume has nothing to lose: no question, and the text is now the resume
    page.waitForFunction("() => !document.getElementById('dlg-import').open");
    assertThat(field("basics.name").inputValue()).isEqualTo("Jonas Weber");
    assertThat(field("basics.email").inputValue()).isEqualTo("jonas.weber@example.com");
  }
}
