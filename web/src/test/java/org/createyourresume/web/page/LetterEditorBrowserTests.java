package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor's cover-letter view: the Resume / Cover letter switch, writing a letter with its own
 * live preview of the real PDF, drafting one from a job posting (its paragraphs marked until the
 * user rewrites them), the checks, downloading, the letter kept in the resume across a reload,
 * importing a letter the user already has after a review of what was read, and the More menu
 * acting on the letter while it is shown.
 */
class LetterEditorBrowserTests extends BrowserTestSupport {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static final String RESUME =
      "{\"basics\":{\"name\":\"Rosa Delgado\",\"email\":\"rosa@example.com\",\"label\":\"Data Analyst\"},"
          + "\"work\":[{\"name\":\"Alpha Corp\",\"position\":\"Analyst\",\"startDate\":\"2019-01\","
          + "\"highlights\":[\"Cut monthly reporting time by 40% with automated SQL pipelines.\"]}]}";

  private static String fixture(String name) {
    try (InputStream in = LetterEditorBrowserTests.class.getResourceAsStream("/letters/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture resume without its letters: the user has not written one yet. */
  private static String resumeWithoutLetters() {
    ObjectNode resume = (ObjectNode) JSON.readTree(fixture("with-letters.json"));
    ((ObjectNode) resume.path("meta").path("createYourResume")).remove("letters");
    return resume.toString();
  }

  private JsonNode savedLetters() {
    return JSON.readTree(savedResume()).path("meta").path("createYourResume").path("letters");
  }

  private int letterSeq() {
    return ((Number) page.evaluate("() => Number(document.getElementById('letter-pages').dataset.renderSeq)")).intValue();
  }

  /** Waits until the letter's preview shows pages drawn after {@code seq} and nothing is pending. */
  private void waitForLetterPreviewAfter(int seq) {
    page.waitForFunction(
        "s => { const p = document.getElementById('letter-pages');"
            + " return p.dataset.pending === '0' && Number(p.dataset.renderSeq) > s && p.querySelector('canvas') !== null; }",
        seq);
  }

  @Test
  void writesALetterBesideItsPreviewDownloadsItAndKeepsItAcrossAReload() {
    openEditorWith(RESUME);
    assertThat(page.locator("#letter-panel").isHidden()).isTrue();
    page.locator("#doc-letter").click();
    assertThat(page.locator("#doc-letter").getAttribute("aria-selected")).isEqualTo("true");
    assertThat(page.locator("#resume-panel").isHidden()).isTrue();
    assertThat(page.locator("#letter-pages .preview-empty").textContent()).contains("No cover letter yet");

    int seq = letterSeq();
    page.locator("#letter-blank").click();
    page.locator("#letter-role").fill("Senior Analyst");
    page.locator("#letter-recipient-company").fill("Harbor Analytics");
    page.locator("#letter-recipient-name").fill("Dana Whitfield");
    page.locator("#letter-greeting").fill("Dear Ms Whitfield,");
    page.locator("#letter-body-0").fill("I would like to bring my reporting automation to Harbor Analytics.");
    page.locator("#letter-add-paragraph").click();
    page.keyboard().type("At Alpha Corp I cut monthly reporting time by 40 percent.");
    waitForLetterPreviewAfter(seq);
    assertThat(page.locator("#letter-pages canvas").first().getAttribute("aria-label"))
        .contains("of your cover letter");
    assertThat(page.locator("#letter-select option").first().textContent()).isEqualTo("Senior Analyst · Harbor Analytics");

    JsonNode letter = savedLetters().get(0);
    assertThat(letter.path("role").asString()).isEqualTo("Senior Analyst");
    assertThat(letter.path("recipient").path("company").asString()).isEqualTo("Harbor Analytics");
    assertThat(letter.path("body").size()).isEqualTo(2);
    assertThat(letter.path("body").get(1).path("text").asString()).startsWith("At Alpha Corp");

    // the letter panel's PDF is the letter, in the resume's design, with the sender from basics
    Download pdf = page.waitForDownload(() -> page.locator("[data-letter-format='pdf']").click());
    assertThat(pdf.suggestedFilename()).isEqualTo("Rosa_Delgado_Cover_Letter.pdf");
    assertThat(TestFiles.pdfText(read(pdf.path())))
        .contains("Rosa Delgado", "rosa@example.com", "Dana Whitfield", "Harbor Analytics",
            "Dear Ms Whitfield,", "reporting automation", "At Alpha Corp I cut monthly reporting time");
    // and so is the toolbar's while the letter is shown
    assertThat(page.locator("#btn-download").getAttribute("aria-label")).isEqualTo("Download letter PDF");
    Download fromToolbar = page.waitForDownload(() -> page.locator("#btn-download").click());
    assertThat(fromToolbar.suggestedFilename()).isEqualTo("Rosa_Delgado_Cover_Letter.pdf");
    assertNoSeriousViolations("editor, cover letter");

    // moving a paragraph is one undo step
    page.locator("#letter-form [data-focus-key='lup:1']").click();
    assertThat(savedLetters().get(0).path("body").get(0).path("text").asString()).startsWith("At Alpha Corp");
    page.keyboard().press("Control+Z");
    assertThat(savedLetters().get(0).path("body").get(0).path("text").asString()).startsWith("I would like");

    page.reload();
    page.waitForSelector("#editor[data-state='ready']");
    assertThat(page.locator("#doc-letter").getAttribute("aria-selected")).isEqualTo("true");
    assertThat(page.locator("#letter-recipient-company").inputValue()).isEqualTo("Harbor Analytics");
    assertThat(page.locator("#letter-body-1").inputValue()).startsWith("At Alpha Corp");

    // back to the resume by keyboard: its form and preview return
    page.locator("#doc-letter").focus();
    page.keyboard().press("ArrowLeft");
    assertThat(page.locator("#doc-resume").getAttribute("aria-selected")).isEqualTo("true");
    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("doc-resume");
    assertThat(page.locator("#resume-panel").isVisible()).isTrue();
    assertThat(page.locator("#letter-panel").isHidden()).isTrue();
    // its pages, rendered while the letter was shown, are drawn now
    page.locator("#preview-pages canvas").first().waitFor();
    assertThat(page.locator("#preview-pages canvas").first().getAttribute("aria-label")).contains("of your resume");
  }

  @Test
  void draftsFromAPostingAndMarksTheDraftUntilTheUserRewritesIt() {
    openEditorWith(resumeWithoutLetters());
    page.locator("#doc-letter").click();
    page.locator("#letter-posting").fill(fixture("posting-backend.txt"));
    int seq = letterSeq();
    page.locator("#letter-draft").click();
    page.waitForSelector(".letter-para.is-generated");
    waitForLetterPreviewAfter(seq);
    int paragraphs = page.locator(".letter-para").count();
    assertThat(paragraphs).isGreaterThanOrEqualTo(2);
    assertThat(page.locator(".letter-para.is-generated").count()).isEqualTo(paragraphs);
    assertThat(page.locator(".letter-para .generated-mark").first().textContent()).contains("Written for you");
    assertThat(page.locator("#letter-recipient-company").inputValue()).isEqualTo("Northwind Logistics");
    assertThat(page.locator("#letter-role").inputValue()).isEqualTo("Senior Backend Engineer");
    JsonNode body = savedLetters().get(0).path("body");
    for (JsonNode p : body) {
      assertThat(p.path("generated").asBoolean()).isTrue();
    }

    // the checks come from the server: the still-drafted wording is among them
    page.waitForFunction("() => document.getElementById('letter-check-status').textContent.includes('words')");
    assertThat(page.locator("#letter-findings li").count()).isPositive();

    // rewriting the first paragraph makes it the user's own: its mark goes, the others keep theirs
    page.locator("#letter-body-0").fill("I have built payment systems in Java and Kotlin for nine years.");
    assertThat(page.locator(".letter-para").first().getAttribute("class")).doesNotContain("is-generated");
    assertThat(page.locator(".letter-para.is-generated").count()).isEqualTo(paragraphs - 1);
    JsonNode rewritten = savedLetters().get(0).path("body");
    assertThat(rewritten.get(0).has("generated")).isFalse();
    assertThat(rewritten.get(1).path("generated").asBoolean()).isTrue();
    assertNoSeriousViolations("editor, drafted cover letter");

    waitForLetterPreviewAfter(0);
    page.setViewportSize(1440, 900);
    page.waitForTimeout(300);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-letter-1440.png")));
    page.evaluate("() => { document.getElementById('letter-scroll').scrollTop = 0; }");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-letter-1440-top.png")));
    page.locator("#letter-findings").scrollIntoViewIfNeeded();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-letter-1440-checks.png")));
    page.setViewportSize(390, 844);
    page.waitForTimeout(300);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-letter-390-edit.png")));
    page.locator("#view-preview").click();
    page.waitForSelector("#letter-pages canvas");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-letter-390-preview.png")));
    assertNoSeriousViolations("editor, cover letter on a phone");
  }

  @Test
  void onlyTheLetterMarkedSharedIsServedOnTheResumesShareLink() {
    openEditorWith(RESUME);
    page.locator("#doc-letter").click();
    page.locator("#letter-blank").click();
    page.locator("#letter-recipient-company").fill("Harbor Analytics");
    page.locator("#letter-body-0").fill("A letter I chose to share with Harbor Analytics.");
    page.locator("#letter-shared").check();
    page.locator("#letter-new").click();
    page.locator("#letter-recipient-company").fill("Quiet Company");
    page.locator("#letter-body-0").fill("A private letter for another job.");
    JsonNode letters = savedLetters();
    assertThat(letters.get(0).path("shared").asBoolean()).isTrue();
    assertThat(letters.get(1).has("shared")).isFalse();
    String shared = letters.get(0).path("id").asString();
    String kept = letters.get(1).path("id").asString();

    waitForLetterPreviewAfter(0);

    // saved online with its letters, then shared
    page.locator("#btn-online").click();
    page.waitForSelector("#dlg-online[open]");
    page.locator("#share-create").click();
    page.waitForSelector("#share-link");
    String shareUrl = page.locator("#share-link").inputValue();
    page.locator("#dlg-online [data-close]").click();

    APIResponse pdf = page.request().get(shareUrl + "/letters/" + shared + ".pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(TestFiles.pdfText(pdf.body())).contains("Rosa Delgado", "A letter I chose to share");
    assertThat(page.request().get(shareUrl + "/letters/" + kept + ".pdf").status()).isEqualTo(404);
  }

  private static final String OLD_LETTER = """
      Rosa Delgado
      rosa@example.com | +1 555 0100

      March 3, 2025

      Dana Whitfield
      Analytics Lead
      Harbor Analytics
      200 Pier Road
      Boston, MA 02110

      Re: Senior Analyst

      Dear Hiring Manager,

      I would like to bring my reporting automation to Harbor Analytics, where your team is
      rebuilding its dashboards.

      At Alpha Corp I cut monthly reporting time by 40% with automated SQL pipelines.

      Kind regards,
      Rosa Delgado
      """;

  /** Opens the editor on {@link #RESUME}, shows its letters and opens the letter import dialog. */
  private void openLetterImport() {
    openEditorWith(RESUME);
    page.locator("#doc-letter").click();
    page.locator("#letter-import").click();
    page.waitForSelector("#dlg-letter-import[open]");
  }

  /** Sends a plain-text letter in the open import dialog and waits for the review. */
  private void importText(String fileName, String letter) {
    page.setInputFiles("#letter-import-file", new FilePayload(fileName, "text/plain", letter.getBytes(StandardCharsets.UTF_8)));
    page.waitForSelector("#letter-import-step-review:not([hidden])");
  }

  @Test
  void importsALetterAfterAReviewOfWhatWasReadAndGuessed() throws IOException {
    openLetterImport();

    // a file that cannot be read: said in the dialog, nothing changes
    page.setInputFiles("#letter-import-file", new FilePayload("scan.png", "image/png",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}));
    page.waitForSelector("#letter-import-error:not([hidden])");
    assertThat(page.locator("#letter-import-error").textContent())
        .contains("“scan.png” could not be imported. Your letters are unchanged.", "picture");

    importText("Old_Letter.txt", OLD_LETTER);
    assertThat(page.locator("#letter-import-review-title").textContent()).isEqualTo("Found in “Old_Letter.txt” (plain text)");
    String found = page.locator("#letter-import-found").textContent();
    assertThat(found).contains("Senior Analyst", "2025-03-03", "Harbor Analytics", "Analytics Lead",
        "Dear Hiring Manager,", "2 paragraphs", "Kind regards,");
    // the recipient's name is not in the greeting: it is marked as a guess, and said why
    assertThat(page.locator("#letter-import-found dd:has(.import-unsure)").textContent()).contains("Dana Whitfield");
    assertThat(page.locator("#letter-import-warnings .import-guess").first().textContent()).contains("Dana Whitfield");
    assertThat(page.locator("#letter-import-aside").textContent()).contains("rosa@example.com");
    assertNoSeriousViolations("editor, letter import review");

    Files.createDirectories(SHOTS);
    page.setViewportSize(1440, 900);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("letter-import-review-desktop.png")));
    page.setViewportSize(390, 844);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("letter-import-review-phone.png")));
    page.setViewportSize(1440, 900);

