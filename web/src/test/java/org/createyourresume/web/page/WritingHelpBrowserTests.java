package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Writing help without AI: phrase ideas for bullets and summaries inserted where the user is and
 * marked "Edit me" until changed, stronger verbs for a weak opening, and a word before a download
 * that still holds [placeholders].
 */
class WritingHelpBrowserTests extends BrowserTestSupport {

  private static final Path SHOTS = Path.of("target", "screenshots");

  private static final String DEVELOPER =
      "{\"basics\":{\"name\":\"Noor Haddad\",\"label\":\"Backend Developer\",\"summary\":\"Backend developer.\"},"
          + "\"work\":[{\"name\":\"Lumen Pay\",\"position\":\"Software Engineer\",\"startDate\":\"2021-03\","
          + "\"highlights\":[\"Cut checkout latency by 40% with a Redis cache.\", \"\"]}]}";

  private static JsonNode family(String id) {
    return editorData("phrases.json", "families", id);
  }

  @Test
  void aBulletIdeaGoesIntoTheEmptyBulletTheUserIsInAndIsMarkedUntilEdited() {
    openEditorWith(DEVELOPER);
    field("work.0.highlights.1").focus();
    page.locator("[data-focus-key='ideas:work.0.highlights']").click();
    page.locator("#dlg-phrases[open]").waitFor();
    assertThat(page.locator("#phrase-family").inputValue()).as("chosen from the headline").isEqualTo("software-developer");
    String first = family("software-developer").path("bullets").get(0).path("text").asString();
    assertThat(page.locator("#phrase-list .phrase-item").count())
        .isEqualTo(family("software-developer").path("bullets").size());
    assertNoSeriousViolations("phrase ideas");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-phrases.png")));

    page.locator("#phrase-list .phrase-item").first().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
    page.locator("#dlg-phrases [data-close]").click();
    assertThat(field("work.0.highlights.1").inputValue()).isEqualTo(first);
    assertThat(field("work.0.highlights.0").inputValue()).startsWith("Cut checkout latency");
    assertThat(page.evaluate("() => document.activeElement.dataset.focusKey")).isEqualTo("work.0.highlights.1");
    var bullet = page.locator("#form li.bullet:has([data-focus-key='work.0.highlights.1'])");
    assertThat(bullet.getAttribute("class")).contains("is-unedited");
    assertThat(bullet.locator(".edit-me").textContent()).isEqualTo("Edit me");

    // the user makes it theirs: the mark goes
    field("work.0.highlights.1").fill("Built a ledger service in Kotlin that settles 2 million payments a day.");
    assertThat(bullet.getAttribute("class")).doesNotContain("is-unedited");
    assertThat(bullet.locator(".edit-me").count()).isZero();

    // with the cursor in a filled bullet, the idea comes right after it
    field("work.0.highlights.0").focus();
    page.locator("[data-focus-key='ideas:work.0.highlights']").click();
    page.locator("#phrase-search").fill("");
    page.locator("#phrase-list .phrase-item").nth(1).getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
    page.locator("#dlg-phrases [data-close]").click();
    String second = family("software-developer").path("bullets").get(1).path("text").asString();
    assertThat(field("work.0.highlights.1").inputValue()).isEqualTo(second);
    assertThat(field("work.0.highlights.2").inputValue()).startsWith("Built a ledger service");
  }

  @Test
  void aSummaryOpenerGoesWhereTheCursorIsAndOtherRolesHaveTheirOwnIdeas() {
    openEditorWith(DEVELOPER);
    field("basics.summary").click();
    page.keyboard().press("End");
    page.locator("[data-focus-key='ideas:basics.summary']").click();
    page.locator("#dlg-phrases[open]").waitFor();
    JsonNode manager = family("manager");
    page.locator("#phrase-family").selectOption("manager");
    assertThat(page.locator("#phrase-list .phrase-item").count()).isEqualTo(manager.path("summaries").size());
    String opener = manager.path("summaries").get(0).asString();
    page.locator("#phrase-list .phrase-item").first().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
    page.locator("#dlg-phrases [data-close]").click();
    assertThat(field("basics.summary").inputValue()).isEqualTo("Backend developer. " + opener);

    // search narrows the list
    page.locator("[data-focus-key='ideas:basics.summary']").click();
    page.locator("#phrase-search").fill("zzzz-no-such-word");
    assertThat(page.locator("#phrase-list").textContent()).contains("No phrase matches");
    page.keyboard().press("Escape");
  }

  @Test
  void aWeakOpeningGetsStrongerVerbsAndPlaceholdersAreCaughtBeforeADownload() {
    openEditorWith(DEVELOPER);
    field("work.0.highlights.1").fill("worked on the billing API for 3 markets");
    var suggestions = page.locator("#form .verb-suggestions button[data-verb]");
    suggestions.first().waitFor();
    assertThat(suggestions.count()).isGreaterThanOrEqualTo(3);
    page.locator("#form .verb-suggestions button[data-verb='Built']").click();
    assertThat(field("work.0.highlights.1").inputValue()).isEqualTo("Built the billing API for 3 markets");
    assertThat(page.locator("#form .verb-suggestions").count()).isZero();
    page.waitForFunction("() => JSON.parse(localStorage.getItem('cyr.resume.v1.test01')).work[0].highlights[1]"
        + " === 'Built the billing API for 3 markets'");

    field("work.0.highlights.1").fill("Reduced build time by [X]% with remote caching");
    assertThat(page.locator("#form .bullet-hint").nth(1).textContent()).contains("[X]");
    waitForPreviewIdle();
    page.locator("#btn-download").click();
    page.locator("#dlg-confirm[open]").waitFor();
    assertThat(page.locator("#dlg-confirm-text").textContent()).contains("placeholder").contains("[X]");
    page.locator("#dlg-confirm-cancel").click();
    // the Check tab lists it with a way to the field
    page.locator("#tab-check").click();
    assertThat(page.locator("#checks").textContent()).contains("Still a placeholder");
  }
}
