package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.ReducedMotion;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optional photo: added from a file, cropped in the dialog (drag, zoom, keys), stored as a
 * 400 × 400 JPEG in basics.image, and removed again; on a phone the dialog fits the screen and
 * a finger moves the photo.
 */
class PhotoBrowserTests extends BrowserTestSupport {

  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String RESUME = "{\"basics\": {\"name\": \"Ana Lima\", \"label\": \"Nurse\"}}";

  /** A landscape PNG with four coloured quarters and a disc, so any crop shows where it is. */
  private static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    g.setColor(new Color(0x2E6B8F));
    g.fillRect(0, 0, width / 2, height / 2);
    g.setColor(new Color(0xE0A030));
    g.fillRect(width / 2, 0, width / 2, height / 2);
    g.setColor(new Color(0x3F8F4A));
    g.fillRect(0, height / 2, width / 2, height / 2);
    g.setColor(new Color(0x8F3F6B));
    g.fillRect(width / 2, height / 2, width / 2, height / 2);
    g.setColor(new Color(0xF2D7C4));
    g.fillOval(width / 2 - height / 4, height / 4, height / 2, height / 2);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private JsonNode storedBasics() {
    String json = (String) page.evaluate(
        "() => localStorage.getItem('cyr.resume.v1.' + localStorage.getItem('cyr.current.v1'))");
    return JSON.readTree(json).path("basics");
  }

  private String canvasPicture() {
    return (String) page.evaluate("() => document.getElementById('photo-canvas').toDataURL()");
  }

