package org.createyourresume.render;

/**
 * Something the user should know about a render that still succeeded, such as a character no
 * bundled font can show.
 *
 * @param id stable identifier, e.g. {@code glyph.missing}
 * @param pointer JSON pointer of the field concerned, or empty
 * @param message what happened, in plain words
 */
public record RenderDiagnostic(String id, String pointer, String message) {

  @Override
  public String toString() {
    return pointer.isEmpty() ? message : pointer + ": " + message;
  }
}
