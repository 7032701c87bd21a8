package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EditorBrowserTests extends BrowserTestSupport {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String THREE_JOBS =
      "{\"basics\":{\"name\":\"Rosa Delgado\",\"email\":\"rosa@example.com\"},\"work\":["
          + "{\"name\":\"Alpha Corp\",\"position\":\"Analyst\",\"startDate\":\"2016-01\",\"endDate\":\"2018-01\"},"
          + "{\"name\":\"Beta Ltd\",\"position\":\"Lead\",\"startDate\":\"2018-02\",\"endDate\":\"2020-01\"},"
          + "{\"name\":\"Gamma Inc\",\"position\":\"Manager\",\"startDate\":\"2020-02\"}]}";

  private List<String> employers() {
    JsonNode work = JSON.readTree(savedResume()).path("work");
    return work.valueStream().map(w -> w.path("name").asString()).toList();
  }

  @Test
  void buildsAResumeFromBlankWithSeveralSectionsAndDownloadsItsPdf() {
    openEditor("");
    field("basics.name").fill("Jonas Albrecht");
    field("basics.label").fill("Backend Developer");
    field("basics.email").fill("jonas.albrecht@example.com");
    field("basics.phone").fill("+49 30 1234567");
    field("basics.location.city").fill("Berlin");
    field("basics.summary").fill("Backend developer who builds calm, observable services in Go and Java.");

    field("work.0.position").fill("Software Engineer");
    field("work.0.name").fill("Kranich Logistics");
    field("work.0.startDate.month").selectOption("03");
    field("work.0.startDate").fill("2021");
    page.locator("[data-focus-key='add:work.0.highlights']").click();
    field("work.0.highlights.0").fill("Cut parcel routing time by 35% with a new matching service.");
    field("work.0.highlights.0").press("Enter");
    page.keyboard().type("Mentored four junior engineers through their first on-call rotation.");

    field("education.0.institution").fill("Technische Universitat Berlin");
    field("education.0.studyType").fill("BSc");
    field("education.0.area").fill("Computer Science");
    field("education.0.endDate.present").uncheck();
    field("education.0.endDate").fill("2020");

    field("skills.0.name").fill("Languages");
    page.locator("[data-focus-key='add:skills.0.keywords']").click();
    field("skills.0.keywords.0").fill("Go");

    page.locator("#form [data-focus-key='add-section']").selectOption("projects");
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Add section").setExact(true)).click();
    field("projects.0.name").fill("Open Timetable");
    field("projects.0.description").fill("A public transit timetable API used by three cities.");

    waitForPreviewIdle();
    Download download = page.waitForDownload(() -> page.locator("#btn-download").click());
    assertThat(download.suggestedFilename()).isEqualTo("Jonas_Albrecht_Resume.pdf");
    String text = TestFiles.pdfText(read(download.path()));
    assertThat(text).contains("Jonas Albrecht", "Backend Developer", "jonas.albrecht@example.com",
        "Berlin", "Kranich Logistics", "Software Engineer", "Mar 2021",
        "Cut parcel routing time by 35%", "Mentored four junior engineers",
        "Technische Universitat Berlin", "Computer Science", "Go", "Open Timetable",
        "A public transit timetable API");
  }

  @Test
  void downloadsWordPlainTextAndMarkdownFromTheFormatsMenuByKeyboard() throws Exception {
    openEditorWith(THREE_JOBS);
    field("basics.name").fill("Ada Quinn");
    waitForPreviewIdle();
    page.locator("#btn-more").focus();
    page.keyboard().press("Enter");
    assertThat(page.locator("#btn-more").getAttribute("aria-expanded")).isEqualTo("true");
    // the first item has focus; Enter downloads the Word document
    Download docx = page.waitForDownload(() -> page.keyboard().press("Enter"));
    assertThat(docx.suggestedFilename()).isEqualTo("Ada_Quinn_Resume.docx");
    String body = docxBody(read(docx.path()));
    assertThat(body).contains("Ada Quinn", "Alpha Corp", "Beta Ltd", "Gamma Inc").doesNotContain("<w:tbl");
    assertThat(page.locator("#more-menu").isHidden()).isTrue();

    page.locator("#btn-more").click();
    Download ascii = page.waitForDownload(() -> page.getByText("Plain text, ASCII only, 80 columns (.txt)").click());
    String text = new String(read(ascii.path()), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("Ada Quinn\n").contains("Alpha Corp | Analyst");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(text.chars()).allMatch(c -> c < 128);

    page.locator("#btn-more").click();
    page.keyboard().press("Escape");
    assertThat(page.locator("#more-menu").isHidden()).isTrue();
    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("btn-more");

    page.locator("#btn-more").click();
    Download markdown = page.waitForDownload(() -> page.getByText("Markdown (.md)").click());
    assertThat(markdown.suggestedFilename()).isEqualTo("Ada_Quinn_Resume.md");
    assertThat(new String(read(markdown.path()), java.nio.charset.StandardCharsets.UTF_8)).startsWith("# Ada Quinn\n");
  }

  private static String docxBody(byte[] docx) throws java.io.IOException {
    try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }

  @Test
  void reordersEntriesByDragAndDrop() {
    openEditorWith(THREE_JOBS);
    // folded entries fit on the screen together, as a user would arrange them to drag
    for (int i = 0; i < 3; i++) {
      field("toggle:work." + i).click();
    }
    field("handle:work.2").scrollIntoViewIfNeeded();
    Locator handles = page.locator("#form .handle-entry[data-focus-key^='handle:work.']");
    BoundingBox from = handles.nth(2).boundingBox();
    BoundingBox to = handles.nth(0).boundingBox();
    page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
    page.mouse().down();
    page.mouse().move(from.x + from.width / 2, from.y + from.height / 2 - 10,
        new Mouse.MoveOptions().setSteps(5));
    page.mouse().move(to.x + to.width / 2, to.y + 2, new Mouse.MoveOptions().setSteps(25));
    page.mouse().up();
    page.waitForFunction("() => document.querySelector(\"[data-focus-key='work.0.name']\").value === 'Gamma Inc'");
    assertThat(employers()).containsExactly("Gamma Inc", "Alpha Corp", "Beta Ltd");
  }

  @Test
  void reordersEntriesSectionsAndBulletsWithTheKeyboardOnly() {
    openEditorWith(THREE_JOBS);
    field("handle:work.0").focus();
    page.keyboard().press("ArrowDown");
    assertThat(employers()).containsExactly("Beta Ltd", "Alpha Corp", "Gamma Inc");
    // focus follows the moved entry, so a second press moves it again
    assertThat(page.evaluate("() => document.activeElement.dataset.focusKey")).isEqualTo("handle:work.1");
    page.keyboard().press("ArrowDown");
    assertThat(employers()).containsExactly("Beta Ltd", "Gamma Inc", "Alpha Corp");
    // the Move up button, reached and pressed with keys
    field("up:work.2").focus();
    page.keyboard().press("Enter");
    assertThat(employers()).containsExactly("Beta Ltd", "Alpha Corp", "Gamma Inc");
    assertThat(page.evaluate("() => document.activeElement.dataset.focusKey")).isEqualTo("up:work.1");
    assertThat(page.locator("#announcer").textContent()).contains("position 2 of 3");

    // whole sections move too: Experience goes below Education
    page.locator("#form select[data-focus-key='add-section']").selectOption("education");
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Add section").setExact(true)).click();
    field("shandle:work").focus();
    page.keyboard().press("ArrowDown");
    JsonNode order = JSON.readTree(savedResume()).path("meta").path("createYourResume").path("sectionOrder");
    assertThat(order.valueStream().map(JsonNode::asString).toList()).containsExactly("education", "work");
  }

  @Test
  void switchingTemplateAndStyleChangesThePreview() {
    openEditorWith(TestFiles.resume("one-page.json"));
    String classic = previewPicture();
    page.locator("#tab-design").click();

    int seq = previewSeq();
    page.locator("label.template-option:has(input[value='modern'])").click();
    waitForPreviewAfter(seq);
    String modern = previewPicture();
    assertThat(modern).isNotEqualTo(classic);

    seq = previewSeq();
    page.locator("#design-accent").fill("#b91c1c");
    waitForPreviewAfter(seq);
    String red = previewPicture();
    assertThat(red).isNotEqualTo(modern);

    seq = previewSeq();
    page.locator("#design-size").fill("12");
    waitForPreviewAfter(seq);
    assertThat(previewPicture()).isNotEqualTo(red);

    seq = previewSeq();
    page.locator("#design-page").selectOption("Letter");
    waitForPreviewAfter(seq);

    JsonNode design = JSON.readTree(savedResume()).path("meta").path("createYourResume");
    assertThat(design.path("template").asString()).isEqualTo("modern");
    assertThat(design.path("accentColor").asString()).isEqualTo("#b91c1c");
    assertThat(design.path("fontSize").asDouble()).isEqualTo(12.0);
    assertThat(design.path("pageSize").asString()).isEqualTo("Letter");

    // the downloaded PDF is the one the preview showed: Letter paper
    Download download = page.waitForDownload(() -> page.locator("#btn-download").click());
    byte[] pdf = read(download.path());
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(611f, 613f);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Opens the Import dialog and uploads a file; waits for the review or the refusal. */
  private void importFile(String name, String type, byte[] content) {
    page.locator("#btn-import").click();
    page.locator("#import-file").setInputFiles(new FilePayload(name, type, content));
    page.waitForSelector("#import-step-review:not([hidden]), #import-error:not([hidden])");
  }

  @Test
  void importsAndExportsJsonResume() {
    openEditor("");
    importFile("tomas.json", "application/json",
        TestFiles.resume("old-dialect.json").getBytes(StandardCharsets.UTF_8));
    assertThat(page.locator("#import-found").innerText()).contains("Tomás Ribeiro", "Oceano Labs");
    page.locator("#import-as-new").click();
    page.waitForSelector("#message:not([hidden])");
    assertThat(page.locator("#message-text").textContent()).contains("Imported", "tomas.json");
    assertThat(field("basics.name").inputValue()).isEqualTo("Tomás Ribeiro");
    assertThat(field("basics.profiles.0.username").inputValue()).isEqualTo("tribeiro");

    page.locator("#btn-more").click();
    Download download = page.waitForDownload(() -> page.locator("#btn-export").click());
    assertThat(download.suggestedFilename()).isEqualTo("Tomas_Ribeiro_Resume.json");
    JsonNode exported = JSON.readTree(new String(read(download.path()), StandardCharsets.UTF_8));
    assertThat(exported.path("basics").path("name").asString()).isEqualTo("Tomás Ribeiro");
    assertThat(exported.path("basics").path("url").asString()).isEqualTo("https://tomas.example.net");
    assertThat(exported.path("basics").path("favouriteColour").asString()).isEqualTo("teal");
    assertThat(exported.path("x-custom").path("kept").asBoolean()).isTrue();
    assertThat(exported.path("work").get(0).path("name").asString()).isEqualTo("Oceano Labs");
  }

  @Test
  void aBrokenImportLeavesTheResumeIntact() {
    openEditorWith(THREE_JOBS);
    String before = savedResume();
    importFile("broken.json", "application/json",
        "{\n  \"basics\": { \"name\": \"X\" ,, }\n}".getBytes(StandardCharsets.UTF_8));
    assertThat(page.locator("#import-error").textContent())
        .contains("broken.json", "could not be imported", "unchanged", "line 2");
    page.keyboard().press("Escape");
    assertThat(field("basics.name").inputValue()).isEqualTo("Rosa Delgado");
    assertThat(savedResume()).isEqualTo(before);
    assertThat(page.evaluate("() => JSON.parse(localStorage.getItem('cyr.resumes.v1')).length")).isEqualTo(1);
  }

  @Test
  void reloadKeepsTheAutosavedResumeAndMyResumesListsSeveral() {
    openEditor("");
    field("basics.name").fill("Priya Raman");
    field("work.0.name").fill("Lumen Health");
    savedResume();
    page.reload();
    page.waitForSelector("#editor[data-state='ready']");
    assertThat(field("basics.name").inputValue()).isEqualTo("Priya Raman");
    assertThat(field("work.0.name").inputValue()).isEqualTo("Lumen Health");

    page.locator("#btn-resumes").click();
    page.locator("#btn-new-blank").click();
    field("basics.name").fill("Second Person");
    savedResume();
    page.locator("#btn-resumes").click();
    Locator items = page.locator("#resume-list .resume-item");
    assertThat(items.count()).isEqualTo(2);
    assertThat(items.allTextContents()).anyMatch(t -> t.contains("Priya Raman"));
    items.filter(new Locator.FilterOptions().setHasText("Priya Raman")).getByText("Open").click();
    assertThat(field("basics.name").inputValue()).isEqualTo("Priya Raman");
  }

  @Test
  void theSameExampleOpenedTwiceAndACopyHaveNamesOfTheirOwnThatNeverReachThePdf() {
    openEditor("?example=software-developer");
    String content = savedResume();
    openEditor("?example=software-developer");
    page.locator("#btn-resumes").click();
    Locator names = page.locator("#resume-list .resume-item-name");
    assertThat(names.allTextContents())
        .containsExactlyInAnyOrder("Software developer example", "Software developer example (2)");
    // "New from example" sits on one line with its list
    var label = page.locator(".new-resume-label").boundingBox();
    var select = page.locator("#new-from-example").boundingBox();
    assertThat(Math.abs((label.y + label.height / 2) - (select.y + select.height / 2))).isLessThan(4);
    assertNoSeriousViolations("My resumes");

    page.locator("#resume-list .resume-item.is-current").getByText("Duplicate").click();
    assertThat(names.allTextContents()).contains("Software developer example (2) (copy)");
    // a copy differs by its name in My resumes, not by its content
    page.locator("#resume-list .resume-item").filter(new Locator.FilterOptions()
        .setHasText("(copy)")).getByText("Open").click();
    assertThat(savedResume()).isEqualTo(content);
  }

  @Test
  void undoAndRedoWorkAcrossFieldsAndStructure() {
    openEditorWith(THREE_JOBS);
    field("basics.name").fill("Rosa M. Delgado");
    page.locator("#btn-undo").click();
    assertThat(field("basics.name").inputValue()).isEqualTo("Rosa Delgado");
    page.locator("#btn-redo").click();
    assertThat(field("basics.name").inputValue()).isEqualTo("Rosa M. Delgado");
    field("dup:work.0").click();
    assertThat(employers()).containsExactly("Alpha Corp", "Alpha Corp", "Beta Ltd", "Gamma Inc");
    page.keyboard().press("Control+z");
    assertThat(employers()).containsExactly("Alpha Corp", "Beta Ltd", "Gamma Inc");
  }

  @Test
  void removingSomethingWithContentAsksFirst() {
    openEditorWith(THREE_JOBS);
    field("remove:work.1").click();
    assertThat(page.locator("#dlg-confirm").isVisible()).isTrue();
    assertThat(page.locator("#dlg-confirm-text").textContent()).contains("Lead · Beta Ltd");
    page.locator("#dlg-confirm-cancel").click();
    assertThat(employers()).containsExactly("Alpha Corp", "Beta Ltd", "Gamma Inc");
    field("remove:work.1").click();
    page.locator("#dlg-confirm-ok").click();
    assertThat(employers()).containsExactly("Alpha Corp", "Gamma Inc");
  }

  @Test
  void hidingAndRenamingASectionShowsInThePdf() {
    openEditorWith(TestFiles.resume("one-page.json"));
    field("rename:work").click();
    page.locator("#dlg-prompt-input").fill("Work Experience");
    page.locator("#dlg-prompt-ok").click();
    field("hide:skills").click();
    savedResume();
    Download download = page.waitForDownload(() -> page.locator("#btn-download").click());
    String text = TestFiles.pdfText(read(download.path()));
    assertThat(text).containsIgnoringCase("Work Experience").doesNotContain("Intune");
  }

  @Test
  void addsACustomSectionThatReachesThePdf() {
    openEditorWith(TestFiles.resume("one-page.json"));
    page.locator("#form select[data-focus-key='add-section']").selectOption("__custom");
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Add section").setExact(true)).click();
    page.locator("#dlg-prompt-input").fill("Talks");
    page.locator("#dlg-prompt-ok").click();
    field("meta.createYourResume.customSections.0.entries.0.title").fill("Keeping 400 laptops patched");
    field("meta.createYourResume.customSections.0.entries.0.subtitle").fill("Northern IT Meetup");
    savedResume();
    JsonNode custom = JSON.readTree(savedResume()).path("meta").path("createYourResume")
        .path("customSections").get(0);
    assertThat(custom.path("id").asString()).isEqualTo("talks");
    waitForPreviewIdle();
    Download download = page.waitForDownload(() -> page.locator("#btn-download").click());
    assertThat(TestFiles.pdfText(read(download.path())))
        .containsIgnoringCase("Talks").contains("Keeping 400 laptops patched", "Northern IT Meetup");
  }

  @Test
  void startsFromEachExample() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    String list = http.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(url("/api/examples"))).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    JsonNode examples = JSON.readTree(list);
    assertThat(examples.size()).isPositive();
    for (JsonNode example : examples) {
      context.clearCookies();
      page.navigate(url("/editor"));
      page.evaluate("() => localStorage.clear()");
      openEditor("?example=" + example.path("id").asString());
      assertThat(field("basics.name").inputValue()).isEqualTo(example.path("name").asString());
      assertThat(page.locator("#preview-pages canvas").count()).isPositive();
      assertThat(page.url()).endsWith("/editor");
    }
  }
}
