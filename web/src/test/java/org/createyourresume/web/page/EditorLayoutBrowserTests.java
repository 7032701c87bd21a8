package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The editor's frame at the sizes people use it: a laptop (1440×900, 1280×800) and a phone
 * (390×844). The document never scrolls on a desktop, the toolbar keeps one row and its menu opens
 * inside the window, a phone reaches the preview in one tap and comes back to the same place in
 * the form, printing gives the resume's pages only, and the dark theme leaves the pages white.
 */
class EditorLayoutBrowserTests extends BrowserTestSupport {

  private static final Path SHOTS = Path.of("target", "screenshots");

  @SuppressWarnings("unchecked")
  private Map<String, Number> documentScroll() {
    return (Map<String, Number>) page.evaluate(
        "() => ({ height: document.scrollingElement.scrollHeight, viewport: innerHeight,"
            + " y: scrollY, body: Math.round(document.body.getBoundingClientRect().bottom) })");
  }

  @ParameterizedTest(name = "{0}×{1}")
  @CsvSource({"1440, 900", "1280, 800"})
  void theDocumentNeverScrollsOnADesktopOnlyTheFormAndThePreviewDo(int width, int height) {
    page.setViewportSize(width, height);
    openEditor("?example=software-developer");
    // the wheel over the form, far past its end
    page.mouse().move(width / 4.0, height / 2.0);
    for (int i = 0; i < 40; i++) {
      page.mouse().wheel(0, 900);
    }
    assertThat(((Number) page.evaluate("() => document.getElementById('panel-content').scrollTop")).intValue())
        .as("the form scrolled in its own pane").isPositive();
    assertThat(documentScroll()).containsEntry("y", 0);
    // the wheel over the preview
    page.mouse().move(width * 0.75, height / 2.0);
    for (int i = 0; i < 10; i++) {
      page.mouse().wheel(0, 900);
    }
    // tabbing through many fields, hidden labels and all
    field("basics.name").focus();
    for (int i = 0; i < 120; i++) {
      page.keyboard().press("Tab");
    }
    Map<String, Number> scroll = documentScroll();
    assertThat(scroll.get("y").intValue()).as("document scroll position").isZero();
    assertThat(scroll.get("height").intValue()).as("document height").isEqualTo(height);
    assertThat(scroll.get("body").intValue()).isLessThanOrEqualTo(height);
    // and the page itself cannot be scrolled by script either
    page.evaluate("() => window.scrollTo(0, 5000)");
    assertThat(documentScroll().get("y").intValue()).isZero();
  }

  @ParameterizedTest(name = "{0}×{1}")
  @CsvSource({"1440, 900", "1280, 800", "1024, 768"})
  void theToolbarKeepsOneRowAndItsMenuOpensInsideTheWindow(int width, int height) {
    page.setViewportSize(width, height);
    openEditor("?example=manager");
    field("basics.name").fill("Alexandra Konstantinopoulou-Weatherington");
    // "Saved online" in the toolbar, as after a real Save online
    page.locator("#btn-online").click();
    page.locator("#dlg-online[open]").waitFor();
    page.locator("#dlg-online [data-close]").click();
    page.waitForFunction("() => document.getElementById('online-status').textContent.includes('Saved online')");

    List<?> tops = (List<?>) page.evaluate(
        "() => [...document.querySelectorAll('.toolbar > *')].filter(e => e.offsetParent !== null)"
            + ".map(e => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2))");
    assertThat(tops).hasSizeGreaterThan(4);
    int first = ((Number) tops.get(0)).intValue();
    assertThat(tops).allSatisfy(t -> assertThat(((Number) t).intValue()).isBetween(first - 3, first + 3));
    assertThat(page.locator(".toolbar").boundingBox().height).as("one row").isLessThan(60);
    assertThat(page.locator("#btn-download").isVisible()).isTrue();

    page.locator("#btn-more").click();
    assertThat(page.locator("#btn-more").getAttribute("aria-expanded")).isEqualTo("true");
    var menu = page.locator("#more-menu").boundingBox();
    assertThat(menu.x).isGreaterThanOrEqualTo(0);
    assertThat(menu.x + menu.width).isLessThanOrEqualTo(width);
    assertThat(menu.y + menu.height).isLessThanOrEqualTo(height);
    assertThat(page.locator("#more-menu").getByText("Word document (.docx)").isVisible()).isTrue();
    if (width == 1280) {
      page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-toolbar-1280.png")));
    }
    page.keyboard().press("Escape");
    assertThat(page.locator("#more-menu").isHidden()).isTrue();
  }

