package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;

/** Markup typed anywhere stays text: in the form, the lists, the messages and the preview. */
class XssBrowserTests extends BrowserTestSupport {

  private static final String PAYLOAD =
      "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

  /** Every section, so that every kind of field is on the page. */
  private static final String ALL_SECTIONS =
      "{\"basics\":{\"summary\":\"s\",\"profiles\":[{}]},\"work\":[{}],\"volunteer\":[{}],"
          + "\"education\":[{}],\"awards\":[{}],\"certificates\":[{}],\"publications\":[{}],"
          + "\"skills\":[{}],\"languages\":[{}],\"interests\":[{}],\"references\":[{}],"
          + "\"projects\":[{}],\"meta\":{\"createYourResume\":{\"customSections\":"
          + "[{\"id\":\"talks\",\"title\":\"Talks\",\"entries\":[{}]}]}}}";

  @Test
  void markupTypedIntoEveryFieldNeverRuns() {
    AtomicInteger dialogs = new AtomicInteger();
    page.onDialog(dialog -> {
      dialogs.incrementAndGet();
      dialog.dismiss();
    });
    openEditorWith(ALL_SECTIONS);
    // give every list one item, so bullets, courses and keywords are typed into as well
    Locator adds = page.locator("#form button[data-focus-key^='add:'][data-focus-key*='.']");
    int addCount = adds.count();
    for (int i = 0; i < addCount; i++) {
      adds.nth(i).click();
    }
    Locator fields = page.locator(
        "#form input[type='text'], #form input[type='email'], #form input[type='tel'],"
            + " #form input[type='url'], #form textarea");
    int count = fields.count();
    assertThat(count).isGreaterThan(80);
    for (int i = 0; i < count; i++) {
      Locator f = fields.nth(i);
      String key = f.getAttribute("data-focus-key");
      boolean year = key != null && key.endsWith("Date") || key != null && key.endsWith(".date");
      if (f.isEnabled() && !year) {
        f.fill(PAYLOAD);
      }
    }
    // a section heading too
    page.locator("#form [data-focus-key='rename:work']").click();
    page.locator("#dlg-prompt-input").fill(PAYLOAD);
    page.locator("#dlg-prompt-ok").click();
    waitForPreviewIdle();

    assertThat(page.evaluate("() => window.__xss")).isNull();
    assertThat(dialogs.get()).isZero();
    assertThat(page.locator("img[src='x']").count()).isZero();
    assertThat(page.locator("#form script").count()).isZero();
    assertThat(field("basics.name").inputValue()).isEqualTo(PAYLOAD);

    // the resume list, the toolbar and the messages show the name as text
    page.locator("#btn-resumes").click();
    assertThat(page.locator("#resume-list").textContent()).contains("<script>");
    page.locator("#dlg-resumes [data-close]").click();
    page.locator("#btn-import").click();
    page.locator("#import-file").setInputFiles(new FilePayload(PAYLOAD + ".json",
        "application/json", "{oops".getBytes(StandardCharsets.UTF_8)));
    page.waitForSelector("#import-error:not([hidden])");
    assertThat(page.locator("#import-error").textContent()).contains("<img src=x");
    page.keyboard().press("Escape");

    // the PDF holds the text itself, once the addresses are made valid again
    Locator addresses = page.locator("#form input[type='url']");
    for (int i = 0; i < addresses.count(); i++) {
      addresses.nth(i).fill("https://example.com/" + i);
    }
    field("basics.email").fill("safe@example.com");
    waitForPreviewIdle();
    Download download = page.waitForDownload(() -> page.locator("#btn-download").click());
    assertThat(TestFiles.pdfText(read(download.path()))).contains("<script>window.__xss=1</script>");

    assertThat(page.evaluate("() => window.__xss")).isNull();
    assertThat(dialogs.get()).isZero();
  }

  @Test
  void markupInAnImportedFileNeverRuns() {
    page.onDialog(dialog -> dialog.dismiss());
    openEditor("");
    String json = "{\"basics\":{\"name\":\"" + PAYLOAD.replace("\"", "\\\"") + "\",\"label\":"
        + "\"<svg onload=window.__xss=3>\"},\"work\":[{\"name\":\"<iframe src=javascript:window.__xss=4>\","
        + "\"highlights\":[\"<b onmouseover=window.__xss=5>x</b>\"]}]}";
    page.locator("#btn-import").click();
    page.locator("#import-file").setInputFiles(new FilePayload("evil.json", "application/json",
        json.getBytes(StandardCharsets.UTF_8)));
    page.waitForSelector("#import-step-review:not([hidden])");
    // the review shows the markup as text
    assertThat(page.locator("#import-found").textContent()).contains("<svg onload=window.__xss=3>");
    assertThat(page.locator("#dlg-import iframe, #dlg-import svg[onload], #dlg-import img").count()).isZero();
    page.locator("#import-as-new").click();
    page.waitForSelector("#message:not([hidden])");
    waitForPreviewIdle();
    page.locator("#form").hover();
    assertThat(page.evaluate("() => window.__xss")).isNull();
    assertThat(page.locator("iframe, svg[onload], b[onmouseover]").count()).isZero();
    assertThat(page.locator("#resume-name").textContent()).contains("<script>");
  }
}
