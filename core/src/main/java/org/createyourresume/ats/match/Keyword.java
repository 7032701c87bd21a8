package org.createyourresume.ats.match;

/**
 * One requirement of the job and how the resume meets it.
 *
 * @param name the requirement as we name it ("Kubernetes", "Bachelor's degree", "5+ years")
 * @param kind what it is
 * @param weight its importance: base weight × mentions × emphasis (required, preferred)
 * @param mentions how often the posting names it
 * @param asWritten how the posting writes it the first time ("k8s")
 * @param foundIn where the resume has it ("Skills", "Experience", …), or null when missing
 * @param suggestion where it could go, for a missing keyword; null when found
 * @param importance whether the posting requires it, only prefers it, or names it among the
 *     duties; a preferred keyword is always listed after every other
 */
public record Keyword(
    String name,
    KeywordKind kind,
    double weight,
    int mentions,
    String asWritten,
    String foundIn,
    String suggestion,
    Importance importance) {

  public boolean matched() {
    return foundIn != null;
  }

  /**
   * The same keyword with other words for where it was found and where it could go: for an
   * interface that words them in its own language.
   */
  public Keyword withPlaces(String foundIn, String suggestion) {
    return new Keyword(name, kind, weight, mentions, asWritten, foundIn, suggestion, importance);
  }
}
