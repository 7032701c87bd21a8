package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.ExtractedDocument;
import org.createyourresume.ats.extract.ImageFact;
import org.createyourresume.ats.extract.PdfExtractor;
import org.createyourresume.model.Basics;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;

/**
 * The photo prints only in a template with a photo slot, as decoration: the text layer is the
 * same with and without it, and a template without a slot ignores it. Contact icons never
 * replace text and are not counted as pictures.
 */
class PhotoSlotTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();
  private static final PdfExtractor EXTRACTOR = new PdfExtractor(AtsLimits.DEFAULT);

  @Test
  void theSlotTemplatePrintsThePhotoAsAnArtifactAndChangesNoText() throws IOException {
    Resume plain = TestResumes.load("full.json");
    Resume withPhoto = withImage(plain, photo());

    ExtractedDocument without = extract(plain, "portrait");
    ExtractedDocument with = extract(withPhoto, "portrait");

    assertThat(with.facts().images()).hasSize(1);
    ImageFact picture = with.facts().images().get(0);
    assertThat(picture.width()).isBetween(60f, 90f); // 26 mm
    assertThat(without.facts().images()).isEmpty();
    assertThat(text(with)).isEqualTo(text(without));
  }

  @Test
  void templatesWithoutASlotIgnoreThePhoto() throws IOException {
    Resume withPhoto = withImage(TestResumes.load("full.json"), photo());
    for (TemplateInfo t : RENDERER.templates()) {
      if (!t.photo()) {
        assertThat(extract(withPhoto, t.id()).facts().images()).as(t.id()).isEmpty();
      }
    }
  }

  @Test
  void aPhotoThatIsNotAnInlinePngOrJpegIsLeftOut() {
    Resume remote = withImage(TestResumes.load("full.json"), "https://example.com/me.png");
    assertThat(extract(remote, "portrait").facts().images()).isEmpty();
  }

  @Test
  void contactIconsAreDecorationBesideTheText() {
    Resume resume = TestResumes.load("full.json");
    for (TemplateInfo t : RENDERER.templates()) {
      ExtractedDocument extracted = extract(resume, t.id());
      assertThat(extracted.facts().images()).as(t.id() + ": icons are not pictures").isEmpty();
      assertThat(text(extracted)).as(t.id()).contains("amelia.fernandez@example.com", "+34 612 345 678");
    }
  }

  private static ExtractedDocument extract(Resume resume, String template) {
    return EXTRACTOR.extract(RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content());
  }

  private static String text(ExtractedDocument extracted) {
    StringBuilder text = new StringBuilder();
    extracted.lines().forEach(l -> text.append(l.text()).append('\n'));
    return text.toString();
  }

  private static Resume withImage(Resume r, String image) {
    Basics b = r.basicsOrEmpty();
    Basics basics = new Basics(b.name(), b.label(), image, b.email(), b.phone(), b.url(), b.summary(),
        b.location(), b.profiles(), b.unknown());
    return new Resume(r.schema(), basics, r.work(), r.volunteer(), r.education(), r.awards(), r.certificates(),
        r.publications(), r.skills(), r.languages(), r.interests(), r.references(), r.projects(), r.meta(),
        r.unknown());
  }

  /** A small square picture, as the editor's crop dialog makes them. */
  private static String photo() throws IOException {
    BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x9ab0c8));
    g.fillRect(0, 0, 120, 120);
    g.setColor(new Color(0x3b4a5c));
    g.fillOval(35, 20, 50, 50);
    g.fillOval(15, 75, 90, 80);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
  }
}
