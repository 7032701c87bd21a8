package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The resume's language as a person meets it in the editor: headings of the chosen language in
 * the preview, an Arabic resume mirrored in the preview, and characters no font can show named
 * before the download.
 */
class ResumeLanguageBrowserTests extends BrowserTestSupport {

  private static final Path SHOTS = Path.of("target", "screenshots");

  /** Runs {@code action} and returns the PDF of the preview render it causes. */
  private byte[] previewPdfAfter(Runnable action) {
    Response response = page.waitForResponse(
        r -> r.url().contains("/api/render") && r.request().method().equals("POST") && r.status() == 200, action);
    return response.body();
  }

  @Test
  void choosingGermanPrintsGermanHeadingsInThePreview() {
    openEditorWith(TestFiles.resume("one-page.json"));
    page.locator("#tab-design").click();
    int seq = previewSeq();
    byte[] pdf = previewPdfAfter(() -> page.locator("#design-language").fill("de"));
    waitForPreviewAfter(seq);
    // this template sets headings in capitals
    assertThat(TestFiles.pdfText(pdf)).containsIgnoringCase("Berufserfahrung").containsIgnoringCase("Ausbildung")
        .doesNotContainIgnoringCase("Experience").contains("heute");
    assertThat(savedResume()).contains("\"language\":\"de\"");
  }

  @Test
  void anArabicResumeIsMirroredInThePreview() throws IOException {
    openEditorWith(TestFiles.resume("arabic.json"));
    int seq = previewSeq();
    byte[] pdf = previewPdfAfter(() -> field("basics.label").fill("مهندسة برمجيات أولى"));
    waitForPreviewAfter(seq);
    waitForPreviewIdle();
    // the PDF the preview drew: Arabic, its first heading at the right of the page
    float[] heading = {Float.MAX_VALUE, 0, 0}; // left edge, baseline, height, in points
    float pageWidth;
    float pageHeight;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
      pageWidth = document.getPage(0).getMediaBox().getWidth();
      pageHeight = document.getPage(0).getMediaBox().getHeight();
      new PDFTextStripper() {
        @Override
        protected void writeString(String text, java.util.List<TextPosition> positions) {
          if (text.contains("الخبرة العملية")) {
            for (TextPosition p : positions) {
              heading[0] = Math.min(heading[0], p.getXDirAdj());
              heading[1] = p.getYDirAdj();
              heading[2] = Math.max(heading[2], p.getHeightDir());
            }
          }
        }
      }.getText(document);
    }
    assertThat(heading[0]).as("the heading starts right of the middle").isGreaterThan(pageWidth / 2);

    // and what the person sees: on the drawn page, the heading's row has ink only at the right
    BufferedImage drawn = picture(previewPicture());
    double scale = drawn.getHeight() / pageHeight;
    int top = (int) ((heading[1] - heading[2] * 0.8) * scale);
    int bottom = (int) ((heading[1] - heading[2] * 0.1) * scale);
    int firstInk = firstInkedColumn(drawn, top, bottom);
    assertThat(firstInk).as("first ink in the heading's row").isGreaterThan(drawn.getWidth() / 2);
    // the form's fields run from the right for Arabic text, and from the left for an e-mail
    page.locator("#tab-design").focus();
    BufferedImage name = ImageIO.read(new ByteArrayInputStream(field("basics.name").screenshot()));
    BufferedImage email = ImageIO.read(new ByteArrayInputStream(field("basics.email").screenshot()));
    assertThat(firstInkedColumn(name, 8, name.getHeight() - 8)).as("Arabic name field").isGreaterThan(name.getWidth() / 2);
    assertThat(firstInkedColumn(email, 8, email.getHeight() - 8)).as("e-mail field").isLessThan(email.getWidth() / 4);
    assertNoSeriousViolations("editor with an Arabic resume");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-arabic-desktop.png")));
    page.setViewportSize(390, 844);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-arabic-phone.png")));
  }

  @Test
  void charactersNoFontCanShowAreNamedWithTheirFieldBeforeTheDownload() {
    openEditorWith(TestFiles.resume("one-page.json"));
    int seq = previewSeq();
    field("basics.label").fill("ᚠ Engineer");
    waitForPreviewAfter(seq);
    waitForPreviewIdle();
    assertThat(page.locator("#preview-status").textContent())
        .contains("leaves out characters")
        .contains("/basics/label U+16A0");
  }

  private static BufferedImage picture(String dataUrl) throws IOException {
    byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  /** The leftmost pixel column with a dark pixel between rows {@code top} and {@code bottom}. */
  private static int firstInkedColumn(BufferedImage image, int top, int bottom) {
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = Math.max(0, top); y <= Math.min(image.getHeight() - 1, bottom); y++) {
        int rgb = image.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if ((rgb >>> 24) > 0 && grey < 160) {
          return x;
        }
      }
    }
    return -1;
  }
}
