package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;

/** Switching the interface language in a real browser, and the editor in German and Hindi. */
class InterfaceLanguageBrowserTests extends BrowserTestSupport {

  @Test
  void theSwitcherShowsTheEditorInHindiAndTheChoiceOutlivesAReload() {
    openEditorWith(TestFiles.resume("one-page.json"));
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    assertThat(page.locator("#tab-content").textContent()).isEqualTo("Content");

    page.waitForNavigation(() -> page.locator("#language-select").selectOption("hi"));
    page.reload();
    page.waitForSelector("#editor[data-state='ready']");
    waitForPreviewIdle();

    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("hi");
    // the page's own words and the ones the scripts draw are both in Devanagari
    assertThat(page.locator("#tab-content").textContent()).isEqualTo("सामग्री");
    assertThat(page.locator("#btn-download .button-text-long").textContent())
        .isEqualTo("PDF डाउनलोड करें");
    String form = page.locator("#form").innerText();
    assertThat(form).contains("कार्य अनुभव").containsPattern("\\p{IsDevanagari}{3,}");
    assertThat(page.locator("#save-status").textContent()).isIn("", "इस ब्राउज़र में सेव हो गया");
    assertThat(page.locator("#language-select").inputValue()).isEqualTo("hi");

    // and back: English again for the next visit
    page.waitForNavigation(() -> page.locator("#language-select").selectOption("en"));
    page.waitForSelector("#editor[data-state='ready']");
    assertThat(page.locator("#tab-content").textContent()).isEqualTo("Content");
  }

  @Test
  void theGermanEditorHasNoSeriousAccessibilityViolations() {
    openGermanEditor();
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
    assertThat(page.locator("#form").innerText()).contains("Berufserfahrung", "Vollständiger Name");
    assertNoSeriousViolations("German editor, content");
    page.locator("#tab-design").click();
    assertNoSeriousViolations("German editor, design");
    page.locator("#tab-check").click();
    assertNoSeriousViolations("German editor, check");
    page.locator("#btn-resumes").click();
    assertNoSeriousViolations("German editor, my resumes");
  }

  @Test
  void theCoverLetterViewAndSaveOnlineSpeakGerman() {
    openGermanEditor();
    page.locator("#doc-letter").click();
    assertThat(page.locator("#letter-start-title").textContent()).isEqualTo("Anschreiben verfassen");
    page.locator("#letter-blank").click();
    assertThat(page.locator("label[for='letter-role']").textContent()).isEqualTo("Angestrebte Stelle");
    assertThat(page.locator("#letter-role").getAttribute("placeholder"))
        .isEqualTo("z. B. Backend-Entwickler");
    assertThat(page.locator("#btn-download .button-text-long").textContent())
        .isEqualTo("Anschreiben laden");
    assertNoSeriousViolations("German editor, cover letter");

    page.locator("#btn-online").click();
    page.waitForSelector("#dlg-online[open]");
    assertThat(page.locator("#share-create").textContent()).isEqualTo("Link zum Teilen erstellen");
    assertThat(page.locator("#online-retention").textContent()).contains("Tage nach dem letzten");
    assertNoSeriousViolations("German editor, save online");
  }

  /** A browser whose preferred language is German, on the editor with a one-page resume. */
  private void openGermanEditor() {
    context.close();
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
        .setLocale("de-DE"));
    context.setDefaultTimeout(15_000);
    page = context.newPage();
    watch(page, "");
    openEditorWith(TestFiles.resume("one-page.json"));
  }
}
