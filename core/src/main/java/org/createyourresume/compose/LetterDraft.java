package org.createyourresume.compose;

import java.util.List;
import org.createyourresume.letter.Letter;

/**
 * A starter draft and how it was made, so that the editor can explain it.
 *
 * @param letter the draft; every body paragraph is marked {@link
 *     org.createyourresume.letter.Paragraph#generated()}
 * @param role the job title read from the posting, or null (the draft then says "[Role]")
 * @param company the company read from the posting, or null (the draft then says "[Company]")
 * @param requirements the posting's top requirements, most important first
 * @param citations the resume's achievements the draft quotes, in the draft's order
 */
public record LetterDraft(
    Letter letter, String role, String company, List<String> requirements, List<Citation> citations) {

  public LetterDraft {
    requirements = List.copyOf(requirements);
    citations = List.copyOf(citations);
  }
}
