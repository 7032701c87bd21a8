package org.createyourresume.ats.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry being collected by {@link EntryReader} and {@link EntryLineReader}, line by line; built
 * into a {@link ParsedEntry} once the next entry starts, when the pieces are put in their fields
 * (the employer before the title, a place split off the employer).
 */
final class Draft {
  /** An employer with a city as its last piece: "Lakeshore Payments, Chicago", "Brightline · Milwaukee". */
  private static final Pattern CITY_TAIL =
      Pattern.compile("^(.+?)\\s*(?:,|\\s[·|—–])\\s*(\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*)?)$");

  /** Whether the entry opened with an undated line whose pieces a bar sets apart ("Globex | Planner"). */
  boolean piped;
  String primary;
  String secondary;
  String location;
  DateSpan dates;
  boolean titleLineOnly = true;
  /** Primary and secondary were split from one undifferentiated piece of text. */
  boolean split;
  /** The secondary is a piece printed right of the bold primary, which may be a place. */
  boolean rightPiece;
  final List<String> paragraphs = new ArrayList<>();
  final List<String> bullets = new ArrayList<>();
  final List<String> details = new ArrayList<>();

  ParsedEntry build(SectionKind kind) {
    boolean job = kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER;
    String p = primary;
    String s = secondary;
    boolean swapped = job && s != null && p != null && EntryWords.title(p) && !EntryWords.title(s) && !EntryWords.company(p);
    // "BA Business Studies – University College Cork": the school goes first
    swapped |= kind == SectionKind.EDUCATION && s != null && p != null && EntryWords.school(s) && !EntryWords.school(p)
        && (split || EntryWords.degree(p));
    String place = location;
    if (swapped) {
      String swap = p;
      p = s;
      s = swap;
      // the line under a role is often "Employer, City": a last part without a company word is the place
      int comma = p.lastIndexOf(", ");
      if (job && place == null && comma > 0) {
        String tail = p.substring(comma + 2).strip();
        if (tail.split("\\s+").length <= 3 && Character.isUpperCase(tail.codePointAt(0)) && !EntryWords.company(tail)
            && !EntryWords.school(tail) && !tail.endsWith(".")) {
          place = tail;
          p = p.substring(0, comma).strip();
        }
      }
    }
    if (job && place == null && p != null) {
      // "Isartal Automation GmbH · Munich", "Kaveri Retail Analytics — Bengaluru": a short last
      // piece after a dot, a bar or a dash is the place
      String[] pieces = p.split("\\s+[·|—–]\\s+");
      String tail = pieces[pieces.length - 1].strip();
      if (pieces.length > 1 && tail.split("\\s+").length <= 3 && !tail.isEmpty()
          && Character.isUpperCase(tail.codePointAt(0)) && !EntryWords.company(tail) && !EntryWords.title(tail)) {
        place = tail;
        p = p.substring(0, p.lastIndexOf(tail)).replaceAll("[\\s·|—–]+$", "").strip();
      }
    }
    if (job && place != null && p != null && place.matches("\\p{Lu}{2}")) {
      // "Lakeshore Payments, Chicago" and "IL": a state's code alone is the end of the place,
      // whose city is the employer's last piece
      Matcher city = CITY_TAIL.matcher(p);
      if (city.matches() && !EntryWords.company(city.group(2)) && !EntryWords.title(city.group(2))) {
        p = city.group(1).strip();
        place = city.group(2) + ", " + place;
      }
    }
    boolean guessed = job && split && p != null && s != null
        && EntryWords.title(p) == EntryWords.title(s) && EntryWords.company(p) == EntryWords.company(s);
    return new ParsedEntry(p, s, place, dates, paragraphs, bullets, details, guessed);
  }
}
