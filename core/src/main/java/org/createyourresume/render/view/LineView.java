package org.createyourresume.render.view;

/**
 * "Label: text", or just text when {@code label} is null; {@code href} links the text.
 *
 * @param meter how full a decorative level bar beside the line is drawn, 0–1, or negative for
 *     none; the level itself is always in the text
 */
public record LineView(String label, String text, String href, double meter) {

  public LineView(String label, String text, String href) {
    this(label, text, href, -1);
  }

  /** Whether a level bar is drawn. */
  public boolean hasMeter() {
    return meter >= 0;
  }

  /**
   * The bar's filled share, percent, in steps of 5: the stylesheet has a rule for each step, since
   * an inline style attribute is refused by the share page's Content-Security-Policy.
   */
  public int meterStep() {
    return (int) Math.round(Math.max(0, Math.min(1, meter)) * 20) * 5;
  }
}
