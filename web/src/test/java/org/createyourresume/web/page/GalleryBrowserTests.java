package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The template gallery in a browser: its filters narrow the cards at once and keep the address in
 * step, "Use this template" changes only the template of the resume being edited, and a phone
 * sees one column of cards. Every expectation is computed from the templates the server has, so
 * the tests hold for any number of templates.
 */
class GalleryBrowserTests extends BrowserTestSupport {

  @Autowired private ResumeRenderer renderer;

  private Locator shownCards() {
    return page.locator("#gallery > li:visible");
  }

  private long passing(GalleryFilter filter) {
    return renderer.templates().stream().filter(filter::matches).count();
  }

  @Test
  void filtersNarrowTheCardsAtOnceAndTheAddressFollows() {
    int total = renderer.templates().size();
    page.navigate(url("/templates"));
    assertThat(shownCards().count()).isEqualTo(total);
    assertThat(page.locator("#gallery-count").textContent()).isEqualTo("All " + total + " templates");
    assertThat(page.locator("#gallery-apply").isVisible()).as("no button needed with a script").isFalse();

    page.locator("label[for='filter-columns-1']").click();
    long oneColumn = passing(new GalleryFilter(1, null, null, null));
    page.waitForURL("**/templates?columns=1");
    assertThat(shownCards().count()).isEqualTo(oneColumn);
    assertThat(page.locator("#gallery-count").textContent())
        .isEqualTo(oneColumn + " of " + total + " templates");

    // a second question narrows further, in the form's order in the address
    page.locator("label[for='filter-bestFor-experienced']").click();
    page.waitForURL("**/templates?columns=1&bestFor=experienced");
    assertThat(shownCards().count()).isEqualTo(passing(new GalleryFilter(1, null, null, "experienced")));

    // answers no template passes together show the empty state, whose link clears them all
    page.locator("label[for='filter-columns-2']").click();
    page.locator("label[for='filter-photo-yes']").click();
    page.locator("label[for='filter-style-minimal']").click();
    page.locator("label[for='filter-bestFor-academic']").click();
    page.waitForURL("**/templates?columns=2&photo=yes&style=minimal&bestFor=academic");
    long none = passing(new GalleryFilter(2, true, "minimal", "academic"));
    assertThat(shownCards().count()).isEqualTo(none);
    if (none == 0) {
      assertThat(page.locator("#gallery-empty").isVisible()).isTrue();
      page.locator("#gallery-empty a").click();
    } else {
      page.locator("#gallery-clear").click();
    }
    page.waitForURL(u -> u.endsWith("/templates"));
    assertThat(shownCards().count()).isEqualTo(total);
    assertThat(page.locator("#filter-columns-any").isChecked()).isTrue();
    assertThat(page.locator("#gallery-empty").isVisible()).isFalse();

    // the same address drawn by the server shows the same cards, with its answers checked
    page.navigate(url("/templates?style=modern"));
    assertThat(shownCards().count()).isEqualTo(passing(new GalleryFilter(null, null, "modern", null)));
    assertThat(page.locator("#filter-style-modern").isChecked()).isTrue();
    assertNoSeriousViolations("/templates?style=modern");

    // without scripts the form is sent as it is, and the server draws the same narrowing
    try (BrowserContext plain = browser.newContext(
        new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page noScript = plain.newPage();
      noScript.navigate(url("/templates"));
      noScript.locator("label[for='filter-columns-1']").click();
      noScript.locator("#gallery-apply").click();
      noScript.waitForURL("**/templates?columns=1**");
      assertThat(noScript.locator("#gallery > li:visible").count()).isEqualTo(oneColumn);
      assertThat(noScript.locator("#filter-columns-1").isChecked()).isTrue();
    }
  }

  @Test
  void useThisTemplateKeepsTheDraftAndChangesOnlyItsTemplate() {
    openEditorWith(TestFiles.resume("one-page.json"));
    JsonNode before = JsonMapper.builder().build().readTree(savedResume());
    List<TemplateInfo> templates = renderer.templates();
    String current = (String) page.evaluate(
        "() => document.querySelector('input[name=\"template\"]:checked').value");
    TemplateInfo chosen = templates.stream().filter(t -> !t.id().equals(current))
        .reduce((a, b) -> b).orElseThrow();

    page.navigate(url("/templates"));
    page.locator("a[href='/editor?template=" + chosen.id() + "']").click();
    page.waitForSelector("#editor[data-state='ready']");
    waitForPreviewIdle();

    assertThat(page.url()).endsWith("/editor");
    assertThat(page.locator("input[name='template'][value='" + chosen.id() + "']").isChecked()).isTrue();
    assertThat(page.locator("#message-text").textContent()).contains(chosen.name(), "content is unchanged");
    JsonNode after = JsonMapper.builder().build().readTree(savedResume());
    assertThat(after.path("meta").path("createYourResume").path("template").asString())
        .isEqualTo(chosen.id());
    assertThat(after.path("basics").path("name").asString())
        .isEqualTo(before.path("basics").path("name").asString()).isNotBlank();
    assertThat(after.path("work")).isEqualTo(before.path("work"));
    assertThat(after.path("work").size()).isPositive();

    // an id no template has is said and ignored: the draft keeps its template and its content
    page.navigate(url("/editor?template=no-such-template"));
    page.waitForSelector("#editor[data-state='ready']");
    assertThat(page.url()).endsWith("/editor");
    assertThat(page.locator("#message").isVisible()).isTrue();
    assertThat(page.locator("#message-text").textContent())
        .contains("no template called “no-such-template”");
    JsonNode untouched = JsonMapper.builder().build().readTree(savedResume());
    assertThat(untouched.path("meta").path("createYourResume").path("template").asString())
        .isEqualTo(chosen.id());
    assertThat(untouched.path("work")).isEqualTo(before.path("work"));
  }

  @Test
  void aPhoneSeesOneColumnOfCardsAndNoSidewaysScrolling() {
    page.setViewportSize(390, 844);
    page.navigate(url("/templates"));
    List<BoundingBox> boxes = shownCards().all().stream().map(Locator::boundingBox).toList();
    assertThat(boxes).hasSize(renderer.templates().size());
    for (BoundingBox box : boxes) {
      assertThat(box.x).as("every card starts at the same left edge").isEqualTo(boxes.get(0).x);
      assertThat(box.x + box.width).isLessThanOrEqualTo(390);
    }
    assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);
  }
}
