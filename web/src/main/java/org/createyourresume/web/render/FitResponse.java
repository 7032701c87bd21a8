package org.createyourresume.web.render;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.createyourresume.render.PageFit;

/**
 * The answer to {@code POST /api/render/fit}: whether the resume fits, the design values to
 * write into {@code meta.createYourResume}, and what is left over when it cannot fit.
 */
record FitResponse(
    @Schema(description = "Whether the resume fits on the pages asked for with these settings")
        boolean fits,
    @Schema(description = "Whether any setting differs from the resume's own")
        boolean changed,
    @Schema(description = "The pages the resume takes with these settings") int pages,
    @Schema(description = "The pages asked for") int targetPages,
    @Schema(description = "The settings to use: the fitted ones, or when it cannot fit the"
        + " tightest readable ones. Only these three are ever changed, and only lowered")
        Design design,
    @Schema(description = "What does not fit at the tightest readable settings; zero when it"
        + " fits")
        Leftover leftover,
    @Schema(description = "One sentence for the user: what changed, or what is left over")
        String message,
    @Schema(description = "Settings left alone and why, e.g. a font size the user already set"
        + " below 9.5 pt")
        List<String> notes) {

  /**
   * The values for {@code meta.createYourResume}, every one set (a template default included).
   *
   * @param fontSize base font size, points
   * @param lineSpacing line height as a multiple of the font size
   * @param margins page margins, millimetres
   */
  record Design(double fontSize, double lineSpacing, Margins margins) {}

  /** Page margins in millimetres. */
  record Margins(double top, double right, double bottom, double left) {}

  /**
   * What does not fit.
   *
   * @param lines about how many lines of body text too many
   * @param fraction the same as a share of one page, e.g. 0.25
   * @param message what that means and what to do
   */
  record Leftover(int lines, double fraction, String message) {}

  static FitResponse of(PageFit fit) {
    org.createyourresume.model.Margins m = fit.margins();
    return new FitResponse(
        fit.fits(),
        fit.changed(),
        fit.pages(),
        fit.targetPages(),
        new Design(
            fit.fontSize(), fit.lineSpacing(),
            new Margins(m.top(), m.right(), m.bottom(), m.left())),
        new Leftover(fit.leftover().lines(), fit.leftover().fraction(), fit.leftover().message()),
        fit.message(),
        fit.notes());
  }
}