    page.locator("#letter-import-add").click();
    assertThat(page.locator("#dlg-letter-import").isVisible()).isFalse();
    assertThat(page.locator("#letter-select option").first().textContent()).isEqualTo("Senior Analyst · Harbor Analytics");
    assertThat(page.locator("#letter-recipient-name").inputValue()).isEqualTo("Dana Whitfield");
    assertThat(page.locator("#letter-body-0").inputValue()).isEqualTo(
        "I would like to bring my reporting automation to Harbor Analytics, where your team is rebuilding its dashboards.");
    JsonNode letter = savedLetters().get(0);
    assertThat(letter.path("id").asString()).isEqualTo("harbor-analytics");
    assertThat(letter.path("recipient").path("address").asString()).isEqualTo("200 Pier Road\nBoston, MA 02110");
    assertThat(letter.path("date").asString()).isEqualTo("2025-03-03");
    assertThat(letter.path("signature").asString()).isEqualTo("Rosa Delgado");
    waitForLetterPreviewAfter(0);

    // one undo step takes it out again
    page.keyboard().press("Control+Z");
    assertThat(savedLetters().size()).isZero();
  }

  @Test
  void aDateKeptAsWrittenIsShownInTheDateFieldWithWhyAndStaysUntilTheUserChangesIt() throws IOException {
    openLetterImport();
    importText("Ambiguous.txt", OLD_LETTER.replace("March 3, 2025", "04/05/2025"));
    assertThat(page.locator("#letter-import-found").textContent()).contains("04/05/2025");
    page.locator("#letter-import-add").click();

    // the file's own text is in the field, with why it is text and what it will print
    assertThat(page.locator("#letter-date").inputValue()).isEqualTo("04/05/2025");
    assertThat(page.locator("#letter-date").getAttribute("type")).isEqualTo("text");
    assertThat(page.locator("#letter-date-hint").textContent()).contains("04/05/2025", "5 April", "4 May");
    assertThat(page.locator("#letter-date").getAttribute("aria-describedby")).isEqualTo("letter-date-hint");
    assertThat(savedLetters().get(0).path("date").asString()).isEqualTo("04/05/2025");
    assertNoSeriousViolations("editor, letter with a date kept as written");
    Files.createDirectories(SHOTS);
    page.setViewportSize(1440, 900);
    page.locator("#letter-date").scrollIntoViewIfNeeded();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("letter-date-as-written-desktop.png")));
    page.setViewportSize(390, 844);
    page.locator("#letter-date").scrollIntoViewIfNeeded();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("letter-date-as-written-phone.png")));
    page.setViewportSize(1440, 900);

    // switching away and back (a redraw) keeps it; the user's own words replace it
    page.locator("#doc-resume").click();
    page.locator("#doc-letter").click();
    assertThat(page.locator("#letter-date").inputValue()).isEqualTo("04/05/2025");
    page.locator("#letter-date").fill("4 May 2025");
    assertThat(savedLetters().get(0).path("date").asString()).isEqualTo("4 May 2025");
    page.locator("#doc-resume").click();
    page.locator("#doc-letter").click();
    assertThat(page.locator("#letter-date").inputValue()).isEqualTo("4 May 2025");
  }

  @Test
  void theMoreMenuActsOnTheLetterWhileItIsShown() {
    openEditorWith(fixture("with-letters.json"));
    page.locator("#doc-letter").click();
    page.locator("#btn-more").click();
    assertThat(page.locator("#formats-label").textContent()).isEqualTo("Download the letter as");
    assertThat(page.locator("#btn-print").textContent()).isEqualTo("Print the letter…");
    assertThat(page.locator("#btn-export").textContent()).isEqualTo("Resume file with its letters (.json)");
    assertThat(page.locator("#more-menu [data-resume-only]").isVisible()).isFalse();
    Download docx = page.waitForDownload(() -> page.locator("#more-menu [data-format='docx']").click());
    assertThat(docx.suggestedFilename()).isEqualTo("Amelia_Fernandez-Ortiz_Cover_Letter.docx");
    page.locator("#btn-more").click();
    Download md = page.waitForDownload(() -> page.locator("#more-menu [data-format='md']").click());
    assertThat(new String(read(md.path()), StandardCharsets.UTF_8)).contains("Dear Ms Whitfield,")
        .doesNotContain("## Experience");

    // back on the resume, the same items are the resume's again
    page.locator("#doc-resume").click();
    page.locator("#btn-more").click();
    assertThat(page.locator("#formats-label").textContent()).isEqualTo("Download as");
    assertThat(page.locator("#btn-print").textContent()).isEqualTo("Print the resume…");
    assertThat(page.locator("#more-menu [data-resume-only]").isVisible()).isTrue();
    Download resumeDocx = page.waitForDownload(() -> page.locator("#more-menu [data-format='docx']").click());
    assertThat(resumeDocx.suggestedFilename()).doesNotContain("Cover_Letter").endsWith(".docx");
  }
}
