package org.createyourresume.ats;

import java.util.List;

/**
 * One thing the checker found, with why it matters to an ATS and how to fix it.
 *
 * @param id stable identifier, e.g. {@code layout.columns}; documented in docs/ATS.md
 * @param category which part of the score it affects
 * @param severity how much it hurts
 * @param title one line, e.g. "Two-column layout"
 * @param explanation what an ATS does with it, in plain words
 * @param fix what to change
 * @param examples up to five pieces of the resume it is about (a bullet, a heading), may be empty
 * @param points score points it costs (0 for information)
 */
public record Finding(
    String id,
    Category category,
    Severity severity,
    String title,
    String explanation,
    String fix,
    List<String> examples,
    int points) {

  public Finding {
    examples = examples == null ? List.of() : List.copyOf(examples.subList(0, Math.min(5, examples.size())));
  }

  /** Which part of the score a finding belongs to. */
  public enum Category {
    /** Can an ATS read the file at all: text layer, fonts, layout. */
    PARSING,
    /** Does it find what it looks for: contact details, standard sections, dates. */
    SECTIONS,
    /** How the writing reads: verbs, numbers, length, wording, spelling. */
    CONTENT,
    /** How well it matches the job description. */
    MATCH
  }

  /** How much a finding hurts, most to least. */
  public enum Severity {
    /** An ATS will lose most of the resume. */
    CRITICAL,
    /** An ATS will lose or misfile a part of it. */
    MAJOR,
    /** Worth fixing; costs a little. */
    MINOR,
    /** Good to know; costs nothing. */
    INFO
  }
}
