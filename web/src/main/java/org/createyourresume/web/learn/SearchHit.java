package org.createyourresume.web.learn;

import java.util.List;

/**
 * One lesson found by a search.
 *
 * @param lesson the lesson
 * @param course its course
 * @param url where the result leads: the lesson, or the heading where the words are found
 * @param section the heading of that part of the lesson, or {@code null}
 * @param snippet a short passage around the first match, split into matched and other text
 * @param keyTerm the term the lesson defines that the query names, or {@code null}
 */
public record SearchHit(
    Lesson lesson, Course course, String url, String section, List<Fragment> snippet,
    String keyTerm) {

  /**
   * A piece of the snippet.
   *
   * @param text the text, shown as text (the page escapes it)
   * @param match whether it is a word the search matched, shown highlighted
   */
  public record Fragment(String text, boolean match) {}
}
