package org.createyourresume.render.view;

/** How a section's content is laid out. */
public enum SectionLayout {
  /** Paragraphs of text (the summary). */
  TEXT,
  /** Entries with a title line, dates, text and bullets. */
  ENTRIES,
  /** Short lines, optionally labelled (skills, languages, interests). */
  LINES
}
