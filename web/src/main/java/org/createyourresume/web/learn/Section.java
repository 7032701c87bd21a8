package org.createyourresume.web.learn;

/**
 * A lesson's text from one heading to the next, as plain text for search.
 *
 * @param id the heading's anchor, or {@code null} for the text before the first heading
 * @param heading the heading, or {@code null} before the first heading
 * @param text the words of the section (paragraphs, lists, tables, code), without markup
 */
public record Section(String id, String heading, String text) {}
