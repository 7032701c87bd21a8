package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.createyourresume.model.Design;
import org.createyourresume.model.Margins;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.model.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fitting a resume on a number of pages: checked on the PDF rendered with the settings the fit
 * returns, in every template.
 */
class PageFitTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  /** Between 1.1 (compact) and 1.5 (classic) pages, at 11 pt with line spacing 1.3. */
  private static final String OVER_ONE_PAGE = "fit/over-one-page.json";

  static List<String> templates() {
    return RENDERER.templates().stream().map(TemplateInfo::id).toList();
  }

  private static RenderResult render(Resume resume, String template) {
    return RENDERER.render(resume, RenderOptions.pdf().withTemplate(template));
  }

  private static PageFit fit(Resume resume, String template, int pages) {
    return RENDERER.fit(resume, RenderOptions.pdf().withTemplate(template), pages);
  }

  /** What a render with {@code design} uses: the template's defaults where it sets nothing. */
  private static PageFit asRendered(Resume resume, String template) {
    return fit(resume, template, 99);
  }

  @ParameterizedTest
  @MethodSource("templates")
  void aResumeJustOverOnePageFitsOnOne(String template) {
    Resume resume = TestResumes.load(OVER_ONE_PAGE);
    assertThat(render(resume, template).pages()).as("the fixture overflows").isEqualTo(2);

    PageFit fit = fit(resume, template, 1);

    assertThat(fit.fits()).isTrue();
    assertThat(fit.changed()).isTrue();
    assertThat(fit.pages()).isEqualTo(1);
    assertThat(fit.leftover()).isEqualTo(PageFit.Leftover.NONE);
    assertThat(fit.message()).startsWith("Fits on one page with ");
    // a handful of layouts, not a render per step
    assertThat(fit.layouts()).isBetween(3, 10);

    RenderResult fitted = render(resume.withDesign(fit.design()), template);
    assertThat(fitted.pages()).isEqualTo(1);
    assertThat(fitted.diagnostics()).isEmpty();
    PdfFacts pdf = PdfFacts.of(fitted.content());
    String text = PdfFacts.flat(pdf.text());
    for (Work job : resume.workList()) {
      for (String bullet : job.highlightList()) {
        assertThat(text).contains(bullet);
      }
    }
    float body = line(pdf, "Cut the monthly error budget").fontSize();
    // the engine lays text out in its own units: 9.5 pt may come out as 9.4875 pt
    assertThat(body).isGreaterThanOrEqualTo(9.45f).isCloseTo((float) fit.fontSize(), within(0.05f));
    // headings are sized from the body text, so they shrink with it and stay larger
    float name = line(pdf, "Jonas Whitfield").fontSize();
    float before = line(PdfFacts.of(render(resume, template).content()), "Jonas Whitfield").fontSize();
    assertThat(name / body).isCloseTo(before / 11f, within(0.05f));
  }

  @ParameterizedTest
  @MethodSource("templates")
  void onlyLowersSizeSpacingAndMarginsWithinTheirFloors(String template) {
    Resume resume = TestResumes.load(OVER_ONE_PAGE);
    PageFit start = asRendered(resume, template);
    PageFit fit = fit(resume, template, 1);

    assertThat(fit.fontSize()).isLessThanOrEqualTo(start.fontSize()).isGreaterThanOrEqualTo(9.5);
    assertThat(fit.lineSpacing())
        .isLessThanOrEqualTo(start.lineSpacing())
        .isGreaterThanOrEqualTo(1.05);
    Margins was = start.margins();
    Margins now = fit.margins();
    assertThat(now.top()).isLessThanOrEqualTo(was.top()).isGreaterThanOrEqualTo(10);
    assertThat(now.bottom()).isLessThanOrEqualTo(was.bottom()).isGreaterThanOrEqualTo(10);
    assertThat(now.left()).isLessThanOrEqualTo(was.left()).isGreaterThanOrEqualTo(12);
    assertThat(now.right()).isLessThanOrEqualTo(was.right()).isGreaterThanOrEqualTo(12);
    // the least visible lever first: the font only shrinks once spacing and margins are spent
    if (fit.fontSize() < start.fontSize()) {
      assertThat(fit.lineSpacing()).isEqualTo(1.05);
      assertThat(now.top()).isEqualTo(10.0);
    } else if (!now.equals(was)) {
      assertThat(fit.lineSpacing()).isEqualTo(1.05);
    }
    // and each only as far as needed: one step less of the last lever used does not fit
    Design original = resume.design();
    assertThat(fit.design().withSizes(original.fontSize(), original.lineSpacing(), original.margins()))
        .as("nothing but size, spacing and margins changes")
        .isEqualTo(original);
    if (fit.fontSize() < start.fontSize()) {
      Design lessSmall = fit.design().withSizes(fit.fontSize() + 0.25, fit.lineSpacing(), now);
      assertThat(render(resume.withDesign(lessSmall), template).pages()).isEqualTo(2);
    } else if (!now.equals(was)) {
      // margins move in proportion, at most half a millimetre a side per step
      Margins wider = new Margins(now.top() + 0.5, now.right() + 0.5, now.bottom() + 0.5,
          now.left() + 0.5, null);
      Design lessNarrow = fit.design().withSizes(fit.fontSize(), fit.lineSpacing(), wider);
      assertThat(render(resume.withDesign(lessNarrow), template).pages()).isEqualTo(2);
    } else {
      Design lessTight =
          fit.design().withSizes(fit.fontSize(), fit.lineSpacing() + 0.01, fit.design().margins());
      assertThat(render(resume.withDesign(lessTight), template).pages()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @MethodSource("templates")
  void aOnePageResumeIsLeftAsItIs(String template) {
    Resume resume = TestResumes.load("full.json");
    PageFit fit = fit(resume, template, 1);
    assertThat(fit.fits()).isTrue();
    assertThat(fit.changed()).isFalse();
    assertThat(fit.pages()).isEqualTo(1);
    assertThat(fit.design()).isEqualTo(resume.design());
    assertThat(fit.layouts()).isEqualTo(1);
    assertThat(fit.message()).isEqualTo("Already fits on one page; nothing was changed.");
  }

  @ParameterizedTest
  @MethodSource("templates")
  void aResumeFarTooLongSaysHowMuchIsLeftOver(String template) {
    Resume resume = TestResumes.load("three-pages.json");
    PageFit fit = fit(resume, template, 1);

    assertThat(fit.fits()).isFalse();
    assertThat(fit.layouts()).isLessThanOrEqualTo(3);
    // the tightest readable settings, which bring it as close as it gets
    assertThat(fit.fontSize()).isEqualTo(9.5);
    assertThat(fit.lineSpacing()).isEqualTo(1.05);
    assertThat(fit.margins()).isEqualTo(new Margins(10.0, 12.0, 10.0, 12.0, null));
    RenderResult tightest = render(resume.withDesign(fit.design()), template);
    assertThat(fit.pages()).isEqualTo(tightest.pages()).isGreaterThan(1);

    // what is left over is what the PDF prints past page one: about as many lines
    PageFit.Leftover leftover = fit.leftover();
    long linesPastPageOne =
        PdfFacts.of(tightest.content()).lines().stream()
            .filter(l -> l.page() > 1 && !l.text().matches("Page \\d+ of \\d+"))
            .count();
    assertThat((double) leftover.lines()).isBetween(0.7 * linesPastPageOne, 1.3 * linesPastPageOne);
    assertThat(leftover.fraction()).isGreaterThan(0).isLessThanOrEqualTo(fit.pages() - 1);
    assertThat(leftover.message())
        .isEqualTo(fit.message())
        .startsWith("Even at the tightest readable settings (9.5 pt text, line spacing 1.05,"
            + " margins 10–12 mm) the resume takes " + fit.pages() + " pages: about "
            + leftover.lines() + " lines (")
        .endsWith("more than fits on one page. Shorten it by that much, or allow "
            + fit.pages() + " pages.");
  }

  @Test
  void fitsOnMorePagesWhenAskedTo() {
    Resume resume = TestResumes.load("three-pages.json");
    assertThat(render(resume, "classic").pages()).isEqualTo(3);
    PageFit fit = fit(resume, "classic", 2);
    assertThat(fit.fits()).isTrue();
    assertThat(fit.pages()).isEqualTo(2);
    assertThat(fit.message()).startsWith("Fits on 2 pages with ");
    assertThat(render(resume.withDesign(fit.design()), "classic").pages()).isEqualTo(2);
    assertThat(fit(resume, "classic", 3).changed()).isFalse();
  }

  @Test
  void settingsTheUserAlreadyLoweredAreNeverRaised() {
    Resume long3 = TestResumes.load("three-pages.json");
    Design tight = long3.design().withSizes(9.0, 1.0, Margins.all(8));
    PageFit fit = fit(long3.withDesign(tight), "classic", 1);
    assertThat(fit.fits()).isFalse();
    assertThat(fit.changed()).isFalse();
    assertThat(fit.design()).isEqualTo(tight);
    assertThat(fit.message()).startsWith("With its current settings (9 pt text, line spacing 1,"
        + " margins 8 mm) the resume takes ");
    assertThat(fit.notes())
        .containsExactly(
            "Line spacing was left at 1: it is already below 1.05.",
            "Margins already narrower than 10 mm (top and bottom) or 12 mm (sides) were left as"
                + " they are.",
            "The font size was left at 9 pt: it is already below 9.5 pt, the smallest we make"
                + " body text.");

    // a small font the user chose stays, while a loose line spacing may still come down
    Resume resume = TestResumes.load(OVER_ONE_PAGE);
    Design small = resume.design().withSizes(9.0, 1.9, null);
    assertThat(render(resume.withDesign(small), "modern").pages()).isEqualTo(2);
    PageFit spaced = fit(resume.withDesign(small), "modern", 1);
    assertThat(spaced.fits()).isTrue();
    assertThat(spaced.design().fontSize()).isEqualTo(9.0);
    assertThat(spaced.design().lineSpacing()).isLessThan(1.9);
    assertThat(spaced.notes()).isEmpty();
    assertThat(render(resume.withDesign(spaced.design()), "modern").pages()).isEqualTo(1);
  }

  @Test
  void refusesWhatCannotBeFitted() {
    Resume resume = TestResumes.load("full.json");
    assertThatThrownBy(() -> RENDERER.fit(resume, RenderOptions.pdf(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one page");
    assertThatThrownBy(() -> RENDERER.fit(resume, RenderOptions.of(OutputFormat.DOCX), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RENDERER.fit(resume, RenderOptions.pdf().withTemplate("fancy"), 1))
        .isInstanceOfSatisfying(
            RenderException.class, e -> assertThat(e.isUserError()).isTrue());
  }

  private static PdfFacts.LineFact line(PdfFacts pdf, String startingWith) {
    return pdf.lines().stream()
        .filter(l -> l.text().startsWith(startingWith))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with " + startingWith));
  }
}
