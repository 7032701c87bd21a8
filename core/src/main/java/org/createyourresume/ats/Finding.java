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
 * @param arguments the values the title, explanation and fix were made from (counts, a heading,
 *     a keyword), in a fixed order per id, so that an interface can word the finding in another
 *     language from the id alone: argument {@code n} is {@code {n}} in a MessageFormat pattern.
 *     A list argument holds codes (such as {@code email}), each to be named in that language
 */
public record Finding(
    String id,
    Category category,
    Severity severity,
    String title,
    String explanation,
    String fix,
    List<String> examples,
    int points,
    List<Object> arguments) {

  public Finding {
    examples = examples == null ? List.of() : List.copyOf(examples.subList(0, Math.min(5, examples.size())));
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  /** A finding whose words take no values. */
  public Finding(String id, Category category, Severity severity, String title, String explanation,
      String fix, List<String> examples, int points) {
    this(id, category, severity, title, explanation, fix, examples, points, List.of());
  }

  /** The same finding worded otherwise (in another language): everything else is kept. */
  public Finding withWords(String title, String explanation, String fix) {
    return new Finding(id, category, severity, title, explanation, fix, examples, points, arguments);
  }

  /**
   * The same finding with {@code examples} in place of its examples, in the same order: for an
   * interface that words the few examples the core writes itself (not those quoting the resume).
   */
  public Finding withExamples(List<String> examples) {
    return new Finding(id, category, severity, title, explanation, fix, examples, points, arguments);
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
