package org.createyourresume.letter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One paragraph of a letter's body.
 *
 * @param text the paragraph as it prints
 * @param generated whether the starter draft wrote it and the user has not yet rewritten it: the
 *     editor marks such paragraphs, and the checks count them
 * @param unknown fields of the file this version does not know, kept to be written back
 */
public record Paragraph(String text, boolean generated, Map<String, JsonNode> unknown) {

  public Paragraph {
    text = text == null ? "" : text;
    unknown =
        unknown == null || unknown.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
  }

  /** A paragraph the user wrote. */
  public static Paragraph written(String text) {
    return new Paragraph(text, false, null);
  }

  /** A paragraph of the starter draft, marked for the user to rewrite. */
  public static Paragraph drafted(String text) {
    return new Paragraph(text, true, null);
  }
}
