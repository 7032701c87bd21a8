package org.createyourresume.ats;

/**
 * A field of the source resume that the ATS parse of its own PDF did not give back as written.
 *
 * @param field where in the resume, e.g. {@code work[1].position}
 * @param expected the text the resume holds
 * @param found what the parse found instead, or null when it found nothing
 */
public record FieldDifference(String field, String expected, String found) {

  @Override
  public String toString() {
    return field + ": expected \"" + expected + "\", ATS read " + (found == null ? "nothing" : "\"" + found + "\"");
  }
}
