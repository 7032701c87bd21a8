package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests drive the real app in Debian's Chromium through Playwright. They run only when
 * {@code CYR_TEST_CHROMIUM} names the browser, and are reported as skipped with that reason
 * otherwise (decided before the server starts); one browser per class, one fresh context (empty
 * storage) per test. Any script error on a page fails the test, and so does any console error
 * but the refused requests some tests provoke on purpose (see {@link #watch}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserTestSupport.NeedsChromium.class)
abstract class BrowserTestSupport {

  static final String CHROMIUM = System.getenv("CYR_TEST_CHROMIUM");
  static final String SKIP_REASON =
      "CYR_TEST_CHROMIUM is not set: browser tests skipped (set it to the Chromium executable)";

  /** Skips every test of the class, with the reason, when no Chromium is named. */
  static final class NeedsChromium implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return CHROMIUM == null || CHROMIUM.isBlank()
          ? ConditionEvaluationResult.disabled(SKIP_REASON)
          : ConditionEvaluationResult.enabled("Chromium: " + CHROMIUM);
    }
  }

  private static Playwright playwright;
  static Browser browser;

  @LocalServerPort int port;
  BrowserContext context;
  Page page;
  final List<String> pageErrors = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void launchBrowser() {
    assumeTrue(CHROMIUM != null && !CHROMIUM.isBlank(), SKIP_REASON);
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright.chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(CHROMIUM))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    if (playwright != null) {
      playwright.close();
      playwright = null;
    }
  }

  @BeforeEach
  void openContext() {
    context = browser.newContext(contextOptions());
    context.setDefaultTimeout(15_000);
    page = context.newPage();
    watch(page, "");
  }

  /**
   * Fails the test for any script error on {@code on}, and for console errors: a request the
   * server refuses is logged by the browser itself ("Failed to load resource"), which is expected
   * when a test sends bad input on purpose (a 400 or 422, say), but the editor's saving online
   * must never meet a 404 or 412 in its normal flows: it asks the status endpoint instead.
   */
  void watch(Page on, String who) {
    on.onPageError(error -> pageErrors.add(who + error));
    on.onConsoleMessage(message -> {
      if (message.type().equals("error") && countsAsError(message.text(), message.location())) {
        pageErrors.add(who + "console: " + message.text() + " at " + message.location());
      }
    });
  }

  static boolean countsAsError(String text, String location) {
    if (!text.startsWith("Failed to load resource")) {
      return true;
    }
    boolean savedResumes = location != null && location.contains("/api/resumes");
    return savedResumes && (text.contains("status of 404") || text.contains("status of 412"));
  }

  Browser.NewContextOptions contextOptions() {
    return new Browser.NewContextOptions().setViewportSize(1400, 900).setAcceptDownloads(true);
  }

  @AfterEach
  void closeContext() {
    if (context != null) {
      context.close();
    }
    assertThat(pageErrors).as("script errors on the page").isEmpty();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Runs axe-core on the page as it is now; serious or critical violations fail the test. */
  void assertNoSeriousViolations(String where) {
    AxeResults results =
        new AxeBuilder(page)
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze();
    List<Rule> serious =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    assertThat(serious)
        .as(where + ": " + serious.stream()
            .map(r -> r.getId() + " (" + r.getImpact() + ") at "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; ")))
        .isEmpty();
  }

  // ---------- the editor ----------

  /** Opens the editor and waits until it has drawn its first preview. */
  void openEditor(String query) {
    page.navigate(url("/editor" + query));
    page.waitForSelector("#editor[data-state='ready']");
    waitForPreviewIdle();
  }

  /** Waits until a preview is shown and no newer render is scheduled or running. */
  void waitForPreviewIdle() {
    page.waitForFunction(
        "() => { const p = document.getElementById('preview-pages');"
            + " return p.dataset.pending === '0' && Number(p.dataset.renderSeq) > 0; }");
  }

  /** Puts {@code json} into this browser's storage as the resume being edited, then opens it. */
  void openEditorWith(String json) {
    page.navigate(url("/editor"));
    page.waitForSelector("#editor[data-state='ready']");
    page.evaluate(
        "json => { localStorage.clear(); const id = 'test01';"
            + " localStorage.setItem('cyr.resume.v1.' + id, json);"
            + " localStorage.setItem('cyr.resumes.v1', JSON.stringify([{id, name: 'Test', updated: Date.now()}]));"
            + " localStorage.setItem('cyr.current.v1', id); }",
        json);
    openEditor("");
  }

  int previewSeq() {
    Object seq = page.evaluate("() => Number(document.getElementById('preview-pages').dataset.renderSeq)");
    return ((Number) seq).intValue();
  }

  /** Waits until the preview has been redrawn after the given sequence number. */
  void waitForPreviewAfter(int seq) {
    page.waitForFunction(
        "s => Number(document.getElementById('preview-pages').dataset.renderSeq) > s", seq);
  }

  Locator field(String focusKey) {
    return page.locator("#form [data-focus-key='" + focusKey + "']");
  }

  /** The resume as saved in this browser. */
  String savedResume() {
    page.waitForFunction("() => document.getElementById('save-status').textContent.startsWith('Saved')");
    return (String) page.evaluate(
        "() => localStorage.getItem('cyr.resume.v1.' + localStorage.getItem('cyr.current.v1'))");
  }

  /** The first page of the preview as a PNG data URL. */
  String previewPicture() {
    return (String) page.evaluate(
        "() => document.querySelector('#preview-pages canvas').toDataURL('image/png')");
  }

  /**
   * The item with {@code id} in the list {@code list} of a data file the editor loads from
   * {@code static/data/} (the phrase library, the guided-start profiles), read from the class path.
   */
  static tools.jackson.databind.JsonNode editorData(String file, String list, String id) {
    try (java.io.InputStream in = BrowserTestSupport.class.getResourceAsStream("/static/data/" + file)) {
      for (tools.jackson.databind.JsonNode item
          : tools.jackson.databind.json.JsonMapper.builder().build().readTree(in).path(list)) {
        if (item.path("id").asString().equals(id)) {
          return item;
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError("no " + id + " in " + file);
  }

  static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
