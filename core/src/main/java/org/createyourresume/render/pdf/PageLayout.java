package org.createyourresume.render.pdf;

/**
 * Where a laid-out document ends, measured without drawing it.
 *
 * @param pages the number of pages
 * @param contentHeight how far the content reaches from the top of the first page's content
 *     area, points; across pages, the content areas are counted one after the other, gaps left
 *     by entries moved to the next page included
 * @param pageHeight the height of one page's content area (inside the margins), points
 */
public record PageLayout(int pages, double contentHeight, double pageHeight) {

  /** How far the content reaches in page heights: 1.2 ends a fifth of the way down page two. */
  public double extent() {
    return contentHeight / pageHeight;
  }
}
