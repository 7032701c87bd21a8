package org.createyourresume.web.learn;

/**
 * A heading inside a lesson.
 *
 * @param level 2 to 6 (the lesson's title is the page's only level 1)
 * @param text the heading as plain text
 * @param id its anchor, as in {@code /learn/<course>/<lesson>#<id>}
 */
public record Heading(int level, String text, String id) {}
