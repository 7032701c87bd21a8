package org.createyourresume.ats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.createyourresume.ats.match.KeywordKind;

/**
 * Every id a {@link Finding} can have, for interfaces that word findings in their own language:
 * they can check that they have words for each. The list is kept complete by a test that reads
 * the ids the checks are written with.
 */
public final class FindingIds {

  private static final List<String> FIXED = List.of(
      "text.none", "text.ocr", "text.hidden", "text.garbage", "text.duplicated",
      "font.unmapped-glyphs", "font.no-unicode-map", "font.not-embedded",
      "file.size", "file.pages", "file.copy-protected",
      "layout.tables", "layout.columns", "layout.text-boxes",
      "images.icons", "images.pictures",
      "contact.header-footer", "contact.name", "contact.email", "contact.phone",
      "contact.location", "contact.linkedin",
      "headings.letter-spaced", "headings.non-standard",
      "sections.missing-experience", "sections.missing-education", "sections.missing-skills",
      "sections.missing-summary",
      "dates.missing", "dates.two-digit-year", "dates.end-before-start", "dates.inconsistent",
      "dates.order", "dates.gaps",
      "bullets.action-verbs", "bullets.quantified", "bullets.long", "bullets.short",
      "bullets.missing",
      "wording.pronouns", "wording.buzzwords", "wording.repeated",
      "summary.long", "summary.short", "length.short", "length.long",
      "language.spelling", "language.grammar",
      "loop.differences", "match.missing.more");

  /** The prefix of the ids of a missing keyword, followed by its kind ({@link #missing}). */
  public static final String MISSING_PREFIX = "match.missing.";

  private FindingIds() {}

  /** Every id, the missing keywords' one per kind included. */
  public static List<String> all() {
    List<String> ids = new ArrayList<>(FIXED);
    for (KeywordKind kind : KeywordKind.values()) {
      ids.add(missing(kind));
    }
    return List.copyOf(ids);
  }

  /** The id of the finding for a missing keyword of {@code kind}: {@code match.missing.hard-skill}. */
  public static String missing(KeywordKind kind) {
    return MISSING_PREFIX + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