  @Test
  void addsACroppedPhotoAsA400PixelJpegAndRemovesIt() throws IOException {
    openEditorWith(RESUME);
    // off by default: nothing stored, an Add photo button and the note about countries
    assertThat(field("photo-add").isVisible()).isTrue();
    assertThat(storedBasics().has("image")).isFalse();
    assertThat(page.locator("#photo-note").textContent())
        .contains("prefer resumes without a photo", "US, UK, Canada, Ireland and Australia");
    page.locator(".photo-field").screenshot(
        new Locator.ScreenshotOptions().setPath(SHOTS.resolve("photo-field-empty-1440.png")));

    // a file that is not a PNG or JPEG is refused, whatever its name says
    page.setInputFiles("#photo-file",
        new FilePayload("photo.png", "image/png", "GIF89a not a png".getBytes()));
    // the file's first bytes are read before the error is written: wait for it
    page.waitForFunction("() => document.getElementById('photo-error').textContent.length > 0");
    assertThat(page.locator("#photo-error").textContent()).contains("is not a PNG or JPEG");
    assertThat(page.locator("#dlg-photo").isVisible()).isFalse();

    page.setInputFiles("#photo-file", new FilePayload("me.png", "image/png", png(1200, 800)));
    Locator dialog = page.locator("#dlg-photo");
    dialog.waitFor();
    Locator frame = page.locator("#photo-frame");
    assertThat((Boolean) frame.evaluate("f => document.activeElement === f")).isTrue();
    String before = canvasPicture();

    // zoom with the slider and the keyboard, move with the keys and by dragging
    page.locator("#photo-zoom").fill("1.5");
    frame.press("+");
    frame.press("ArrowRight");
    BoundingBox box = frame.boundingBox();
    page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
    page.mouse().down();
    page.mouse().move(box.x + box.width / 2 - 60, box.y + box.height / 2 + 30,
        new Mouse.MoveOptions().setSteps(4));
    page.mouse().up();
    assertThat(Double.parseDouble(page.locator("#photo-zoom").inputValue())).isGreaterThan(1.5);
    assertThat(canvasPicture()).isNotEqualTo(before);
    page.locator("input[name='photo-shape'][value='square']").check();
    assertThat(page.locator("#photo-mask").getAttribute("data-shape")).isEqualTo("square");
    page.locator("input[name='photo-shape'][value='round']").check();
    assertNoSeriousViolations("photo crop dialog");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("photo-dialog-1440.png")));
    // without transitions, so that the dark screenshot does not catch colours half-way
    page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
    page.evaluate("() => { document.documentElement.dataset.theme = 'dark'; }");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("photo-dialog-1440-dark.png")));
    page.evaluate("() => { document.documentElement.dataset.theme = 'light'; }");

    page.locator("#photo-use").click();
    assertThat(dialog.isVisible()).isFalse();
    page.waitForFunction("() => document.getElementById('save-status').textContent.startsWith('Saved')"
        + " && (localStorage.getItem('cyr.resume.v1.' + localStorage.getItem('cyr.current.v1')) || '')"
        + ".includes('data:image/jpeg')");
    String image = storedBasics().path("image").asString();
    assertThat(image).startsWith("data:image/jpeg;base64,");
    BufferedImage stored = ImageIO.read(new ByteArrayInputStream(
        Base64.getDecoder().decode(image.substring(image.indexOf(',') + 1))));
    assertThat(stored.getWidth()).isEqualTo(400);
    assertThat(stored.getHeight()).isEqualTo(400);
    assertThat(image.length()).isLessThan(60_000);
    assertThat(page.locator("#form img.photo-thumb").isVisible()).isTrue();
    assertThat((Boolean) page.evaluate(
        "() => document.activeElement.dataset.focusKey === 'photo-change'")).isTrue();
    // the server accepts what the editor made: the preview renders with it
    waitForPreviewIdle();
    assertThat(page.locator("#preview-problems").isVisible()).isFalse();
    page.locator(".photo-field").screenshot(
        new Locator.ScreenshotOptions().setPath(SHOTS.resolve("photo-field-1440.png")));

    field("photo-remove").click();
    page.waitForFunction("() => !(localStorage.getItem('cyr.resume.v1.'"
        + " + localStorage.getItem('cyr.current.v1')) || '').includes('data:image')");
    assertThat(storedBasics().has("image")).isFalse();
    assertThat(field("photo-add").isVisible()).isTrue();
  }

  @Test
  void onAPhoneTheDialogFitsTheScreenAndAFingerMovesThePhoto() {
    context.close();
    context = browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
    context.setDefaultTimeout(15_000);
    page = context.newPage();
    watch(page, "");
    openEditorWith(RESUME);
    page.setInputFiles("#photo-file", new FilePayload("me.png", "image/png", png(800, 1200)));
    page.locator("#dlg-photo").waitFor();
    for (String id : List.of("#dlg-photo", "#photo-frame", "#photo-use", "#photo-cancel")) {
      BoundingBox box = page.locator(id).boundingBox();
      assertThat(box.x).as(id).isGreaterThanOrEqualTo(0);
      assertThat(box.y).as(id).isGreaterThanOrEqualTo(0);
      assertThat(box.x + box.width).as(id).isLessThanOrEqualTo(390);
      assertThat(box.y + box.height).as(id).isLessThanOrEqualTo(844);
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("photo-dialog-390.png")));

    // a finger drags the photo up: touch events become pointer events
    String before = canvasPicture();
    BoundingBox frame = page.locator("#photo-frame").boundingBox();
    double x = frame.x + frame.width / 2;
    double y = frame.y + frame.height / 2;
    var cdp = context.newCDPSession(page);
    cdp.send("Input.dispatchTouchEvent", touch("touchStart", x, y));
    for (int step = 1; step <= 5; step++) {
      cdp.send("Input.dispatchTouchEvent", touch("touchMove", x, y - step * 20));
    }
    var end = new JsonObject();
    end.addProperty("type", "touchEnd");
    end.add("touchPoints", new JsonArray());
    cdp.send("Input.dispatchTouchEvent", end);
    assertThat(canvasPicture()).isNotEqualTo(before);
    page.evaluate("() => { document.documentElement.dataset.theme = 'dark'; }");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("photo-dialog-390-dark.png")));
    page.locator("#photo-use").click();
    page.locator(".photo-field img").waitFor();
    page.locator(".photo-field").screenshot(
        new Locator.ScreenshotOptions().setPath(SHOTS.resolve("photo-field-390-dark.png")));
  }

  /** A Chrome DevTools touch event with one finger at (x, y). */
  private static JsonObject touch(String type, double x, double y) {
    var point = new JsonObject();
    point.addProperty("x", x);
    point.addProperty("y", y);
    var points = new JsonArray();
    points.add(point);
    var event = new JsonObject();
    event.addProperty("type", type);
    event.add("touchPoints", points);
    return event;
  }
}
