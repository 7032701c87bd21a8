package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A first resume, as a fresher or a manager starts one: the profile puts the sections in order and
 * fills every empty field with a hint and an example that never reaches the PDF; the meter counts
 * what is done and goes to what is missing; new entries do not claim "Present".
 */
class GuidedStartBrowserTests extends BrowserTestSupport {

  private static final Path SHOTS = Path.of("target", "screenshots");

  private static JsonNode profile(String id) {
    return editorData("profiles.json", "profiles", id);
  }

  private List<String> sectionsInForm() {
    List<String> out = new ArrayList<>();
    for (Object id : (List<?>) page.evaluate(
        "() => [...document.querySelectorAll('#form .section-card[data-section]')].map(e => e.dataset.section)")) {
      out.add((String) id);
    }
    return out;
  }

  private String meter() {
    return page.locator("#guide-meter-label").textContent();
  }

  @Test
  void aFresherGetsTheSectionsInOrderWithHintsAndExamplesThatNeverReachThePdf() {
    openEditor("");
    assertThat(page.locator(".start-card .profile-choice").count()).isEqualTo(6);
    assertNoSeriousViolations("start card");
    page.locator("[data-profile='fresher']").click();

    JsonNode fresher = profile("fresher");
    List<String> expected = new ArrayList<>();
    fresher.path("sections").forEach(s -> expected.add(s.asString()));
    assertThat(sectionsInForm()).startsWith(expected.toArray(String[]::new));

    String headlineExample = fresher.path("fields").path("basics.label").path("example").asString();
    assertThat(headlineExample).isNotBlank();
    assertThat(field("basics.label").getAttribute("placeholder")).isEqualTo(headlineExample);
    String degreeExample = fresher.path("fields").path("education.studyType").path("example").asString();
    assertThat(field("education.0.studyType").getAttribute("placeholder")).isEqualTo(degreeExample);

    // the meter: nothing done yet, then the name
    assertThat(meter()).startsWith("0 of ");
    int total = Integer.parseInt(meter().replaceAll("^0 of (\\d+) done$", "$1"));
    field("basics.name").fill("Priya Raman");
    page.waitForFunction("() => document.getElementById('guide-meter-label').textContent.startsWith('1 of')");
    // a missing part takes the user to its field
    page.locator(".guide-missing").getByText("Phone number").click();
    assertThat(page.evaluate("() => document.activeElement.dataset.focusKey")).isEqualTo("basics.phone");
    assertNoSeriousViolations("guided form");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-guided.png")));

    waitForPreviewIdle();
    Download pdf = page.waitForDownload(() -> page.locator("#btn-download").click());
    String text = TestFiles.pdfText(read(pdf.path()));
    assertThat(text).contains("Priya Raman").doesNotContain(headlineExample).doesNotContain(degreeExample);
    assertThat(total).isGreaterThan(6);
  }

  @Test
  void theGuideIsSkippableAndItsHintsCanBeTurnedOff() {
    openEditor("");
    page.locator("[data-profile='manager']").click();
    String example = profile("manager").path("fields").path("basics.label").path("example").asString();
    assertThat(field("basics.label").getAttribute("placeholder")).isEqualTo(example);
    page.locator("#guide-hints").click();
    assertThat(field("basics.label").getAttribute("placeholder")).isEqualTo("Software Engineer");
    page.locator("#guide-hints").click();
    assertThat(field("basics.label").getAttribute("placeholder")).isEqualTo(example);
    // Undo takes the guided set-up back
    page.locator("#btn-undo").click();
    assertThat(page.locator(".start-card").count()).isEqualTo(1);

    page.locator("#start-skip").click();
    assertThat(page.locator(".start-card").count()).isEqualTo(0);
    assertThat(field("basics.label").getAttribute("placeholder")).isEqualTo("Software Engineer");
    // the meter still counts the common parts of a resume
    assertThat(meter()).matches("\\d+ of \\d+ done");
    page.reload();
    page.waitForSelector("#editor[data-state='ready']");
    assertThat(page.locator(".start-card").count()).as("skipped stays skipped").isEqualTo(0);
  }

  @Test
  void newEntriesDoNotClaimPresentUntilTheUserSaysSo() {
    openEditor("");
    page.locator("#start-skip").click();
    assertThat(field("work.0.endDate.present").isChecked()).isFalse();
    assertThat(field("education.0.endDate.present").isChecked()).isFalse();
    page.locator("[data-focus-key='add:work']").click();
    assertThat(field("work.1.endDate.present").isChecked()).isFalse();
    page.locator("#form [data-focus-key='add-section']").selectOption("projects");
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName("Add section").setExact(true)).click();
    assertThat(field("projects.0.endDate.present").isChecked()).isFalse();

    // a fresher who studied from 2020 and has not typed the end yet: no "Present" anywhere
    field("basics.name").fill("Tomás Ferreira");
    field("education.0.institution").fill("Ridgeview University");
    field("education.0.studyType").fill("BSc Mechanical Engineering");
    field("education.0.startDate.month").selectOption("08");
    field("education.0.startDate").fill("2020");
    waitForPreviewIdle();
    String text = TestFiles.pdfText(read(page.waitForDownload(() -> page.locator("#btn-download").click()).path()));
    assertThat(text).contains("Ridgeview University", "Aug 2020").doesNotContain("Present");

    field("education.0.endDate.present").check();
    waitForPreviewIdle();
    text = TestFiles.pdfText(read(page.waitForDownload(() -> page.locator("#btn-download").click()).path()));
    assertThat(text).contains("Aug 2020 – Present");

    field("education.0.endDate.present").uncheck();
    field("education.0.endDate").fill("2024");
    waitForPreviewIdle();
    text = TestFiles.pdfText(read(page.waitForDownload(() -> page.locator("#btn-download").click()).path()));
    assertThat(text).contains("Aug 2020 – 2024").doesNotContain("Present");
  }
}
