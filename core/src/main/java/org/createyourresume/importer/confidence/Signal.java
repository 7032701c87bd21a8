package org.createyourresume.importer.confidence;

/**
 * The features the confidence model reads, each with its weight in the model's log-odds that a
 * field is wrong. The weights were fitted by weighted logistic regression on the tuning part of
 * the corpus of other tools' files and our own exports ({@code ConfidenceFit}, a program in the
 * tests' source, which prints this table), then rounded; the held-back parts played no part in
 * them. The features added with the generated layouts (empty lists, stray dates, unread lines,
 * section doubt, implausible fields) stand at zero: a fit over the generated layouts that used them flagged more
 * on the generated check seeds and the first held-back part but far less on the second, so it was
 * not kept (docs/DECISIONS.md). The weights describe what the parser of their day gets wrong:
 * rerun the fitter when the parser changes. A feature with a reason is named in the warning when
 * it pushes a field under the threshold; those without one (the prior of a kind of field) only
 * shift the odds.
 */
public enum Signal {
  BIAS(null, -2.41),
  /** The page is set in columns or with a sidebar. */
  COLUMNS("the page is set in columns or with a sidebar, whose reading order is easily mixed up", 0.87),
  /** The file carries no styling (plain text, OCR text). */
  UNSTYLED("the file has no bold or type sizes, so titles were told from the words alone", 0.25),
  /** Some section heading of the document was not recognised. */
  UNKNOWN_SECTIONS("some headings were not recognised, so a section may have been cut in the wrong place", -0.24),
  /** Text stood above the first heading that is neither name nor contact details. */
  UNSECTIONED("some text above the first heading could not be placed", 0.13),
  /** The entry's section heading is not one the vocabulary knows. */
  HEADING_GUESSED("its section heading is not a usual one", 3.41),
  /** The entry is in a section kept as a custom section. */
  CUSTOM("its section was not recognised and was kept as a custom section", -0.83),
  /** The section's lines with date ranges do not match its entries one for one. */
  COUNT_MISMATCH("its section has a different number of date ranges than of entries, so entries may be merged or split", 0.24),
  /** An entry of a kind that has dates came without any. */
  NO_DATES("no dates were found for it", 4.45),
  /** A main part of the entry is empty (employer, title, school, issuer, group name, fluency). */
  MISSING_PART("one of its main fields is empty, so its text may sit in another field", 3.34),
  /** A title field holds what looks like another kind of field: an address, a phone, a degree. */
  FOREIGN("a title holds an address, a phone number, or a degree where the school should be", -0.94),
  /** A title field holds a year, which belongs in the dates. */
  DATE_IN_TITLE("a title holds a year, which may belong in the dates", -0.08),
  /** A job's description is one short line and it has no place: the place may sit in the text. */
  PLACE_AS_TEXT("its description is one short line, which may be the place", 4.18),
  /** An employer with a comma, a middle dot or a bar: a place may be part of it. */
  COMMA_IN_NAME("the employer holds a comma or a separator, so a place may be part of it", 2.75),
  /**
   * Two words run together with no space ("HousingLeeds", "ScienceGPA 3.7"), as a web page's row
   * of two pieces gives them when saved as Word: a place or a grade may be part of the field.
   * Not fitted: set as the comma in an employer's name is, a signal that decides alone.
   */
  GLUED("two words are run together with no space between them, so a place or a grade may be part of it", 2.75),
  /** A place that is a bare code ("WI") or several words: cut short, or the job title. */
  ODD_PLACE("the place is a bare code or several words, so it may be cut short or be the title", 2.91),
  /** A date range in an entry's text beside its own dates (or a line left out under a certificate). */
  MERGED("its text holds another date range or entry, so the next entry may have been run into it", 1.03),
  /** A header address or handle ending in a hyphen, dot, underscore, @ or slash: cut short. */
  CUT("it ends as if it was cut short where a narrow column wrapped it", 0.85),
  /** A skill group without a name whose first item starts with a capitalised word and goes on. */
  NAME_IN_ITEM("the group name may be inside its first item", -1.42),
  /** A list (skills, languages, certificates) on a page set in columns: side columns mix up. */
  SIDE_LIST("it is a list on a page set in columns, whose items are easily mixed up", 0.16),
  /** A title field is long, or reads like a sentence or a fragment of one. */
  LONG_TITLE("a title is long or reads like part of a sentence", 0.53),
  /** A warning was already given for the entry (text left out, a guess). */
  EARLIER_WARNING("some of its text was already uncertain or left out", 0.52),
  /** A list item of several words, which may be several items run together. */
  LONG_ITEM("an item holds several words that may be several items run together", 1.15),
  /** A glyph from an icon font or a stray symbol in a field. */
  GLYPH("it holds a symbol from an icon font", 0.00),
  /** A field of the entry does not read like its kind (a plausibility finding under it). */
  IMPLAUSIBLE("one of its fields does not read like what it should hold", 0.00),
  /** Another section of the document was flagged as read incompletely: the reading went wrong somewhere. */
  SECTION_DOUBT("another section of this file was read incompletely, so the reading may have gone wrong nearby", 0.00),
  /** The share of the document's lines of two words or more that reached no field (0 to 1). */
  UNREAD("some lines of the file reached no field, so the reading may have gone wrong", 0.00),
  /**
   * Date ranges stand in lines that reached no job, school or other dated entry (a custom
   * section, text above the first heading, another section): said of an empty list of jobs or schools.
   */
  STRAY_DATES("the file holds date ranges outside its jobs and schools, which may be the entries of this list", 0.00),
  /** The list of jobs came out empty: a prior, said since it is the unit's only fact. */
  EMPTY_WORK("nothing was found for it, though most resumes have it, so its heading may not have been recognised", 0.00),
  /** The list of schools came out empty. */
  EMPTY_EDUCATION("nothing was found for it, though most resumes have it, so its heading may not have been recognised", 0.00),
  /** The list of skills came out empty. */
  EMPTY_SKILLS("nothing was found for it, though most resumes have it, so its heading may not have been recognised", 0.00),
  /** Another list came out empty (languages, certificates, projects, profiles and links). */
  EMPTY_LIST("nothing was found for it, so its heading or its lines may not have been recognised", 0.00),
  /** Prior: a skill group. */
  KIND_SKILL(null, -0.33),
  /** Prior: a spoken language. */
  KIND_LANGUAGE(null, -0.47),
  /** Prior: a certificate, award or publication. */
  KIND_SHORT_ENTRY(null, -0.91),
  /** Prior: a job or volunteering entry. */
  KIND_JOB(null, -1.20),
  /** Prior: a school. */
  KIND_SCHOOL(null, -1.66),
  /** Prior: a field of an entry read by a rule of its own (an employer, a job's place). */
  KIND_FIELD(null, 1.61),
  /** Prior: a header field (name, headline, contact details, summary). */
  KIND_HEADER(null, -1.54);

  /** What the feature says, as the end of "not sure of this …: …"; null for priors. */
  final String reason;
  /** The weight in the log-odds that the field is wrong. */
  final double weight;

  Signal(String reason, double weight) {
    this.reason = reason;
    this.weight = weight;
  }
}
