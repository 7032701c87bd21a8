package org.createyourresume.ats.parse;

import java.util.List;

/**
 * One entry of a section as an ATS maps it: a job, a school, a project, a certificate.
 *
 * @param primary the entry's first (bold) line: employer, school, project, certificate
 * @param secondary the role, degree or issuer, or null
 * @param location the place, or null
 * @param dates the dates, or null when the entry has none
 * @param paragraphs free text under the title lines
 * @param bullets the bullet points, without their marks
 * @param details labelled lines ("GPA: 3.8", "Courses: …")
 * @param orderGuessed whether primary and secondary were split from one piece of text with
 *     nothing (weight, a title or company word) to tell which is which, so they may be swapped
 */
public record ParsedEntry(
    String primary,
    String secondary,
    String location,
    DateSpan dates,
    List<String> paragraphs,
    List<String> bullets,
    List<String> details,
    boolean orderGuessed) {

  public ParsedEntry {
    paragraphs = List.copyOf(paragraphs);
    bullets = List.copyOf(bullets);
    details = List.copyOf(details);
  }

  /** For a job: the employer. */
  public String company() {
    return primary;
  }

  /** For a job: the job title. */
  public String title() {
    return secondary;
  }

  /** For a school: the institution. */
  public String institution() {
    return primary;
  }

  /** For a school: the degree and subject. */
  public String degree() {
    return secondary;
  }
}
