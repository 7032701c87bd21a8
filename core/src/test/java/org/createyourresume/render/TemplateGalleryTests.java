package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Design;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gallery as a person sees it: every template's first page of one full resume, compared as
 * thumbnails, so that no two templates are the same design in another font. With
 * {@code -Dtemplates.pictures=true} the same test writes each first page to
 * {@code docs/templates/<id>.png} (600 px wide, the web app's software developer example), the
 * pictures the README and the docs show:
 *
 * <pre>./mvnw -B -o -pl core test -Dtest=TemplateGalleryTests -Dtemplates.pictures=true</pre>
 */
class TemplateGalleryTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();
  /** A resume with every common section, so that headers, headings and entries all show. */
  private static final String SAMPLE = "full.json";
  /** Resumes one page long in every template; full.json is checked by PageFitTests already. */
  private static final List<String> ONE_PAGE = List.of("fresher.json", "custom-sections.json");
  private static final int THUMB_WIDTH = 64;
  private static final int THUMB_HEIGHT = 90;
  private static final int PICTURE_WIDTH = 600;

  /**
   * The least mean absolute difference (0–255 grey levels per pixel of a 64 × 90 thumbnail) two
   * templates' first pages must have. At this size text is grey texture, so what remains is the
   * layout: where the header sits, how dark headings and bands are, one column or two. Measured
   * on full.json: one template in Noto Serif and in Noto Sans differs by 1.4 to 2.1 (the four
   * first templates), in another accent colour by 0.05; the closest pair of those four templates
   * differs by 9.0. The floor, about twice a font change, refuses a design that is another
   * template in a new font or colour and leaves room for two light one-column designs.
   */
  private static final double FLOOR = 4.0;

  static List<String> templates() {
    return RENDERER.templates().stream().map(TemplateInfo::id).toList();
  }

  @Test
  void noTwoTemplatesHaveNearIdenticalFirstPages() {
    Resume resume = TestResumes.load(SAMPLE);
    Map<String, int[]> thumbs = new LinkedHashMap<>();
    boolean pictures = Boolean.getBoolean("templates.pictures");
    for (String template : templates()) {
      thumbs.put(template, thumbnail(resume, template));
      if (pictures) {
        byte[] pdf = RENDERER.render(pictureResume(), RenderOptions.pdf().withTemplate(template)).content();
        writePicture(template, firstPage(pdf, PICTURE_WIDTH, ImageType.RGB));
      }
    }
    assertThat(thumbs).hasSizeGreaterThanOrEqualTo(2);

    List<Pair> pairs = new ArrayList<>();
    List<String> ids = List.copyOf(thumbs.keySet());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        pairs.add(new Pair(ids.get(i), ids.get(j), distance(thumbs.get(ids.get(i)), thumbs.get(ids.get(j)))));
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::distance));
    StringBuilder closest = new StringBuilder("Closest template pairs (mean grey difference of first pages):");
    pairs.stream().limit(5).forEach(p -> closest.append(String.format(Locale.ROOT, "%n  %-12s %-12s %6.2f",
        p.a(), p.b(), p.distance())));
    System.out.println(closest);
    assertThat(pairs.get(0).distance()).as(closest.toString()).isGreaterThan(FLOOR);
  }

  /**
   * The pictures of resumes in other languages and scripts that docs/TEMPLATES.md shows, each in
   * a template that shows off something of its layout: a German one in Modern, a Hindi one in
   * Classic (serif Devanagari), an Arabic one mirrored in Atlas (the sidebar swaps sides), a
   * Japanese one in Harbor. Each prints on one page with nothing left out; with
   * {@code -Dtemplates.pictures=true} they are written to {@code docs/templates/languages/}.
   */
  @Test
  void resumesInOtherLanguagesPrintWholeOnOnePage() {
    Map<String, String> pictures = new LinkedHashMap<>();
    pictures.put("german", "modern");
    pictures.put("hindi", "classic");
    pictures.put("arabic", "atlas");
    pictures.put("japanese", "harbor");
    pictures.forEach((language, template) -> {
      RenderResult result =
          RENDERER.render(TestResumes.load("scripts/" + language + ".json"), RenderOptions.pdf().withTemplate(template));
      assertThat(result.diagnostics()).as(language).isEmpty();
      assertThat(result.pages()).as(language).isEqualTo(1);
      if (Boolean.getBoolean("templates.pictures")) {
        writePicture("languages/" + language, firstPage(result.content(), PICTURE_WIDTH, ImageType.RGB));
      }
    });
  }

  /**
   * The measure itself: one template in a serif and in a sans-serif font, or in another accent
   * colour, stays below the floor, so a copy of a design in another font or colour cannot pass.
   */
  @Test
  void aFontOrColourAloneStaysBelowTheFloor() {
    Resume resume = TestResumes.load(SAMPLE);
    String template = templates().get(0);
    int[] serif = thumbnail(resume.withDesign(with(resume.design(), "Noto Serif", null)), template);
    int[] sans = thumbnail(resume.withDesign(with(resume.design(), "Noto Sans", null)), template);
    int[] recoloured = thumbnail(resume.withDesign(with(resume.design(), "Noto Serif", "#7a1f2b")), template);
    assertThat(distance(serif, sans)).isLessThan(FLOOR);
    assertThat(distance(serif, recoloured)).isLessThan(FLOOR);
  }

  private static Design with(Design d, String font, String accent) {
    return new Design(d.template(), font, d.fontSize(), accent != null ? accent : d.accentColor(), d.margins(),
        d.lineSpacing(), d.pageSize(), d.dateFormat(), d.language(), d.sectionOrder(), d.hiddenSections(),
        d.sectionTitles(), d.customSections(), d.unknown());
  }

  private static int[] thumbnail(Resume resume, String template) {
    byte[] pdf = RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content();
    return grey(firstPage(pdf, THUMB_WIDTH * 2, ImageType.GRAY), THUMB_WIDTH, THUMB_HEIGHT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void onePageResumesStayOnOnePage(String template) {
    for (String name : ONE_PAGE) {
      RenderResult result = RENDERER.render(TestResumes.load(name), RenderOptions.pdf().withTemplate(template));
      assertThat(result.pages()).as(name).isEqualTo(1);
    }
  }

  private record Pair(String a, String b, double distance) {}

  /** The first page rendered {@code width} pixels wide. */
  private static BufferedImage firstPage(byte[] pdf, int width, ImageType type) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      float pageWidth = document.getPage(0).getMediaBox().getWidth();
      return new PDFRenderer(document).renderImage(0, width / pageWidth, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page squeezed to {@code w} × {@code h} grey levels, smoothly, so text becomes texture. */
  private static int[] grey(BufferedImage page, int w, int h) {
    BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = small.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(page, 0, 0, w, h, null);
    g.dispose();
    int[] pixels = new int[w * h];
    small.getRaster().getPixels(0, 0, w, h, pixels);
    return pixels;
  }

  private static double distance(int[] a, int[] b) {
    long sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs(a[i] - b[i]);
    }
    return (double) sum / a.length;
  }

  /**
   * The resume the pictures show: the web app's software developer example, which fills a page,
   * read from the repository (the tests run in the core folder); full.json where it is missing.
   */
  private static Resume pictureResume() {
    Path example = Path.of("..", "web", "src", "main", "resources", "examples", "software-developer.json");
    // the gallery's sample carries a drawn stand-in photo, so a photo slot shows as it prints
    Path sample = Path.of("..", "web", "src", "main", "resources", "samples", "sample-resume.json");
    try {
      Resume resume = Files.exists(example) ? new JsonResumeReader().read(Files.readString(example)).resume()
          : TestResumes.load(SAMPLE);
      if (!Files.exists(sample)) {
        return resume;
      }
      String photo = new JsonResumeReader().read(Files.readString(sample)).resume().basicsOrEmpty().image();
      org.createyourresume.model.Basics b = resume.basicsOrEmpty();
      org.createyourresume.model.Basics withPhoto = new org.createyourresume.model.Basics(b.name(), b.label(),
          photo, b.email(), b.phone(), b.url(), b.summary(), b.location(), b.profiles(), b.unknown());
      return new Resume(resume.schema(), withPhoto, resume.work(), resume.volunteer(), resume.education(),
          resume.awards(), resume.certificates(), resume.publications(), resume.skills(), resume.languages(),
          resume.interests(), resume.references(), resume.projects(), resume.meta(), resume.unknown());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes docs/templates/<name>.png in the repository (the tests run in the core folder). */
  private static void writePicture(String name, BufferedImage page) {
    try {
      Path file = Path.of("..", "docs", "templates", name + ".png");
      Files.createDirectories(file.getParent());
      ImageIO.write(page, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
