package org.createyourresume.ats.extract;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Ranks a Word document's headings by their outline level, for the parser, which ranks headings
 * by type size. A heading one or more levels under another is a part of it (a skill group under
 * "Skills", a job title under "Work") however large its style sets it: LibreOffice saves a web
 * page's headings with the page's size on the levels its style sheet named and Writer's default
 * 14 pt on the others, so a Heading 3 can stand larger than the Heading 2 above it. Such a
 * heading is reported a step under the heading it belongs to; a heading already smaller keeps its
 * size.
 */
final class Outline {

  /** The size a sub-heading is reported at, as a share of the heading it belongs to. */
  static final float SUB_HEADING = 0.9f;

  private record Open(int level, float size) {}

  /** The headings still open: each under the one below it in the stack. */
  private final Deque<Open> open = new ArrayDeque<>();

  /**
   * The size to report for a heading of outline {@code level} (0 for Heading 1) whose text is set
   * at {@code size} points (0 when unknown), the headings before it being known.
   */
  float rank(int level, float size) {
    while (!open.isEmpty() && open.peek().level() >= level) {
      open.pop();
    }
    float reported = size;
    if (!open.isEmpty() && size > 0 && open.peek().size() > 0 && size >= open.peek().size()) {
      reported = open.peek().size() * SUB_HEADING;
    }
    open.push(new Open(level, reported));
    return reported;
  }
}
