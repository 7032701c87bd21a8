package org.createyourresume.web.learn;

/**
 * A link written in a lesson.
 *
 * @param destination as written: a site path ({@code /editor}), an anchor ({@code #part}) or a
 *     full address
 * @param line the file's line it is on
 */
public record LessonLink(String destination, int line) {

  boolean isExternal() {
    return destination.startsWith("https://") || destination.startsWith("http://")
        || destination.startsWith("mailto:");
  }

  boolean isAnchor() {
    return destination.startsWith("#");
  }

  /** A path on this site, such as {@code /editor?example=fresher} or {@code /learn/…}. */
  boolean isSitePath() {
    return destination.startsWith("/") && !destination.startsWith("//");
  }
}
