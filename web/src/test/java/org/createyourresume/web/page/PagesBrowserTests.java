package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page: no serious accessibility violation, keyboard reachable, responsive, pictured. */
class PagesBrowserTests extends BrowserTestSupport {

  private static final Path SHOTS = Path.of("target", "screenshots");

  @ParameterizedTest
  @ValueSource(strings = {"/", "/templates", "/examples", "/ats-checker"})
  void contentPagesHaveNoSeriousAccessibilityViolations(String path) {
    page.navigate(url(path));
    page.waitForLoadState();
    assertNoSeriousViolations(path);
  }

  @Test
  void theEditorHasNoSeriousAccessibilityViolationsInAnyPanelOrDialog() {
    openEditorWith(TestFiles.resume("one-page.json"));
    assertNoSeriousViolations("editor, content");
    page.locator("#tab-design").click();
    assertNoSeriousViolations("editor, design");
    page.locator("#tab-check").click();
    assertNoSeriousViolations("editor, check");
    page.locator("#btn-resumes").click();
    assertNoSeriousViolations("editor, my resumes");
  }

  @Test
  void theStartButtonIsReachedByKeyboardAndOpensTheEditor() {
    page.navigate(url("/"));
    page.keyboard().press("Tab");
    assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Skip to main content");
    for (int i = 0; i < 6; i++) {
      page.keyboard().press("Tab");
      if ("Create your resume".equals(page.evaluate("() => document.activeElement.textContent.trim()"))) {
        break;
      }
    }
    assertThat(page.evaluate("() => document.activeElement.textContent.trim()")).isEqualTo("Create your resume");
    page.keyboard().press("Enter");
    page.waitForURL("**/editor");
    page.waitForSelector("#editor[data-state='ready']");
  }

  @Test
  void templatePictureOpensTheEditorWithThatTemplate() {
    page.navigate(url("/templates"));
    page.locator("a[href='/editor?template=compact']").click();
    page.waitForSelector("#editor[data-state='ready']");
    waitForPreviewIdle();
    assertThat(page.locator("input[name='template'][value='compact']").isChecked()).isTrue();
    assertThat(savedResume()).contains("\"template\":\"compact\"");
  }

  @Test
  void formAndPreviewTakeTurnsOnANarrowScreen() {
    page.setViewportSize(390, 844);
    openEditorWith(TestFiles.resume("one-page.json"));
    BoundingBox form = page.locator("#resume-panel").boundingBox();
    assertThat(form.width).isLessThanOrEqualTo(390);
    assertThat(page.locator("#resume-preview").isVisible()).isFalse();
    page.locator("#view-preview").click();
    assertThat(page.locator("#resume-panel").isVisible()).isFalse();
    assertThat(page.locator("#resume-preview").boundingBox().width).isLessThanOrEqualTo(390);
    assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);
  }

  /**
   * Waits until every picture on the page is drawn. Pictures below the fold load lazily, and a
   * lazy picture that is never scrolled to never decodes: each is made eager first.
   */
  private void decodeImages() {
    page.evaluate("() => Promise.all([...document.images].map(i => { i.loading = 'eager';"
        + " return i.decode().catch(() => null); }))");
  }

  @Test
  void picturesOfTheMainPages() throws Exception {
    Files.createDirectories(SHOTS);
    page.navigate(url("/"));
    page.waitForLoadState();
    decodeImages();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("home.png")));
    page.navigate(url("/templates"));
    decodeImages();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("templates.png")));
    page.navigate(url("/examples"));
    decodeImages();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("examples.png")));
    openEditorWith(TestFiles.resume("one-page.json"));
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor.png")));
    page.locator("#tab-design").click();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-design.png")));
    for (String name : List.of("home", "templates", "examples", "editor", "editor-design")) {
      assertThat(Files.size(SHOTS.resolve(name + ".png"))).isGreaterThan(10_000);
    }
  }
}
