package org.createyourresume.ats.parse;

/** What a resume section holds, as an ATS maps it. */
public enum SectionKind {
  SUMMARY("Summary"),
  EXPERIENCE("Experience"),
  EDUCATION("Education"),
  SKILLS("Skills"),
  PROJECTS("Projects"),
  CERTIFICATIONS("Certifications"),
  AWARDS("Awards"),
  PUBLICATIONS("Publications"),
  VOLUNTEER("Volunteer Experience"),
  LANGUAGES("Languages"),
  INTERESTS("Interests"),
  REFERENCES("References"),
  /** Contact details under their own heading, as in a sidebar. */
  CONTACT("Contact"),
  /** A heading the vocabulary does not know: its content is kept but not mapped. */
  OTHER("Other");

  private final String standardHeading;

  SectionKind(String standardHeading) {
    this.standardHeading = standardHeading;
  }

  /** The heading every ATS recognises for this kind, e.g. "Experience". */
  public String standardHeading() {
    return standardHeading;
  }

  /** Whether the section is a list of entries (jobs, schools, projects, referees …). */
  public boolean hasEntries() {
    return switch (this) {
      case EXPERIENCE, EDUCATION, PROJECTS, CERTIFICATIONS, AWARDS, PUBLICATIONS, VOLUNTEER, REFERENCES, OTHER -> true;
      default -> false;
    };
  }

  /**
   * Whether the section's text is the candidate's own writing. A reference quotes someone else,
   * so its words say nothing about the candidate's style ("I", action verbs, spelling).
   */
  public boolean ownWords() {
    return this != REFERENCES;
  }
}
