package org.createyourresume.ats.parse;

import java.util.List;

/**
 * One section as an ATS splits it.
 *
 * @param kind what it holds ({@link SectionKind#OTHER} for an unknown heading)
 * @param heading the heading as extracted
 * @param standardHeading whether the vocabulary knows the heading
 * @param letterSpaced whether the heading came out letter by letter ("S K I L L S")
 * @param lines the section's text, one logical line (bullet, paragraph, entry line) each
 * @param entries the entries, for sections of entries
 */
public record ParsedSection(
    SectionKind kind,
    String heading,
    boolean standardHeading,
    boolean letterSpaced,
    List<String> lines,
    List<ParsedEntry> entries) {

  public ParsedSection {
    lines = List.copyOf(lines);
    entries = List.copyOf(entries);
  }
}
