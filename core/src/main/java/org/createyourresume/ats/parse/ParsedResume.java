package org.createyourresume.ats.parse;

import java.util.List;

/**
 * A resume as an ATS parses it from text: what a recruiter's screen would show in its fields.
 *
 * @param name the candidate's name, or null
 * @param headline the line under the name ("Senior Software Engineer"), or null
 * @param contact email, phone, location and links
 * @param summary the summary section's text, or null
 * @param sections every section in reading order, including unknown ones
 * @param jobs the entries of the experience sections
 * @param schools the entries of the education sections
 * @param skills skills listed in the skills sections, one item each
 * @param unsectioned lines found before the first heading that are neither name nor contact
 */
public record ParsedResume(
    String name,
    String headline,
    Contact contact,
    String summary,
    List<ParsedSection> sections,
    List<ParsedEntry> jobs,
    List<ParsedEntry> schools,
    List<String> skills,
    List<String> unsectioned) {

  public ParsedResume {
    sections = List.copyOf(sections);
    jobs = List.copyOf(jobs);
    schools = List.copyOf(schools);
    skills = List.copyOf(skills);
    unsectioned = List.copyOf(unsectioned);
  }

  /** The first section of a kind, if present. */
  public java.util.Optional<ParsedSection> section(SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind).findFirst();
  }

  /** Whether a section of this kind was found. */
  public boolean has(SectionKind kind) {
    return sections.stream().anyMatch(s -> s.kind() == kind);
  }
}
