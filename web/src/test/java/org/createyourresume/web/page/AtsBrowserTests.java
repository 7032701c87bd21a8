package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ATS checker page and the editor's ATS view, in a real browser. */
class AtsBrowserTests extends BrowserTestSupport {

  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String POSTING =
      "About the role\nYou will support 400 staff across 12 offices.\nRequirements:\n"
          + "- Active Directory and Microsoft 365\n- Kubernetes and Terraform\n"
          + "- Kubernetes experience is essential.\n";

  @Autowired private ResumeRenderer renderer;

  private void openChecker() {
    page.navigate(url("/ats-checker"));
    page.waitForSelector("#ats-form[data-ready='true']");
  }

  private void waitForResult() {
    page.waitForSelector("#ats-results:not([hidden])");
  }

  private String parsedName() {
    return page.locator("#ats-report dd[data-field='name']").textContent();
  }

  @Test
  void theCheckerReadsAnUploadedPdfAndShowsScoreFindingsWhatAnAtsReadsAndTheMatch() throws Exception {
    openChecker();
    byte[] pdf = TestFiles.rendered(renderer, "one-page.json", OutputFormat.PDF, "modern");
    page.setInputFiles("#ats-file", new FilePayload("Mariam_Resume.pdf", "application/pdf", pdf));
    assertThat(page.locator("#ats-file-name").textContent()).contains("Mariam_Resume.pdf");
    page.locator("#ats-job").fill(POSTING);
    page.locator("#ats-submit").click();
    waitForResult();

    assertThat(page.locator(".ats-score-value").getAttribute("data-score")).matches("\\d{1,3}");
    assertThat(page.locator(".ats-part").count()).isEqualTo(4);
    assertThat(page.locator(".ats-findings .ats-finding").count()).isPositive();
    assertThat(page.locator(".ats-findings .ats-finding").first().locator(".ats-fix").textContent())
        .startsWith("How to fix: ");
    assertThat(parsedName()).isEqualTo("Mariam Okafor-Lindqvist");
    assertThat(page.locator("#ats-report dd[data-field='email']").textContent()).isEqualTo("mariam.okafor@example.org");
    assertThat(page.locator(".ats-entry strong[data-part='company']").first().textContent()).isEqualTo("Brightwater Housing");
    assertThat(page.locator(".ats-missing li").first().getAttribute("data-keyword")).isEqualTo("Kubernetes");
    assertThat(page.locator(".ats-matched").textContent()).contains("Active Directory");
    assertThat(page.locator(".ats-text pre").textContent()).contains("Resolved 92% of tickets at first contact");
    assertThat(page.locator("#ats-status").textContent()).startsWith("Checked: score ");
    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("ats-results-title");
    assertNoSeriousViolations("ATS checker with a result");

    Files.createDirectories(SHOTS);
    page.setViewportSize(1400, 1700);
    page.evaluate("() => window.scrollTo(0, 0)");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("ats-checker.png")));
    assertThat(Files.size(SHOTS.resolve("ats-checker.png"))).isGreaterThan(10_000);
  }

  @Test
  void aMissingOrRefusedFileIsExplainedOnTheFileField() {
    openChecker();
    assertNoSeriousViolations("ATS checker");
    page.locator("#ats-submit").focus();
    page.keyboard().press("Enter");
    assertThat(page.locator("#ats-error").textContent()).contains("Choose your resume file first");
    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("ats-file");
    assertThat(page.locator("#ats-file").getAttribute("aria-invalid")).isEqualTo("true");

    page.setInputFiles("#ats-file", new FilePayload("broken.pdf", "application/pdf",
        ("%PDF-1.7\n" + "garbage ".repeat(200)).getBytes(StandardCharsets.US_ASCII)));
    page.locator("#ats-submit").click();
    page.waitForSelector("#ats-error:not([hidden])");
    page.waitForFunction("() => !document.getElementById('ats-submit').disabled");
    assertThat(page.locator("#ats-error").textContent()).contains("The file is not a readable PDF");
    assertThat(page.locator("#ats-file").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(page.locator("#ats-results").isHidden()).isTrue();
  }

  @Test
  void pastedTextAndADroppedFileAreCheckedToo() {
    page.setViewportSize(390, 844);
    openChecker();
    page.locator("input[name='source'][value='text']").check();
    page.locator("#ats-text").fill("Robin Vale\nrobin.vale@example.com\nEXPERIENCE\nAcme Corp\n"
        + "Support Engineer, Jan 2020 – Present\n• Resolved 300 tickets a month.");
    page.locator("#ats-submit").click();
    waitForResult();
    assertThat(parsedName()).isEqualTo("Robin Vale");
    // a phone's width: the form and the result fit without scrolling sideways
    assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);

    page.locator("input[name='source'][value='file']").check();
    String pdf = Base64.getEncoder().encodeToString(
        TestFiles.rendered(renderer, "one-page.json", OutputFormat.PDF, "classic"));
    JSHandle files = page.evaluateHandle("data => { const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));"
        + " const transfer = new DataTransfer();"
        + " transfer.items.add(new File([bytes], 'dropped.pdf', { type: 'application/pdf' })); return transfer; }", pdf);
    page.dispatchEvent("#ats-drop", "drop", Map.of("dataTransfer", files));
    assertThat(page.locator("#ats-file-name").textContent()).contains("dropped.pdf");
    page.locator("#ats-submit").click();
    page.waitForFunction("() => { const d = document.querySelector('#ats-report dd[data-field=\"name\"]');"
        + " return d && d.textContent === 'Mariam Okafor-Lindqvist'; }");
  }

  @Test
  void theEditorsAtsViewFollowsTypingAndTheJobDescription() throws Exception {
    openEditorWith(TestFiles.resume("one-page.json"));
    page.locator("#tab-check").click();
    page.waitForFunction("() => { const d = document.querySelector('#ats-report dd[data-field=\"name\"]');"
        + " return d && d.textContent === 'Mariam Okafor-Lindqvist'; }");
    assertThat(page.locator("#check-count").textContent()).matches("\\W*ATS \\d{1,3}/100");
    assertThat(page.locator(".ats-loop .ats-ok").textContent()).startsWith("Yes: every field");

    page.locator("#tab-content").click();
    field("basics.name").fill("Mariam Lindqvist");
    page.locator("#tab-check").click();
    page.waitForFunction("() => document.querySelector('#ats-report dd[data-field=\"name\"]').textContent"
        + " === 'Mariam Lindqvist'");

    page.locator("#ats-job").fill(POSTING);
    page.waitForSelector(".ats-missing li[data-keyword='Kubernetes']");
    assertThat(page.evaluate("() => localStorage.getItem('cyr.job.v1.' + localStorage.getItem('cyr.current.v1'))"))
        .isEqualTo(POSTING);
    assertNoSeriousViolations("editor, ATS view");
    Files.createDirectories(SHOTS);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-ats-panel.png")));
    assertThat(Files.size(SHOTS.resolve("editor-ats-panel.png"))).isGreaterThan(10_000);

    // a finding about a keyword leads to the skills
    page.locator(".ats-finding[data-id^='match.missing'] .ats-show").first().click();
    assertThat((String) page.evaluate("() => document.activeElement.dataset.focusKey")).startsWith("skills.0.keywords");
    assertThat(page.locator("#panel-content").isVisible()).isTrue();
  }
}
