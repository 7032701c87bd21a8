package org.createyourresume.ats.parse;

import static org.createyourresume.ats.parse.DatedText.mostlyDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parser's last stage: the fields of one entry, from its first lines. The title line gives
 * the primary (employer, school, project), the secondary (role, degree), the place and the dates,
 * from the pieces' weight and position or, in plain text, their separators; the lines under it
 * may add the role, the dates or the place.
 */
final class EntryLineReader {

  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s,|·•–—:-]+|[\\s,|·•–—:-]+$");
  static final Pattern TITLE_AT_EMPLOYER = Pattern.compile("^(.{3,60}?)\\s+(?:at|@)\\s+(\\p{Lu}.*)$");
  /** The level at the end of a certificate's name, after a dash: part of the name, not an issuer. */
  private static final Set<String> CERTIFICATE_LEVELS = Set.of("associate", "professional", "foundation",
      "practitioner", "expert", "specialty", "fundamentals", "advanced", "master", "intermediate", "beginner");
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]");
  private static final Pattern PIPE = Pattern.compile("\\s+\\|\\s+");
  private static final Pattern DASH_SPLIT = Pattern.compile("\\s+[—–]\\s+|\\s+-\\s+");

  private final Dates dates = Dates.get();

  /** Reads an entry's first line: bold primary, then an inline secondary and place, and dates. */
  Draft titleLine(Block b, SectionKind kind) {
    Draft d = new Draft();
    StringBuilder primary = new StringBuilder();
    StringBuilder rest = new StringBuilder();
    boolean inPrimary = true;
    List<Span> spans = b.spans;
    Span only = spans.get(0);
    if (spans.size() == 1 && !only.bold() && only.text().contains(" | ")) {
      // plain text "Title | Journal, 34(9), 2011–2027 | Apr 2020": the piece that is a date is the
      // dates, whatever other numbers the pieces hold
      List<String> pieces = new ArrayList<>(List.of(PIPE.split(only.text())));
      for (int i = pieces.size() - 1; i >= 0; i--) {
        if (mostlyDate(pieces.get(i))) {
          d.dates = dates.find(pieces.get(i)).orElseThrow();
          // "Leeds   May 2021 – Present": what stands beside the dates stays a piece
          String beside = LEADING_SEPARATOR.matcher(withoutDate(pieces.get(i), d.dates)).replaceAll("").strip();
          if (beside.isEmpty()) {
            pieces.remove(i);
          } else {
            pieces.set(i, beside);
          }
          spans = List.of(new Span(String.join(" | ", pieces), only.left(), only.right(), false, only.italic(), only.top()));
          break;
        }
      }
    }
    // the entry's dates: a piece that is mostly a date (the right-hand column), else the range
    // written inside the line ("… BSc, expected April 2029, Engineering  Sep 2024 – Present")
    boolean datePiece = spans.stream().anyMatch(s -> mostlyDate(s.text()));
    Span before = null;
    for (Span s : spans) {
      String text = s.text();
      // a piece set apart at the right ("Lakeshore Payments" … "Chicago, IL"), bold or not, is
      // not part of the name
      boolean apart = before != null && setApart(before, s);
      before = s;
      if (apart && inPrimary && primary.length() > 0 && !mostlyDate(text)) {
        inPrimary = false;
        // in a job, the place; elsewhere ("Leeds City College" … "Distinction*") the piece
        // the line under it may show to be a place or a grade
        rest.append(kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER ? " | " : " ").append(text);
        continue;
      }
      if (d.dates == null && (!datePiece || mostlyDate(text))) {
        Optional<DateSpan> date = bestDate(text);
        if (date.isPresent() && (!s.bold() || mostlyDate(text))) {
          d.dates = date.get();
          String around = withoutDate(text, date.get());
          if (!around.isEmpty() && !around.matches("[\\p{Punct}\\s]+")) {
            if (inPrimary && s.bold()) {
              primary.append(primary.length() == 0 ? "" : " ").append(around);
            } else {
              rest.append(' ').append(around);
            }
          }
          inPrimary = primary.length() == 0;
          continue;
        }
      }
      if (inPrimary && primary.length() == 0 && !s.bold() && d.dates != null && s != spans.get(0)
          && mostlyDate(spans.get(0).text())) {
        // a dates cell, then a plain cell ("Nov. 2019" beside "CompTIA A+, CompTIA"): read as a
        // line of plain text is, its pieces split at a bar, a dash or a comma
        inPrimary = false;
        rest.append(' ').append(text);
      } else if (inPrimary && (s.bold() || primary.length() == 0)) {
        primary.append(primary.length() == 0 ? "" : " ").append(text);
        if (!s.bold()) {
          inPrimary = false;
        }
      } else {
        inPrimary = false;
        rest.append(' ').append(text);
      }
    }
    String p = primary.toString().strip();
    if (d.dates == null) {
      Optional<DateSpan> inside = dates.find(p).filter(DateSpan::parsed);
      if (inside.isPresent()) {
        d.dates = inside.get();
        p = LEADING_SEPARATOR.matcher(withoutDate(p, inside.get())).replaceAll("").strip();
      }
    }
    boolean placeOnly = rest.toString().strip().startsWith("|") && !p.isEmpty();
    String r = LEADING_SEPARATOR.matcher(rest.toString().strip()).replaceAll("").strip();
    boolean job = kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER;
    if (job && (r.isEmpty() || p.isEmpty())) {
      // "Senior Engineer at Acme Ltd": the title, then the employer
      String whole = p.isEmpty() ? r : p;
      var at = TITLE_AT_EMPLOYER.matcher(whole);
      if (at.matches() && EntryWords.title(at.group(1))) {
        d.primary = at.group(2).strip();
        d.secondary = at.group(1).strip();
        String[] place = PIPE.split(d.primary, 2);
        if (place.length == 2) {
          d.primary = place[0].strip();
          d.location = place[1].strip();
        }
        return d;
      }
    }
    if (p.isEmpty() && !r.isEmpty()) {
      // no bold primary (plain text, unstyled files): "Company | Title | Place" or "Company, Title"
      String[] parts = PIPE.split(r);
      if (parts.length < 2) {
        parts = DASH_SPLIT.split(r);
      }
      if (parts.length == 2 && kind == SectionKind.CERTIFICATIONS
          && CERTIFICATE_LEVELS.contains(TextNorm.key(parts[1].split(",\\s+", 2)[0]))) {
        parts = new String[] {r}; // "AWS Certified Solutions Architect - Associate, Amazon": one name, then the issuer
      }
      if (parts.length < 2) {
        parts = r.split(",\\s+");
      }
      d.primary = parts[0].strip();
      if (parts.length > 1) {
        d.secondary = parts[1].strip();
        d.split = true;
      }
      if (parts.length > 2) {
        d.location = String.join(", ", java.util.Arrays.asList(parts).subList(2, parts.length)).strip();
      }
      return d;
    }
    if (placeOnly && !r.isEmpty()) {
      // "Acme | Leeds" (a job without a title), "Acme | Analyst | Leeds"; in sections without
      // places, "University | BSc Physics" and "Paper | Journal" name the degree or publisher
      d.primary = p.isEmpty() ? null : p;
      String[] parts = PIPE.split(r, 2);
      if (parts.length == 2) {
        d.secondary = parts[0].strip();
        d.location = parts[1].strip();
      } else if (kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER || kind == SectionKind.OTHER) {
        d.location = r;
      } else {
        d.secondary = r;
      }
      return d;
    }
    if (r.isEmpty()) {
      // "Title | Company" or "Company — Title" in one bold piece
      String[] parts = PIPE.split(p, 2);
      if (parts.length < 2) {
        parts = DASH_SPLIT.split(p, 2);
      }
      if (parts.length < 2 && (kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER)) {
        // "Marketing Manager, Brightpath Software": a comma splits only a job title from what follows
        int comma = p.indexOf(", ");
        if (comma > 0 && EntryWords.title(p.substring(0, comma)) && !EntryWords.title(p.substring(comma + 2))) {
          parts = new String[] {p.substring(0, comma), p.substring(comma + 2)};
        }
      }
      if (parts.length == 2 && kind == SectionKind.CERTIFICATIONS
          && CERTIFICATE_LEVELS.contains(TextNorm.key(parts[1]))) {
        parts = new String[] {p}; // "AWS Certified Solutions Architect – Associate" is one name
      }
      if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
        p = parts[0].strip();
        r = parts[1].strip();
        d.split = true;
      }
    }
    d.primary = p.isEmpty() ? null : p;
    if (!r.isEmpty()) {
      String[] parts = PIPE.split(r, 2);
      d.secondary = parts[0].strip();
      if (parts.length == 2) {
        d.location = parts[1].strip();
      }
    }
    // "Acme Corp   Boston, MA" over "Senior Analyst   Jan 2020 – Present": what stands right of the
    // name may be the place, if the next line brings the role and the dates
    d.rightPiece = d.dates == null && d.location == null && b.spans.size() == 2 && b.spans.get(0).bold()
        && (!b.spans.get(1).bold() || setApart(b.spans.get(0), b.spans.get(1)));
    return d;
  }

  /**
   * "Aire Valley Housing" then "Leeds" in italic, with no space between them (a page's row of an
   * employer and its place at the right, converted to Word): the name and the place, told apart
   * by their styles alone; else null.
   */
  static String[] placeInItsOwnStyle(Block b) {
    if (b.spans.size() != 2 || b.lineCount > 1) {
      return null;
    }
    Span first = b.spans.get(0);
    Span second = b.spans.get(1);
    String place = second.text().strip();
    if (first.italic() == second.italic() || !second.italic() || !ContactFinder.looksLikePlace(place)
        || place.split("\\s+").length > 4 || EntryWords.title(place)) {
      return null;
    }
    return new String[] {first.text().strip(), place};
  }

  /** Whether {@code next} stands well apart from {@code previous} on their line: another column's piece. */
  static boolean setApart(Span previous, Span next) {
    return next.left() - previous.right() > 30;
  }

  /**
   * The text with its date taken out, and the brackets that held only the date with it
   * ("AWS Certified Cloud Practitioner (2020)").
   */
  private static String withoutDate(String text, DateSpan date) {
    return EMPTY_BRACKETS.matcher(text.replace(date.text(), " ")).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }

  /** What a line under an entry's title turned out to be. */
  enum Subline {
    /** Not part of the title: a paragraph, a bullet. */
    NONE,
    /** The role or degree (with a place or dates). */
    ROLE,
    /** Only the dates (and maybe a place). */
    DATES
  }

  /**
   * The line under a title that gave its secondary as a piece on the right: when this line has
   * the role on the left and the dates on the right, that piece was the place.
   */
  Subline roleAndDates(Block b, Draft d) {
    if (b.spans.size() < 2 || b.bold || d.dates != null) {
      return datesLine(b, d);
    }
    String last = b.spans.get(b.spans.size() - 1).text();
    if (!mostlyDate(last)) {
      return datesLine(b, d);
    }
    d.location = d.secondary;
    d.secondary = b.spans.get(0).text();
    d.dates = dates.find(last).orElseThrow();
    return Subline.ROLE;
  }

  /**
   * A line of dates under a title that already has its role ("03/2021 – Present · Berlin"): the
   * dates, and what remains as the place.
   */
  Subline datesLine(Block b, Draft d) {
    if (d.dates != null || b.bold) {
      return Subline.NONE;
    }
    String t = b.text;
    Optional<DateSpan> date = dates.find(t).filter(DateSpan::parsed);
    if (date.isEmpty() || date.get().text().length() * 10 < t.length() * 4) {
      return Subline.NONE;
    }
    String rest = LEADING_SEPARATOR.matcher(withoutDate(t, date.get()))
        .replaceAll("").strip();
    if (rest.split("\\s+").length > 4) {
      return Subline.NONE;
    }
    d.dates = date.get();
    if (d.location == null && !rest.isEmpty() && d.secondary != null && d.split
        && EntryWords.title(rest) && !EntryWords.title(d.secondary)) {
      // "Employer — Place" over "Role, dates": the piece after the employer was its place
      d.location = d.secondary;
      d.secondary = rest;
    } else if (d.location == null && !rest.isEmpty()) {
      d.location = rest;
    }
    return Subline.DATES;
  }

  /**
   * Whether {@code b} is the place of a job whose title line already gave its role, employer and
   * dates ("Head of Engineering at Isartal Automation GmbH   April 2021 – Present" over
   * "Munich"), and took it as such: a short line of a few capitalised words, no digits, no
   * sentence, no job title. Taken, it ends the entry's title lines.
   */
  boolean placeLine(Block b, Draft d, SectionKind kind) {
    boolean job = kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER;
    String t = b.text.strip();
    if (!job || b.bold || b.lineCount > 1 || d.dates == null || d.location != null || d.primary == null
        || d.secondary == null || t.split("\\s+").length > 3 || t.matches(".*[\\d.!?:;].*")
        || !ContactFinder.looksLikePlace(t) || EntryWords.title(t) || EntryWords.company(t)) {
      return false;
    }
    d.location = t;
    d.titleLineOnly = false;
    return true;
  }

  /** The line under a stacked entry's title: the role or degree, and a place on the right. */
  Subline subline(Block b, Draft d) {
    if (b.bold && !b.spans.get(0).italic()) {
      return Subline.NONE;
    }
    if (b.spans.size() >= 2) {
      // "Role   Place" (a stacked layout's second line), or "Role | Place | Dates" in text
      d.secondary = b.spans.get(0).text();
      List<String> place = new ArrayList<>();
      for (int i = 1; i < b.spans.size(); i++) {
        String text = b.spans.get(i).text();
        boolean last = i == b.spans.size() - 1;
        Optional<DateSpan> date = last ? dates.find(text).filter(DateSpan::parsed)
            : Optional.of(text).filter(DatedText::mostlyDate).flatMap(dates::find);
        if (d.dates == null && date.isPresent()) {
          d.dates = date.get();
        } else {
          place.add(text);
        }
      }
      if (!place.isEmpty()) {
        d.location = String.join(", ", place); // else the place the title line set apart stays
      }
      return Subline.ROLE;
    }
    String t = b.text;
    if (b.lineCount > 2 || t.endsWith(".") || t.split("\\s+").length > (b.lineCount > 1 ? 25 : 12)) {
      return Subline.NONE; // a sentence or a paragraph, not a role or a degree
    }
    if (d.dates == null) {
      Optional<DateSpan> date = dates.find(t).filter(DateSpan::parsed);
      if (date.isPresent() && date.get().text().length() * 10 >= t.length() * 6) {
        d.dates = date.get();
        // "Pagalia | Jan 2020 – Present" under "Senior Data Analyst": a short piece set apart
        // before the dates, under a job title, is the employer
        int at = t.indexOf(date.get().text());
        String piece = at > 0 ? LEADING_SEPARATOR.matcher(t.substring(0, at)).replaceAll("").strip() : "";
        if (!piece.isEmpty() && d.secondary == null && d.primary != null && EntryWords.title(d.primary)
            && !EntryWords.title(piece) && t.substring(0, at).matches(".*\\S\\s*[|·•–—,]\\s*")) {
          d.secondary = piece;
          return Subline.ROLE;
        }
        return Subline.DATES;
      }
      // "Bachelor of Business Administration, Marketing · 2017": the dates set apart at the end
      List<DateSpan> all = dates.findAll(t);
      DateSpan last = all.isEmpty() ? null : all.get(all.size() - 1);
      if (last != null && last.parsed() && t.endsWith(last.text())) {
        String before = t.substring(0, t.length() - last.text().length());
        if (before.matches(".*\\S\\s*[·|•–—,]\\s*")) {
          d.dates = last;
          t = LEADING_SEPARATOR.matcher(before).replaceAll("").strip();
        }
      }
    }
    // "Cedar Ridge High School | Austin, TX" under a role: the employer, then its place
    String[] pieces = PIPE.split(t);
    if (pieces.length == 2 && d.location == null && ContactFinder.looksLikePlace(pieces[1])
        && !EntryWords.title(pieces[1]) && pieces[1].split("\\s+").length <= 4) {
      d.secondary = pieces[0].strip();
      d.location = pieces[1].strip();
      return Subline.ROLE;
    }
    // an inline role that wrapped whole under a long title keeps the comma that joined it
    d.secondary = t.startsWith(",") ? t.substring(1).strip() : t;
    return Subline.ROLE;
  }

  /** The range in {@code text} if it has one ("Sep 2024 – Present"), else its first date. */
  private Optional<DateSpan> bestDate(String text) {
    List<DateSpan> all = dates.findAll(text).stream().filter(DateSpan::parsed).toList();
    for (DateSpan d : all) {
      if (d.end() != null || d.current()) {
        return Optional.of(d);
      }
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }
}
