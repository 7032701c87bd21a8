package org.createyourresume.web.learn;

import java.util.List;

/**
 * One lesson, read from {@code learn/<course>/NN-<id>.md} and rendered.
 *
 * @param courseId the course it belongs to
 * @param id its id, the last part of its address
 * @param number its position in the course, from 1
 * @param title the page heading
 * @param summary one or two sentences for lists, search results and the meta description
 * @param minutes the estimated time to read it and take its quiz, from its front matter
 * @param html the lesson's body as safe HTML
 * @param headings the headings of the body with their anchors
 * @param sections the body's plain text by heading, for search
 * @param words the number of words of prose in the body (code and the quiz not counted)
 * @param file the file it was read from, for messages
 * @param links the links the body contains
 * @param quiz the quiz at its end, or {@code null} if it has none
 * @param keyTerms the terms its key-term boxes define
 * @param diagrams the diagrams it shows
 */
public record Lesson(
    String courseId, String id, int number, String title, String summary, int minutes,
    String html, List<Heading> headings, List<Section> sections, int words, String file,
    List<LessonLink> links, Quiz quiz, List<KeyTerm> keyTerms, List<Diagram> diagrams) {

  public String url() {
    return "/learn/" + courseId + "/" + id;
  }

  /** The key progress is stored under in the browser: {@code <course>/<lesson>}. */
  public String key() {
    return courseId + "/" + id;
  }

  /** The level-2 headings: the lesson's table of contents. */
  public List<Heading> contents() {
    return headings.stream().filter(h -> h.level() == 2).toList();
  }

  boolean hasAnchor(String anchor) {
    return headings.stream().anyMatch(h -> h.id().equals(anchor));
  }
}
