package org.createyourresume.letter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A cover letter for one job. The sender (name, contact lines) is not stored here: it comes from
 * the resume's {@code basics}, so that it never disagrees with the resume it goes with. Every
 * text value may be {@code null} (left out when printed).
 *
 * @param id the letter's id, unique among the resume's letters (e.g. {@code acme-backend})
 * @param role the job applied for, e.g. "Backend Engineer"
 * @param recipient who it goes to, never null
 * @param date the date as written, {@code YYYY-MM-DD} to have it printed in the resume's language
 * @param subject the subject line, e.g. "Application for Backend Engineer"
 * @param greeting e.g. "Dear Ms Whitfield,"
 * @param body the paragraphs, in order, never null
 * @param closing e.g. "Kind regards,"
 * @param signature the name under the closing; the resume's name when null
 * @param posting the job posting the letter answers, as pasted, or null
 * @param shared whether the resume's share link shows this letter too (the owner's choice; not
 *     shared when null)
 * @param unknown fields of the file this version does not know, kept to be written back
 */
public record Letter(
    String id,
    String role,
    Recipient recipient,
    String date,
    String subject,
    String greeting,
    List<Paragraph> body,
    String closing,
    String signature,
    String posting,
    Boolean shared,
    Map<String, JsonNode> unknown) {

  /** The most body paragraphs a letter may have: a letter is a page, two at most. */
  public static final int MAX_PARAGRAPHS = 30;

  /** The most characters of text a letter may have, all fields together (the posting aside). */
  public static final int MAX_CHARACTERS = 20_000;

  public Letter {
    recipient = recipient == null ? Recipient.NONE : recipient;
    body = body == null ? List.of() : List.copyOf(body);
    unknown =
        unknown == null || unknown.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
  }

  /** The company applied to, or null. */
  public String company() {
    return recipient.company();
  }

  /** Whether the share link shows this letter. */
  public boolean isShared() {
    return Boolean.TRUE.equals(shared);
  }

  /** Every piece of text the letter prints, in order, for checks and word counts. */
  public List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (String s : new String[] {recipient.name(), recipient.title(), recipient.company(),
        recipient.address(), date, subject, greeting}) {
      if (s != null && !s.isBlank()) {
        texts.add(s);
      }
    }
    body.forEach(p -> texts.add(p.text()));
    for (String s : new String[] {closing, signature}) {
      if (s != null && !s.isBlank()) {
        texts.add(s);
      }
    }
    return texts;
  }

  /** The same letter with another body. */
  public Letter withBody(List<Paragraph> newBody) {
    return new Letter(id, role, recipient, date, subject, greeting, newBody, closing, signature,
        posting, shared, unknown);
  }
}
