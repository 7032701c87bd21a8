package org.createyourresume.web.learn;

import java.util.List;

/**
 * A Markdown text rendered for the site, with what the catalogue and search need to know about
 * it.
 *
 * @param html safe HTML: raw HTML in the source is shown as text, unsafe link schemes removed
 * @param headings every heading, in order, with the anchor it has in {@code html}
 * @param links every link and image source, with its line
 * @param sections the plain text by heading, for search
 * @param words how many words of prose the text has: code blocks and the quiz are not counted
 * @param problems where the text breaks the lesson conventions, as (body line, message)
 * @param quiz the quiz at the end, or {@code null}
 * @param keyTerms the terms defined in key-term boxes, in order
 * @param diagrams the diagrams shown, in order
 */
record MarkdownPage(
    String html, List<Heading> headings, List<LessonLink> links, List<Section> sections,
    int words, List<Problem> problems, Quiz quiz, List<KeyTerm> keyTerms,
    List<Diagram> diagrams) {

  /** A rule broken on {@code line} (1-based, counted in the Markdown given). */
  record Problem(int line, String message) {}

  boolean hasAnchor(String id) {
    return headings.stream().anyMatch(h -> h.id().equals(id));
  }
}
