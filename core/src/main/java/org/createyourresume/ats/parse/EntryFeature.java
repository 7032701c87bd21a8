package org.createyourresume.ats.parse;

/**
 * The features {@link EntryModel} reads of a block inside a section of entries, each with its
 * weight in the model's log-odds that the block starts a new entry. The weights were fitted by
 * logistic regression on the blocks of the generated layouts' tuning seeds printed to PDF ({@code EntryFit}, a program in the tests' source, prints this table), labelled by the
 * first printed line of each entry; the check seeds and the held-back files played no part in
 * them. A feature is 0 or 1 unless it says otherwise.
 */
enum EntryFeature {
  BIAS(-4.51),
  /** The hand rules of {@link EntryReader} start an entry at the block. */
  RULES(3.86),
  /** Some of it bold. */
  BOLD(0.55),
  /** All of it bold. */
  ALL_BOLD(0.51),
  /** Holds a date that parses. */
  DATE(0.99),
  /** A date with little else. */
  DATE_ALONE(-1.60),
  /** The next block holds a date. */
  NEXT_DATED(-2.58),
  /** The block above is a date with little else. */
  DATE_ABOVE(2.15),
  /** The block above holds a date. */
  DATED_ABOVE(-1.13),
  /** A gap above it larger than between an entry's lines (or a page or column start). */
  GAP_ABOVE(0.90),
  /** The next block has a gap above it. */
  NEXT_GAP(0.28),
  /** A bulleted line. */
  BULLET(-1.09),
  /** The block above is bulleted. */
  BULLET_ABOVE(-0.07),
  /** The next block is bulleted. */
  NEXT_BULLET(-1.39),
  /** Opens with a short label and a colon ("GPA: 3.8"). */
  LABELLED(-0.04),
  /** More than one printed line. */
  LINES(0.19),
  /** How many words, over twelve, at most 1. */
  WORDS(0.44),
  /** Ends with a full stop. */
  SENTENCE(-1.41),
  /** The block above ends with a full stop. */
  SENTENCE_ABOVE(0.70),
  /** Its pieces set apart by a bar, a dot or a dash. */
  SEPARATED(0.47),
  /** Names a job title. */
  TITLE(0.28),
  /** Names an employer. */
  COMPANY(0.22),
  /** Set to the right of where the section's lines start. */
  INDENTED(-0.38),
  /** Its size against the section's largest: (size / largest − 1) × 4, from −1 to 0; 0 without sizes. */
  SIZE(1.90),
  /** No block of its section is bold. */
  UNWEIGHTED(0.06);

  /** The weight in the log-odds that the block starts an entry. */
  final double weight;

  EntryFeature(double weight) {
    this.weight = weight;
  }
}
