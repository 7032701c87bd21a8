package org.createyourresume.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The standard sections of a resume, with the ATS-recognised heading each gets by default. The
 * summary comes from {@code basics.summary}; every other one from the JSON Resume array of the same
 * name.
 */
public enum SectionId {
  SUMMARY("summary", "Summary"),
  WORK("work", "Experience"),
  EDUCATION("education", "Education"),
  SKILLS("skills", "Skills"),
  PROJECTS("projects", "Projects"),
  CERTIFICATES("certificates", "Certifications"),
  AWARDS("awards", "Awards"),
  PUBLICATIONS("publications", "Publications"),
  VOLUNTEER("volunteer", "Volunteer Experience"),
  LANGUAGES("languages", "Languages"),
  INTERESTS("interests", "Interests"),
  REFERENCES("references", "References");

  private final String id;
  private final String defaultTitle;

  SectionId(String id, String defaultTitle) {
    this.id = id;
    this.defaultTitle = defaultTitle;
  }

  /** The id used in {@link Design#sectionOrder()}, equal to the JSON Resume key. */
  public String id() {
    return id;
  }

  /** The heading used unless the user renames the section. */
  public String defaultTitle() {
    return defaultTitle;
  }

  /** The sections in the default order (declaration order). */
  public static List<SectionId> defaultOrder() {
    return List.of(values());
  }

  /** The standard section with this id. */
  public static Optional<SectionId> of(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
