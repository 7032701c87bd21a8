package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Design tab's colour presets and Fit to one page, used as a person would. */
class DesignToolsBrowserTests extends BrowserTestSupport {

  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonNode savedDesign() {
    return JSON.readTree(savedResume()).path("meta").path("createYourResume");
  }

  @Test
  void everyTemplateOffersColourPresetsAndAPresetColoursThePdf() {
    openEditorWith(TestFiles.resume("one-page.json"));
    page.locator("#tab-design").click();
    int templates = page.locator("input[name='template']").count();
    assertThat(templates).isGreaterThanOrEqualTo(4);
    for (int t = 0; t < templates; t++) {
      page.locator("label.template-option").nth(t).click();
      page.locator("#design-swatches .swatch-option").first().waitFor();
      assertThat(page.locator("#design-swatches .swatch-option").count()).isBetween(6, 8);
    }
    page.locator("label.template-option").first().click();
    int seq = previewSeq();
    var preset = page.locator("#design-swatches .swatch-option").nth(2);
    String colour = preset.locator("input").getAttribute("value");
    preset.click();
    waitForPreviewAfter(seq);
    assertThat(savedDesign().path("accentColor").asString()).isEqualToIgnoringCase(colour);
    assertThat(page.locator("#design-accent").inputValue()).isEqualToIgnoringCase(colour);
    assertThat(preset.locator("input").isChecked()).isTrue();
    assertNoSeriousViolations("design tab with presets");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-design.png")));

    // the custom picker still works, and then no preset is marked
    page.locator("#design-accent").evaluate("(e) => { e.value = '#7a1f5c'; e.dispatchEvent(new Event('input', {bubbles: true})); }");
    assertThat(page.locator("#design-swatches input:checked").count()).isZero();
  }

  @Test
  void fitToOnePageMakesALittleMoreThanAPageFitAndItStillReadsBackWhole() {
    openEditorWith(TestFiles.resume("page-and-a-bit.json"));
    page.waitForFunction("() => document.getElementById('preview-pages').dataset.pages === '2'");
    page.locator("#tab-design").click();
    int seq = previewSeq();
    page.locator("#design-fit").click();
    page.waitForFunction("() => document.getElementById('design-fit-status').textContent.startsWith('Now fits')");
    waitForPreviewAfter(seq);
    waitForPreviewIdle();
    assertThat(page.locator("#preview-pages").getAttribute("data-pages")).isEqualTo("1");
    JsonNode design = savedDesign();
    if (design.has("fontSize")) {
      assertThat(design.path("fontSize").asDouble()).isGreaterThanOrEqualTo(9.5);
    }
    // the closed loop of the Check tab: every field of the fitted PDF reads back as written
    page.locator("#tab-check").click();
    page.waitForFunction("() => { const ok = document.querySelector('#ats-report .ats-loop .ats-ok');"
        + " return ok && ok.textContent.startsWith('Yes: every field'); }");

    // Undo brings the old settings and the second page back
    page.locator("#btn-undo").click();
    page.waitForFunction("() => document.getElementById('preview-pages').dataset.pages === '2'");

    // a resume far too long for one page is left alone, with how much is over
    openEditorWith(TestFiles.resume("three-pages.json"));
    page.locator("#tab-design").click();
    page.locator("#design-fit").click();
    page.waitForFunction("() => document.getElementById('design-fit-status').textContent.startsWith('Even at')");
    assertThat(savedDesign().has("fontSize")).isFalse();
  }
}
