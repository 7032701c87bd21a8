package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * Switching the interface language in a real browser, the editor in German and Hindi, the
 * checker's findings in German, and the gallery's and learning centre's words in French.
 */
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

  private static final Path SHOTS = Path.of("target", "screenshots");

  @Test
  void theCheckerInGermanWordsItsFindingsInGerman() throws Exception {
    page.navigate(url("/ats-checker?lang=de"));
    page.waitForSelector("#ats-form[data-ready='true']");
    page.locator("input[name='source'][value='text']").check();
    page.locator("#ats-text").fill("Robin Vale\nEXPERIENCE\nAcme Corp\nSupport Engineer\n"
        + "• Fixed things.\nGlobex\nSupport Engineer\n• Helped users.");
    page.locator("#ats-submit").click();
    page.waitForSelector("#ats-results:not([hidden])");

    assertThat(page.locator("#ats-status").textContent()).startsWith("Geprüft: ");
    assertThat(page.locator(".ats-finding[data-id='contact.email'] .ats-finding-title")
        .textContent()).isEqualTo("Keine E-Mail-Adresse gefunden");
    assertThat(page.locator(".ats-finding[data-id='dates.missing'] .ats-finding-title")
        .textContent()).matches("(Eine Stelle|\\d+ Stellen) ohne Datum");
    assertThat(page.locator(".ats-finding[data-id='dates.missing'] .ats-fix").textContent())
        .startsWith("So beheben Sie es:").contains("Anfangs- und Enddatum");
    assertNoSeriousViolations("German checker with a result");
    screenshots("ats-checker-de");
  }

  @Test
  void theGalleryAndTheLearningCentreInFrenchOfferFrenchFilters() throws Exception {
    page.navigate(url("/templates?lang=fr"));
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
    assertThat(page.locator("fieldset.filter-group legend").allTextContents())
        .containsExactly("Colonnes", "Photo", "Style", "Idéal pour");
    assertThat(page.locator("label[for='filter-columns-2']").textContent())
        .isEqualTo("Deux, avec barre latérale");
    int total = page.locator("#gallery > li").count();
    assertThat(page.locator("#gallery-count").textContent()).isEqualTo("Les " + total + " modèles");
    // the page's script counts again in French as a choice narrows the gallery
    page.locator("label[for='filter-columns-1']").click();
    int shown = page.locator("#gallery > li:visible").count();
    assertThat(page.locator("#gallery-count").textContent())
        .isEqualTo(shown + " sur " + total + " modèles");
    assertThat(page.locator("#gallery-chosen").textContent()).isEqualTo("1 choisi(s)");

    page.navigate(url("/learn"));
    assertThat(page.locator("h1").textContent()).isEqualTo("Espace formation");
    assertThat(page.locator(".course-facts").first().textContent()).contains("leçons · environ");
    // the lessons' own words stay English, and say so to screen readers
    assertThat(page.locator(".course-title").first().getAttribute("lang")).isEqualTo("en");
    assertNoSeriousViolations("French learning centre");

    page.navigate(url("/templates?lang=hi"));
    assertThat(page.locator("fieldset.filter-group legend").first().textContent())
        .isEqualTo("कॉलम");
    screenshots("gallery-hi");
  }

  /** The page at a desktop's and at a phone's size, for people to look at. */
  private void screenshots(String name) throws Exception {
    Files.createDirectories(SHOTS);
    for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
      page.setViewportSize(size[0], size[1]);
      page.evaluate("() => window.scrollTo(0, 0)");
      page.screenshot(new Page.ScreenshotOptions()
          .setPath(SHOTS.resolve(name + "-" + size[0] + "x" + size[1] + ".png")).setFullPage(true));
    }
  }
}
