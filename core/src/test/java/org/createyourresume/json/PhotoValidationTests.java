package org.createyourresume.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.createyourresume.model.Limits;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** basics.image: empty, a web address, or a small PNG or JPEG data URI, checked by its header. */
class PhotoValidationTests {

  private static final ResumeValidator VALIDATOR =
      new ResumeValidator(Set.of("classic"), Set.of("Carlito"), Limits.DEFAULT);

  private static List<Problem> errors(String image) {
    String json = "{\"basics\": {\"name\": \"A\", \"image\": \"" + image + "\"}}";
    return new JsonResumeReader(VALIDATOR).read(json).errors();
  }

  private static byte[] picture(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0x2E6B8F));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String uri(String type, byte[] bytes) {
    return "data:image/" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void acceptsASmallPng() {
    assertThat(errors(uri("png", picture("png", 400, 300)))).isEmpty();
  }

  @Test
  void acceptsASmallJpegOverTheTextLimitOfAField() {
    // noise compresses badly, so the URI is longer than the 10 000 characters a text field has
    BufferedImage noise = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < 400; y++) {
      for (int x = 0; x < 400; x++) {
        noise.setRGB(x, y, random.nextInt());
      }
    }
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(noise, "jpeg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String image = uri("jpeg", out.toByteArray());
    assertThat(image.length()).isGreaterThan(Limits.DEFAULT.maxFieldLength());

    assertThat(errors(image)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "https://example.com/me.jpg", "http://example.com/photo.png"})
  void acceptsNothingOrAWebAddress(String image) {
    assertThat(errors(image)).isEmpty();
  }

  @Test
  void refusesAPhotoOverFourHundredKilobytes() {
    byte[] png = picture("png", 10, 10);
    byte[] padded = new byte[400 * 1024 + 1];
    System.arraycopy(png, 0, padded, 0, png.length);

    assertThat(errors(uri("png", padded)))
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                "limit.image.bytes",
                "basics.image",
                "the photo has 401 KB; at most 400 KB are allowed (the editor makes a smaller"
                    + " one)"));
  }

  @Test
  void refusesAPhotoOverTwoThousandPixelsAcross() {
    assertThat(errors(uri("png", picture("png", 2001, 10))))
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple("limit.image.pixels", "basics.image"));
    assertThat(errors(uri("jpeg", picture("jpeg", 10, 2400))))
        .extracting(Problem::code, Problem::message)
        .containsExactly(
            tuple(
                "limit.image.pixels",
                "the photo is 10 × 2400 pixels; at most 2000 × 2000 are allowed (the editor makes"
                    + " a 400 × 400 one)"));
  }

  @Test
  void refusesDataWhoseBytesAreNotWhatItsTypeSays() {
    assertThat(errors(uri("png", picture("jpeg", 20, 20))))
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                "image.content",
                "basics.image",
                "the photo is labelled PNG but its data is not a PNG image; add the photo"
                    + " again"));
    assertThat(errors(uri("jpeg", "GIF89a not a jpeg".getBytes())))
        .extracting(Problem::code)
        .containsExactly("image.content");
    assertThat(errors("data:image/png;base64,%%%not-base64"))
        .extracting(Problem::code)
        .containsExactly("image.content");
  }

  @Test
  void refusesOtherImageTypesSuchAsSvg() {
    String svg =
        "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";
    assertThat(errors(uri("svg+xml", svg.getBytes())))
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                "image.type",
                "basics.image",
                "the photo is image/svg+xml; only PNG and JPEG photos can be used (add the photo"
                    + " in the editor, or give a PNG or JPEG as a data:image/png;base64 or"
                    + " data:image/jpeg;base64 URI)"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"javascript:alert(1)", "me.png", "file:///etc/passwd", "ftp://example.com/a.png",
          "https://"})
  void refusesAnythingElse(String image) {
    assertThat(errors(image))
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple("image.invalid", "basics.image"));
  }

  @Test
  void aPhotoOverItsLimitIsASizeProblemForTheRenderer() {
    byte[] padded = new byte[500 * 1024];
    System.arraycopy(picture("png", 10, 10), 0, padded, 0, 60);

    assertThat(VALIDATOR.sizeProblems(resume(uri("png", padded))))
        .extracting(Problem::code)
        .containsExactly("limit.image.bytes");
    assertThat(VALIDATOR.sizeProblems(resume("me.png"))).isEmpty();
  }

  private static Resume resume(String image) {
    String json = "{\"basics\": {\"name\": \"A\", \"image\": \"" + image + "\"}}";
    return new JsonResumeReader().read(json).resume();
  }
}
