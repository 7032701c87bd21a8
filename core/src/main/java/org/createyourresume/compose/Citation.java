package org.createyourresume.compose;

/**
 * An achievement of the resume that a draft cites, word for word.
 *
 * @param pointer where it is in the resume, e.g. {@code /work/0/highlights/1}
 * @param text the achievement as the resume writes it
 * @param requirements the posting's requirements it answers, possibly none
 */
public record Citation(String pointer, String text, java.util.List<String> requirements) {

  public Citation {
    requirements = java.util.List.copyOf(requirements);
  }
}
