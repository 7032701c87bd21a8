package org.createyourresume.model;

/**
 * Upper bounds on what one resume may hold, so that no document can make rendering take
 * unbounded time or memory. The defaults leave ample room for a long academic CV.
 *
 * @param maxItems entries per section (jobs, schools, publications, …)
 * @param maxBullets bullets, keywords or courses per entry
 * @param maxFieldLength characters in one text field
 * @param maxTotalLength characters of text in the whole document
 */
public record Limits(int maxItems, int maxBullets, int maxFieldLength, int maxTotalLength) {

  /** 300 entries per section, 60 bullets per entry, 10 000 characters per field, 400 000 in all. */
  public static final Limits DEFAULT = new Limits(300, 60, 10_000, 400_000);
}
