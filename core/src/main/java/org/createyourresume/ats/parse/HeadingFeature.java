package org.createyourresume.ats.parse;

/**
 * The features {@link HeadingModel} reads of a block, each with its weight in the model's log-odds
 * that the block is a section heading. The weights were fitted by logistic regression on the
 * blocks of the generated layouts' tuning seeds, as PDF and as copied text ({@code HeadingFit}, a
 * program in the tests' source, prints this table), labelled by the headings each page printed;
 * the check seeds and the held-back files played no part in them. They were fitted over the
 * parser before the same round's gutter rules; refitted over those rules, the weights read the
 * check seeds no better and the tuning seeds worse, so these were kept (the fitter now prints the
 * refit, not this table). A feature is 0 or 1 unless it says otherwise.
 */
enum HeadingFeature {
  BIAS(-9.04),
  /** The hand rules ({@link HeadingReader}) made a heading of the block. */
  RULES(1.38),
  /** The vocabulary knows its words as a heading. */
  KNOWN(3.40),
  /** Its size against the body's: (size / body − 1) × 2, from −1 to 1; 0 without sizes. */
  SIZE(0.76),
  /** Set exactly as the document sets the headings its vocabulary knows: size, weight and case. */
  AS_KNOWN(2.67),
  /** All of it bold. */
  ALL_BOLD(0.23),
  /** Some of it bold. */
  PART_BOLD(-0.14),
  /** A heading paragraph style (DOCX) or heading mark-up. */
  HEADING_STYLE(-1.48),
  /** Written with a space between the letters. */
  LETTER_SPACED(1.45),
  /** All in capitals. */
  CAPS(2.06),
  /** Ends with a colon. */
  COLON(1.48),
  /** How many words, over six, at most 1. */
  WORDS(0.83),
  /** Over fifty characters or six words: no heading is that long. */
  LONG(-0.50),
  /** Ends with a full stop. */
  SENTENCE(-1.57),
  /** Holds a figure. */
  DIGITS(-1.68),
  /** Holds a date that parses. */
  DATE(-0.73),
  /** Reads as a contact line: an address, a phone, a link, pieces apart. */
  CONTACT(-1.37),
  /** A bulleted line. */
  BULLET(-0.50),
  /** More than one printed line. */
  LINES(-0.35),
  /** A gap above it larger than between an entry's lines. */
  GAP_ABOVE(3.34),
  /** The next block is bulleted. */
  NEXT_BULLET(-0.64),
  /** The next block, or the one after a short next block, holds a date. */
  NEXT_DATED(0.65),
  /** The block above is a date with little else, as a timeline sets it over an entry's title. */
  DATE_ABOVE(-0.11),
  /** Set to the right of where its column's lines start. */
  INDENTED(0.62),
  /** In a text box or another zone outside the page's body (the generated pages have none: no weight yet). */
  OUTSIDE_BODY(0.00),
  /** No block the vocabulary knows comes before it: the top of the page, name and headline. */
  TOP(0.43),
  /** The document carries no sizes or weights (plain text). */
  PLAIN(2.55),
  /** In capitals, in a document without sizes or weights. */
  PLAIN_CAPS(1.95),
  /** Known to the vocabulary, in a document without sizes or weights. */
  PLAIN_KNOWN(3.56);

  /** The weight in the log-odds that the block is a section heading. */
  final double weight;

  HeadingFeature(double weight) {
    this.weight = weight;
  }
}
