package org.createyourresume.render;

import java.util.List;
import java.util.Objects;
import org.createyourresume.model.Design;
import org.createyourresume.model.Margins;

/**
 * What {@link ResumeRenderer#fit} found: the design settings that make a resume fit on a number
 * of pages, or, when no readable settings do, how much is left over.
 *
 * @param fits whether the resume takes at most {@code targetPages} pages with {@code design}
 * @param changed whether any setting differs from the resume's own
 * @param pages the number of pages the resume takes with {@code design}
 * @param targetPages the number of pages asked for
 * @param design the resume's design with the fitted base font size, line spacing and margins;
 *     only settings that changed are written, and nothing else differs. When the resume does not
 *     fit, the tightest readable settings, which bring it as close as it gets
 * @param fontSize the base font size a render with {@code design} uses, points
 * @param lineSpacing the line spacing a render with {@code design} uses
 * @param margins the margins a render with {@code design} uses, millimetres, every side set
 * @param leftover how much does not fit at the tightest readable settings; {@link
 *     Leftover#NONE} when it fits
 * @param message one sentence for the user: what changed, or what is left over
 * @param notes settings that were left alone and why (a size the user already set below the
 *     readable minimum, say); may be empty
 * @param layouts how many layouts the search took (each a render without drawing the PDF)
 */
public record PageFit(
    boolean fits,
    boolean changed,
    int pages,
    int targetPages,
    Design design,
    double fontSize,
    double lineSpacing,
    Margins margins,
    Leftover leftover,
    String message,
    List<String> notes,
    int layouts) {

  public PageFit {
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(margins, "margins");
    Objects.requireNonNull(leftover, "leftover");
    notes = List.copyOf(notes);
  }

  /**
   * Content that does not fit on the pages asked for, measured from the layout: how far the
   * content runs past the foot of the last page allowed.
   *
   * @param lines about how many lines of body text too many, rounded up
   * @param fraction the same as a share of one page's content area, e.g. 0.25 for a quarter of a
   *     page, rounded to hundredths
   * @param message what that means and what to do, in plain words
   */
  public record Leftover(int lines, double fraction, String message) {

    /** Nothing is left over. */
    public static final Leftover NONE = new Leftover(0, 0, "Nothing is left over.");

    public Leftover {
      Objects.requireNonNull(message, "message");
      if (lines < 0 || fraction < 0) {
        throw new IllegalArgumentException("a leftover is never negative");
      }
    }
  }
}
