package org.createyourresume.ats.extract;

/**
 * An image drawn on a page.
 *
 * @param page 1-based page
 * @param width drawn width in points
 * @param height drawn height in points
 * @param pageShare the share of the page's area it covers, 0 to 1
 */
public record ImageFact(int page, float width, float height, double pageShare) {

  /** Small enough to be an icon or a rating dot rather than a picture (under about 1 cm). */
  public boolean iconSized() {
    return width <= 30 && height <= 30;
  }
}
