package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saving online from the editor: the private edit link opened in another browser, autosave,
 * sharing a read-only page that a logged-out visitor opens, revoking it, deleting everything,
 * and a conflict between two browsers editing the same resume.
 */
class SaveOnlineBrowserTests extends BrowserTestSupport {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final java.nio.file.Path SHOTS = java.nio.file.Path.of("target", "screenshots");

  @Override
  Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setPermissions(List.of("clipboard-read", "clipboard-write"));
  }

  /** A new browser context: empty storage, as another device. */
  private Page freshBrowser() {
    BrowserContext other = browser.newContext(contextOptions());
    other.setDefaultTimeout(15_000);
    Page fresh = other.newPage();
    watch(fresh, "other browser: ");
    return fresh;
  }

  /**
   * The person comes back to this window (from another one, or another device): the editor cannot
   * know what changed meanwhile, so its next save asks the server first. Headless Chromium treats
   * every page as focused, so the test says it.
   */
  private static void comeBack(Page to) {
    to.evaluate("() => window.dispatchEvent(new Event('focus'))");
  }

  /** Opening a link whose owner stopped sharing: a 410 page that says so. */
  private static void assertNoLongerShared(Page visitor, String shareUrl) {
    assertThat(visitor.navigate(shareUrl).status()).isEqualTo(410);
    assertThat(visitor.locator("h1").textContent()).isEqualTo("This resume is no longer shared");
    assertThat(visitor.content()).contains("The owner stopped sharing this resume")
        .doesNotContain("Page not found");
  }

  private static void waitSavedOnline(Page on) {
    on.waitForFunction(
        "() => document.getElementById('online-status').textContent === 'Saved online'");
  }

  /** The resume as the server has it, read with the key from the edit link. */
  private JsonNode serverCopy(String editLink) {
    Map<String, String> fragment = fragment(editLink);
    APIResponse response = page.request().get(url("/api/resumes/" + fragment.get("id")),
        RequestOptions.create().setHeader("Authorization", "Bearer " + fragment.get("key")));
    assertThat(response.status()).isEqualTo(200);
    return JSON.readTree(response.text());
  }

  /** Waits until the server's copy has {@code label} as its headline (autosave is debounced). */
  private void awaitServerLabel(String editLink, String label) {
    long deadline = System.nanoTime() + 15_000_000_000L;
    String seen = null;
    while (System.nanoTime() < deadline) {
      seen = serverCopy(editLink).path("basics").path("label").asString();
      if (label.equals(seen)) {
        return;
      }
      page.waitForTimeout(100);
    }
    assertThat(seen).as("the server's copy").isEqualTo(label);
  }

  private int serverStatus(String editLink) {
    Map<String, String> fragment = fragment(editLink);
    return page.request().get(url("/api/resumes/" + fragment.get("id")),
        RequestOptions.create().setHeader("Authorization", "Bearer " + fragment.get("key")))
        .status();
  }

  private static Map<String, String> fragment(String link) {
    String hash = URI.create(link).getFragment();
    return java.util.Arrays.stream(hash.split("&")).map(p -> p.split("=", 2))
        .collect(Collectors.toMap(p -> p[0], p -> p[1]));
  }

  private String saveOnline(Page on) {
    on.locator("#btn-online").click();
    on.waitForSelector("#dlg-online[open]");
    String link = on.locator("#online-link").inputValue();
    assertThat(link).matches("http://localhost:" + port
        + "/editor#id=[A-Za-z0-9_-]{16}&key=[A-Za-z0-9_-]{22}");
    return link;
  }

  private static void assertNoSeriousViolations(Page on, String where) {
    AxeResults results = new AxeBuilder(on)
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
        .analyze();
    List<Rule> serious = results.getViolations().stream()
        .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
        .toList();
    assertThat(serious)
        .as(where + ": " + serious.stream()
            .map(r -> r.getId() + " (" + r.getImpact() + ") at " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; ")))
        .isEmpty();
  }

  @Test
  void aTemplatePickedOnTheTemplatesPageIsKeptWhenANewerOnlineCopyLoads() {
    openEditor("");
    field("basics.name").fill("Kofi Mensah");
    field("basics.label").fill("Support Engineer");
    savedResume();
    String link = saveOnline(page);
    page.locator("#dlg-online [data-close]").click();
    waitSavedOnline(page);

    // changed on another device meanwhile
    Page other = freshBrowser();
    other.navigate(link);
    other.waitForSelector("#editor[data-state='ready']");
    other.locator("#form [data-focus-key='basics.label']").fill("Senior Support Engineer");
    awaitServerLabel(link, "Senior Support Engineer");

    // back here, the person picks a template on /templates: the newer copy loads and keeps it
    page.navigate(url("/editor?template=modern"));
    page.waitForSelector("#editor[data-state='ready']");
    assertThat(field("basics.label").inputValue()).isEqualTo("Senior Support Engineer");
    assertThat(page.locator("input[name='template'][value='modern']").isChecked()).isTrue();
    assertThat(savedResume()).contains("\"template\":\"modern\"", "Senior Support Engineer");
  }

  @Test
  void savesOnlineOpensTheLinkElsewhereEditsSharesRevokesAndDeletes() {
    openEditor("");
    field("basics.name").fill("Ines Moreau");
    field("basics.label").fill("Data Analyst");
    field("basics.email").fill("ines@example.com");
    savedResume();

    // one action: the server copy exists and the private link is shown with its warning
    String link = saveOnline(page);
    assertThat(page.locator("#online-key-warning").textContent())
        .contains("Keep this link: it is the only key");
    page.locator("#online-copy").click();
    page.waitForFunction("() => document.getElementById('online-copy-status').textContent !== ''");
    assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(link);
    assertThat(serverCopy(link).path("basics").path("name").asString()).isEqualTo("Ines Moreau");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("save-online.png")));
    page.locator("#dlg-online [data-close]").click();
    waitSavedOnline(page);

    // another device: the link opens the resume in the editor, and edits are saved online
    Page phone = freshBrowser();
    phone.navigate(link);
    phone.waitForSelector("#editor[data-state='ready']");
    assertThat(phone.locator("#form [data-focus-key='basics.name']").inputValue())
        .isEqualTo("Ines Moreau");
    assertThat(phone.url()).doesNotContain("key=");
    phone.locator("#form [data-focus-key='basics.label']").fill("Senior Data Analyst");
    awaitServerLabel(link, "Senior Data Analyst");
    waitSavedOnline(phone);

    // share a read-only link from there
    phone.locator("#btn-online").click();
    phone.waitForSelector("#dlg-online[open]");
    phone.locator("#share-create").click();
    phone.waitForSelector("#share-link");
    String shareUrl = phone.locator("#share-link").inputValue();
    assertThat(shareUrl).matches("http://localhost:" + port + "/r/[A-Za-z0-9_-]{22}");
    phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("share-link.png")));

    // a visitor with nothing but the link sees the page, and its PDF
    Page visitor = freshBrowser();
    visitor.navigate(shareUrl);
    assertThat(visitor.locator("h1").textContent()).isEqualTo("Ines Moreau");
    assertThat(visitor.locator("link[rel='icon']").getAttribute("href")).isEqualTo("/img/favicon.svg");
    APIResponse favicon = visitor.request().get(url("/favicon.ico"));
    assertThat(favicon.status()).isEqualTo(200);
    assertThat(favicon.headers().get("content-type")).isEqualTo("image/x-icon");
    assertThat(visitor.content()).contains("Senior Data Analyst", "noindex");
    assertThat(visitor.locator("#form").count()).as("no editor on a shared page").isZero();
    visitor.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("shared-page.png"))
        .setFullPage(true));
    assertNoSeriousViolations(visitor, "shared page");
    APIResponse pdf = visitor.request().get(shareUrl + ".pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(TestFiles.pdfText(pdf.body())).contains("Ines Moreau", "Senior Data Analyst");
    // printed, the shared page is the resume alone
    String printed = TestFiles.pdfText(visitor.pdf(new Page.PdfOptions().setPreferCSSPageSize(true)));
    assertThat(printed).contains("Ines Moreau", "Senior Data Analyst")
        .doesNotContain("Download PDF", "Shared with", "Create Your Resume");

    // a new link replaces it: the old one says the owner stopped sharing
    phone.locator("#share-renew").click();
    phone.locator("#dlg-confirm-ok").click();
    phone.waitForFunction("old => { const l = document.getElementById('share-link');"
        + " return l && l.value !== old; }", shareUrl);
    String newShareUrl = phone.locator("#share-link").inputValue();
    assertNoLongerShared(visitor, shareUrl);
    visitor.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("share-revoked.png")));
    assertNoSeriousViolations(visitor, "a link no longer shared");
    assertThat(visitor.navigate(newShareUrl).status()).isEqualTo(200);

    // turned off: the visitor's link says so too, while a link that never existed is not found
    phone.locator("#share-revoke").click();
    phone.locator("#dlg-confirm-ok").click();
    phone.waitForSelector("#share-create");
    assertNoLongerShared(visitor, newShareUrl);
    assertThat(visitor.navigate(url("/r/AAAAAAAAAAAAAAAAAAAAAA")).status()).isEqualTo(404);
    assertThat(visitor.content()).contains("Page not found").doesNotContain("stopped sharing");

    // delete everything at once: the edit link no longer opens anything
    phone.locator("#online-delete").click();
    phone.locator("#dlg-confirm-ok").click();
    phone.waitForFunction("() => document.getElementById('btn-online').textContent === 'Save online'");
    assertThat(serverStatus(link)).isEqualTo(404);
    Page later = freshBrowser();
    later.navigate(link);
    later.waitForSelector("#editor[data-state='ready']");
    assertThat(later.locator("#message-text").textContent())
        .contains("does not open a resume");

    // the first browser learns it at its next save, and keeps its own copy
    comeBack(page);
    field("basics.summary").fill("Turns messy data into decisions.");
    page.waitForFunction(
        "() => document.getElementById('message-text').textContent.includes('no longer exists')");
    assertThat(page.locator("#btn-online").textContent()).isEqualTo("Save online");
    assertThat(savedResume()).contains("Turns messy data into decisions.");
    phone.context().close();
    visitor.context().close();
    later.context().close();
  }

  @Test
  void aStaleSaveShowsBothVersionsAndTheUserChooses() {
    openEditor("");
    field("basics.name").fill("Tomas Berg");
    field("basics.label").fill("Electrician");
    savedResume();
    String link = saveOnline(page);
    page.locator("#dlg-online [data-close]").click();
    waitSavedOnline(page);

    Page laptop = freshBrowser();
    laptop.navigate(link);
    laptop.waitForSelector("#editor[data-state='ready']");
    laptop.locator("#form [data-focus-key='basics.label']").fill("Master Electrician");
    awaitServerLabel(link, "Master Electrician");
    waitSavedOnline(laptop);

    // this browser still builds on the old version: it is told before saving, and both are shown
    comeBack(page);
    field("basics.label").fill("Site Electrician");
    page.waitForSelector("#dlg-conflict[open]");
    assertThat(page.locator("#conflict-mine").textContent()).contains("Site Electrician");
    assertThat(page.locator("#conflict-theirs").textContent()).contains("Master Electrician");
    assertThat(page.locator("#conflict-mine .is-different").count()).isPositive();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("conflict.png")));
    assertThat(serverCopy(link).path("basics").path("label").asString())
        .as("nothing overwritten while the user decides").isEqualTo("Master Electrician");
    page.locator("#conflict-keep-mine").click();
    awaitServerLabel(link, "Site Electrician");
    waitSavedOnline(page);

    // now the laptop is behind; it takes the other version instead
    comeBack(laptop);
    laptop.locator("#form [data-focus-key='basics.name']").fill("Tomas Berg-Lund");
    laptop.waitForSelector("#dlg-conflict[open]");
    laptop.locator("#conflict-take-theirs").click();
    assertThat(laptop.locator("#form [data-focus-key='basics.label']").inputValue())
        .isEqualTo("Site Electrician");
    assertThat(laptop.locator("#form [data-focus-key='basics.name']").inputValue())
        .isEqualTo("Tomas Berg");
    waitSavedOnline(laptop);
    JsonNode server = serverCopy(link);
    assertThat(server.path("basics").path("name").asString()).isEqualTo("Tomas Berg");
    assertThat(server.path("basics").path("label").asString()).isEqualTo("Site Electrician");
    laptop.context().close();
  }
}