  @Test
  void aPhoneHasACompactToolbarAndReachesThePreviewInOneTap() {
    page.setViewportSize(390, 844);
    openEditor("?example=software-developer");
    page.locator("#message-close").click();
    // header and toolbar together are two short rows, not 375 px
    assertThat(page.locator(".toolbar").boundingBox().y + page.locator(".toolbar").boundingBox().height)
        .isLessThan(120);
    assertThat(page.locator("#preview-pages").isVisible()).isFalse();
    assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-phone-edit.png")));

    page.evaluate("() => { document.getElementById('panel-content').scrollTop = 1400; }");
    int place = ((Number) page.evaluate("() => document.getElementById('panel-content').scrollTop")).intValue();
    assertThat(place).isPositive();
    page.locator("#view-preview").click();
    page.locator("#preview-pages canvas").first().waitFor();
    var canvas = page.locator("#preview-pages canvas").first().boundingBox();
    assertThat(canvas.width).as("pages drawn at phone width").isBetween(300.0, 390.0);
    assertThat(canvas.y).isLessThan(250);
    assertThat(page.locator("#view-preview").getAttribute("aria-pressed")).isEqualTo("true");
    assertNoSeriousViolations("phone preview");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-phone-preview.png")));

    page.locator("#view-edit").click();
    page.waitForFunction("p => document.getElementById('panel-content').scrollTop === p", place);

    // less-used actions are in the menu, inside the screen
    page.locator("#btn-more").click();
    var menu = page.locator("#more-menu").boundingBox();
    assertThat(menu.x).isGreaterThanOrEqualTo(0);
    assertThat(menu.x + menu.width).isLessThanOrEqualTo(390);
    assertThat(page.locator("#more-menu").getByText("My resumes").isVisible()).isTrue();
    assertNoSeriousViolations("phone menu");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-phone-menu.png")));
    page.locator("#more-menu").getByText("My resumes").click();
    page.locator("#dlg-resumes[open]").waitFor();
  }

  @Test
  void printingGivesTheResumesPagesOnly() {
    openEditorWith(TestFiles.resume("one-page.json"));
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }");
    page.keyboard().press("Control+p");
    page.waitForFunction("() => window.__printed === 1");
    int pages = Integer.parseInt(page.locator("#preview-pages").getAttribute("data-pages"));
    byte[] printed = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
    String text = TestFiles.pdfText(printed);
    assertThat(TestFiles.pdfPages(printed)).isEqualTo(pages);
    // the pages are pictures of the resume: none of the interface is printed
    assertThat(text).doesNotContain("Download", "My resumes", "Content", "Create Your Resume", "Preview");

    // the browser's own Print command (no Ctrl+P) prints the same pages
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
    assertThat(TestFiles.pdfPages(page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true))))
        .isEqualTo(pages);
  }

  @Test
  void darkModeFollowsTheSystemAndCanBeSwitchedWhileThePagesStayWhite() {
    context.close();
    context = browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(1440, 900).setColorScheme(ColorScheme.DARK));
    page = context.newPage();
    page.onPageError(pageErrors::add);
    openEditor("?example=it-support");
    assertThat(page.evaluate("() => document.documentElement.dataset.theme")).isEqualTo("dark");
    assertThat(page.evaluate("() => getComputedStyle(document.body).backgroundColor")).isNotEqualTo("rgb(238, 241, 245)");
    // the preview is the printed page: white paper whatever the theme
    assertThat(page.evaluate("() => { const c = document.querySelector('#preview-pages canvas');"
        + " const d = c.getContext('2d').getImageData(2, 2, 1, 1).data; return [d[0], d[1], d[2]].join(','); }"))
        .isEqualTo("255,255,255");
    assertNoSeriousViolations("editor, dark");
    page.locator("#tab-design").click();
    assertNoSeriousViolations("design tab, dark");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-dark.png")));
    page.locator("#tab-content").click();

    page.locator("#btn-more").click();
    assertThat(page.locator("#btn-theme").getAttribute("aria-pressed")).isEqualTo("true");
    page.locator("#btn-theme").click();
    assertThat(page.evaluate("() => document.documentElement.dataset.theme")).isEqualTo("light");
    page.reload();
    page.waitForSelector("#editor[data-state='ready']");
    assertThat(page.evaluate("() => document.documentElement.dataset.theme"))
        .as("the choice is kept").isEqualTo("light");
    page.locator("#btn-more").click();
    page.locator("#btn-theme-system").click();
    assertThat(page.evaluate("() => document.documentElement.dataset.theme"))
        .as("back to the system setting").isEqualTo("dark");
  }

  @Test
  void theCheckTabShowsTheAtsScoreAsAScore() {
    openEditor("");
    page.waitForFunction("() => document.getElementById('check-count').textContent.includes('/100')");
    assertThat(page.locator("#check-count").textContent()).matches("\\W*ATS \\d{1,3}/100");
    assertThat(page.locator("#tab-check").textContent()).contains("ATS").contains("/100");
    assertThat(page.locator("#check-count").getAttribute("title")).startsWith("ATS score:");
  }
}
