package org.createyourresume.compose;

import java.util.List;

/**
 * What the letter checks found.
 *
 * @param words the body's word count
 * @param keywords the posting's top keywords the checks looked for, most important first
 * @param missingKeywords those of them the letter does not name
 * @param grammarChecked whether spelling and grammar were checked (the checker may not be ready)
 * @param findings everything to fix or consider, in the letter's order of fields
 */
public record LetterReport(
    int words, List<String> keywords, List<String> missingKeywords, boolean grammarChecked,
    List<LetterFinding> findings) {

  public LetterReport {
    keywords = List.copyOf(keywords);
    missingKeywords = List.copyOf(missingKeywords);
    findings = List.copyOf(findings);
  }

  /** Whether a finding is an error: the letter should not be sent as it is. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == org.createyourresume.model.Severity.ERROR);
  }
}
