package org.createyourresume.ats.match;

import java.util.List;

/**
 * How a resume matches a job posting. Deterministic: the same resume and posting give the same
 * match, keyword for keyword and in the same order.
 *
 * @param matchRate 0 to 100: the weight of the requirements met over the weight of all of them
 * @param jobTitle the job title read from the posting, or null
 * @param matched requirements the resume meets, most important first
 * @param missing requirements the resume does not show, most important first, each with where it
 *     could go
 * @param language the language of the posting, as a BCP 47 tag ("en", "de", "fr", "es"): the
 *     words of that language were stemmed and its headings read
 */
public record JobMatch(int matchRate, String jobTitle, List<Keyword> matched, List<Keyword> missing, String language) {

  public JobMatch {
    matched = List.copyOf(matched);
    missing = List.copyOf(missing);
  }

  /** The same match with {@code matched} and {@code missing} in place of its keywords, in order. */
  public JobMatch withKeywords(List<Keyword> matched, List<Keyword> missing) {
    return new JobMatch(matchRate, jobTitle, matched, missing, language);
  }
}
