package org.createyourresume.importer.confidence;

/**
 * The features the confidence model reads, each with its weight in the model's log-odds that a
 * field is wrong. The weights were fitted by weighted logistic regression on the tuning part of
 * the corpus of other tools' files ({@code ConfidenceFit}, a program in the tests' source,
 * which prints this table), then rounded; the held-back part played
 * no part in them. A feature with a reason is named in the warning when it pushes a field under
 * the threshold; those without one (the prior of a kind of field) only shift the odds.
 */
public enum Signal {
  BIAS(null, -3.80),
  /** The page is set in columns or with a sidebar. */
  COLUMNS("the page is set in columns or with a sidebar, whose reading order is easily mixed up", 1.11),
  /** The file carries no styling (plain text, OCR text). */
  UNSTYLED("the file has no bold or type sizes, so titles were told from the words alone", 1.09),
  /** Some section heading of the document was not recognised. */
  UNKNOWN_SECTIONS("some headings were not recognised, so a section may have been cut in the wrong place", -0.78),
  /** Text stood above the first heading that is neither name nor contact details. */
  UNSECTIONED("some text above the first heading could not be placed", 0.12),
  /** The entry's section heading is not one the vocabulary knows. */
  HEADING_GUESSED("its section heading is not a usual one", 1.69),
  /** The entry is in a section kept as a custom section. */
  CUSTOM("its section was not recognised and was kept as a custom section", 1.02),
  /** The section's lines with date ranges do not match its entries one for one. */
  COUNT_MISMATCH("its section has a different number of date ranges than of entries, so entries may be merged or split", 0.60),
  /** An entry of a kind that has dates came without any. */
  NO_DATES("no dates were found for it", 3.96),
  /** A main part of the entry is empty (employer, title, school, issuer, group name, fluency). */
  MISSING_PART("one of its main fields is empty, so its text may sit in another field", 2.12),
  /** A title field holds what looks like another kind of field: an address, a phone, a degree. */
  FOREIGN("a title holds an address, a phone number, or a degree where the school should be", -0.59),
  /** A title field holds a year, which belongs in the dates. */
  DATE_IN_TITLE("a title holds a year, which may belong in the dates", 1.14),
  /** A job's description is one short line and it has no place: the place may sit in the text. */
  PLACE_AS_TEXT("its description is one short line, which may be the place", 4.51),
  /** An employer with a comma, a middle dot or a bar: a place may be part of it. */
  COMMA_IN_NAME("the employer holds a comma or a separator, so a place may be part of it", 3.06),
  /** A place that is a bare code ("WI") or several words: cut short, or the job title. */
  ODD_PLACE("the place is a bare code or several words, so it may be cut short or be the title", 3.26),
  /** A date range in an entry's text beside its own dates (or a line left out under a certificate). */
  MERGED("its text holds another date range or entry, so the next entry may have been run into it", 0.32),
  /** A header address or handle ending in a hyphen, dot, underscore, @ or slash: cut short. */
  CUT("it ends as if it was cut short where a narrow column wrapped it", 0.95),
  /** A skill group without a name whose first item starts with a capitalised word and goes on. */
  NAME_IN_ITEM("the group name may be inside its first item", 0.00),
  /** A list (skills, languages, certificates) on a page set in columns: side columns mix up. */
  SIDE_LIST("it is a list on a page set in columns, whose items are easily mixed up", 0.84),
  /** A title field is long, or reads like a sentence or a fragment of one. */
  LONG_TITLE("a title is long or reads like part of a sentence", -0.16),
  /** A warning was already given for the entry (text left out, a guess). */
  EARLIER_WARNING("some of its text was already uncertain or left out", 1.02),
  /** A list item of three or more words, three of them capitalised, with no brackets or commas: several items run together. */
  LONG_ITEM("an item holds several words that may be several items run together", 3.28),
  /** A glyph from an icon font or a stray symbol in a field. */
  GLYPH("it holds a symbol from an icon font", 0.00),
  /** A custom section whose heading reads like an entry's title: a job title, a school, a degree, the person's name. */
  HEADING_IS_ENTRY("its heading reads like a job title, a school or a name, so it may be an entry cut off from the"
      + " section above", 3.09),
  /** A dated entry with neither of its titles (employer and job title; school and degree). */
  NO_TITLES("it has dates but neither of its titles, so its text may have gone to another entry", 2.14),
  /** An employer that reads like a job title: the two may be swapped or run together. */
  ROLE_AS_EMPLOYER("the employer reads like a job title, so the two may be swapped or run together", 2.91),
  /** A certificate cut in the wrong place: a one-word name, or an issuer with a comma, a digit or more words than the name. */
  SPLIT_NAME("its name and issuer may be cut at the wrong place", 3.70),
  /** Dates that end before they start. A rule: a unit with it is flagged whatever its doubt. */
  BACKWARDS("its dates end before they start, so they may belong to different entries", 0.00, true),
  /**
   * A title holding the person's own name or a page number: a running header read as an entry. A
   * rule: a unit with it is flagged whatever its doubt.
   */
  RUNNING_HEADER("it holds the person's name or a page number, which a running header or footer prints", 0.00, true),
  /** A project without keywords whose description ends in a list of short items. */
  LIST_IN_TEXT("its description ends in a list of short items, which may be its technologies", 3.70),
  /** A skill group with a name but no items. */
  NO_ITEMS("it has a name but no items, so its items may sit in another group", 1.54),
  /** Prior: a skill group. */
  KIND_SKILL(null, 0.23),
  /** Prior: a spoken language. */
  KIND_LANGUAGE(null, -0.22),
  /** Prior: a certificate, award or publication. */
  KIND_SHORT_ENTRY(null, -0.86),
  /** Prior: a job or volunteering entry. */
  KIND_JOB(null, -0.83),
  /** Prior: a school. */
  KIND_SCHOOL(null, -0.68),
  /** Prior: a field of an entry read by a rule of its own (an employer, a job's place). */
  KIND_FIELD(null, 2.16),
  /** Prior: a header field (name, headline, contact details, summary). */
  KIND_HEADER(null, -0.83);

  /** What the feature says, as the end of "not sure of this …: …"; null for priors. */
  final String reason;
  /** The weight in the log-odds that the field is wrong. */
  final double weight;
  /**
   * Whether the feature is a rule rather than a weight: what it says is wrong whenever it holds,
   * and too rare in the tuning part for a fit to weigh it. The fit leaves rules out.
   */
  final boolean rule;

  Signal(String reason, double weight) {
    this(reason, weight, false);
  }

  Signal(String reason, double weight, boolean rule) {
    this.reason = reason;
    this.weight = weight;
    this.rule = rule;
  }

  /** Whether this feature flags a unit by itself, whatever the model's doubt. */
  public boolean rule() {
    return rule;
  }
}
