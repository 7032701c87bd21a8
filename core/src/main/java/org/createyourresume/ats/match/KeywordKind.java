package org.createyourresume.ats.match;

/** What a job requirement is, which sets its base weight in the match rate. */
public enum KeywordKind {
  /** The job title itself (weight 4). */
  JOB_TITLE(4),
  /** Languages, methods, fields of knowledge (weight 3). */
  HARD_SKILL(3),
  /** Products, platforms, frameworks (weight 3). */
  TOOL(3),
  /** Certifications and licences (weight 2.5). */
  CERTIFICATION(2.5),
  /** A minimum education level (weight 2.5). */
  EDUCATION(2.5),
  /** A minimum number of years of experience (weight 2.5). */
  EXPERIENCE(2.5),
  /** A spoken language ("Fluent in Spanish", "bilingual"; weight 1.5). */
  LANGUAGE(1.5),
  /** Communication, leadership and the like (weight 1). */
  SOFT_SKILL(1);

  private final double weight;

  KeywordKind(double weight) {
    this.weight = weight;
  }

  /** The base weight before mentions and the posting's emphasis are counted. */
  public double baseWeight() {
    return weight;
  }
}
