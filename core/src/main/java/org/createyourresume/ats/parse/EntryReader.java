package org.createyourresume.ats.parse;

import static org.createyourresume.ats.parse.DatedText.hasDate;
import static org.createyourresume.ats.parse.DatedText.mostlyDate;
import static org.createyourresume.ats.parse.EntryLineReader.TITLE_AT_EMPLOYER;
import static org.createyourresume.ats.parse.EntryLineReader.placeInItsOwnStyle;
import static org.createyourresume.ats.parse.SectionReader.splitItems;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.EntryLineReader.Subline;

/**
 * The parser's sixth stage: a section's blocks cut into entries (jobs, schools, projects,
 * certificates). An entry starts at a bold first line in a styled document, at a gap above a
 * dated line where titles carry no weight, and at a dated line in plain text; its first lines go
 * to {@link EntryLineReader} for the fields, the rest become its bullets, details and paragraphs.
 */
final class EntryReader {

  private static final Pattern DETAIL = Pattern.compile("^[\\p{L}][\\p{L} /&]{1,24}:\\s+\\S.*");

  private final Dates dates = Dates.get();
  private final EntryLineReader entryLines;
  private final EntryModel model;

  EntryReader(EntryLineReader entryLines) {
    this(entryLines, new EntryModel());
  }

  /** A reader whose fitted stage is {@code model}: the fitter passes one that records each decision. */
  EntryReader(EntryLineReader entryLines, EntryModel model) {
    this.entryLines = entryLines;
    this.model = model;
  }

  List<ParsedEntry> entries(List<Block> content, boolean styledDocument, SectionKind kind) {
    // entries whose first lines are not bold (a larger or coloured title instead) are told apart
    // by the space above them, and a page or column start counts as such a space
    boolean unweighted = styledDocument && content.stream().noneMatch(b -> startsEntry(b, true));
    boolean byGaps = unweighted && content.stream().anyMatch(b -> b.positioned);
    // a Word file whose entry titles lost their weight (a web page saved as Word) has no space to
    // go by either: its entries are read as in plain text, by their dates
    boolean styled = styledDocument && !(unweighted && !byGaps);
    // certificates set as a bulleted list (as Word and Markdown give them), or as plain lines that
    // each carry their own date in a file whose titles are not bold: one to a line
    boolean bulletEach = kind == SectionKind.CERTIFICATIONS && (content.stream().allMatch(b -> b.bullet)
        || (unweighted && content.size() > 1 && content.stream().allMatch(b -> dates.find(b.text).isPresent())));
    List<ParsedEntry> paired = kind == SectionKind.CERTIFICATIONS ? certificatesOverTheirDates(content, kind) : null;
    if (paired != null) {
      return paired;
    }
    // projects with no dates and no bold titles (plain text, a web page saved as Word): each one
    // opens with a short title line after the text of the one before
    boolean undatedProjects = kind == SectionKind.PROJECTS && !styled && content.stream().noneMatch(DatedText::hasDate);
    boolean fitted = EntryModel.fittedOn(content, kind);
    List<ParsedEntry> entries = new ArrayList<>();
    Draft draft = null;
    float titleLeft = Float.NaN;
    DateSpan pending = null;
    for (int i = 0; i < content.size(); i++) {
      Block b = content.get(i);
      if (styled && !b.bullet && b.spans.size() == 1 && !b.bold && i + 1 < content.size()
          && (draft == null || draft.dates != null) && startsEntry(content.get(i + 1), true) && mostlyDate(b.text)) {
        // a row of a table read cell by cell: the dates cell, then the entry's bold title
        pending = dates.find(b.text).orElseThrow();
        continue;
      }
      boolean starts = bulletEach || (byGaps ? startsEntryAfterGap(content, i) : startsEntry(b, styled));
      boolean undatedStart = !starts && undatedProjects && draft != null && undatedProjectTitle(content, i);
      starts |= undatedStart;
      if (starts && !styled && draft != null && draft.titleLineOnly && draft.dates == null && draft.primary != null
          && datesLine(b.text)) {
        starts = false; // plain text: the dates line of a title and degree above it
      }
      if (fitted && draft != null) {
        // with an entry open, the fitted stage has its say over the rules' (the first block opens one anyway)
        starts = model.decide(content, i, EntryModel.features(content, i, styledDocument, starts), starts);
      }
      if (starts) {
        // plain text: a short line above the dated line is its title ("Senior Software Engineer"
        // over "Lakeshore Payments · Chicago, IL · 2021-03-01 — Present")
        String above = !styled && !undatedStart && draft != null && i > 0 ? titleAbove(draft, content.get(i - 1)) : null;
        // and a line of dates alone may have both its title and its employer above it
        // ("Data Analyst" over "Contoso Retail" over "Jan 2018 – Feb 2021")
        String aboveThat = above != null && i > 1 && datesLine(b.text) && draft.primary != null
            ? titleAbove(draft, content.get(i - 2)) : null;
        // and the employer, its place and the title, each on a line of its own over the dates
        // ("Brightline Logistics" over "Milwaukee, WI" over "Software Engineer"), as a browser
        // copies a page that sets them in a grid
        boolean job = kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER;
        String employer = null;
        String place = null;
        if (job && aboveThat != null && i > 2 && placeOfAJob(aboveThat)) {
          employer = titleAbove(draft, content.get(i - 3));
          place = employer == null ? null : aboveThat;
        } else if (job && above != null && aboveThat == null && mostlyDate(b.text) && draft.dates == null
            && draft.primary != null && draft.secondary != null && draft.location == null && draft.bullets.isEmpty()
            && draft.paragraphs.isEmpty() && draft.details.isEmpty() && placeOfAJob(draft.secondary)) {
          // the first entry, read so far as an employer and its place
          employer = draft.primary;
          place = draft.secondary;
          draft = null;
        }
        if (draft != null && !(above != null && draft.primary == null)) {
          entries.add(draft.build(kind));
        }
        draft = entryLines.titleLine(b, kind);
        if (employer == null && aboveThat != null && draft.primary != null && draft.secondary == null
            && draft.location == null && shortPiece(draft.primary)) {
          // "Sep 2018 - Apr 2021 • Bath" under the title and the employer: what the dates line
          // holds besides its dates is the place
          draft.location = draft.primary;
          draft.primary = null;
        }
        if (employer != null && draft.primary == null && draft.secondary == null) {
          draft.primary = employer;
          draft.location = place;
          draft.secondary = above;
        } else if (aboveThat != null && draft.primary == null && draft.secondary == null) {
          draft.primary = aboveThat;
          draft.secondary = above;
          draft.split = true;
        } else if (above != null) {
          List<String> pieces = new ArrayList<>();
          for (String piece : new String[] {draft.primary, draft.secondary, draft.location}) {
            if (piece != null) {
              pieces.add(piece);
            }
          }
          draft.primary = pieces.isEmpty() ? null : String.join(", ", pieces);
          draft.secondary = above;
          draft.location = null;
          draft.split = false;
          var at = TITLE_AT_EMPLOYER.matcher(above);
          if (pieces.isEmpty() && (kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER)
              && at.matches() && EntryWords.title(at.group(1))) {
            // "Staff Nurse at Avon Vale Hospital" over its dates: the title, then the employer
            draft.primary = at.group(2).strip();
            draft.secondary = at.group(1).strip();
          } else if (kind == SectionKind.CERTIFICATIONS && !pieces.isEmpty()) {
            // "Google Data Analytics Professional Certificate" over "Google, March 2020": the
            // certificate's name, then its issuer
            draft.secondary = draft.primary;
            draft.primary = above;
          } else {
            boolean placeable = kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER || kind == SectionKind.EDUCATION;
            String[] placed = placeable ? placeInItsOwnStyle(content.get(i - 1)) : null;
            if (placed != null && above.equals(content.get(i - 1).text.strip())) {
              draft.secondary = placed[0];
              draft.location = placed[1];
            }
          }
        }
        if (draft.dates == null && pending != null) {
          draft.dates = pending;
        }
        pending = null;
        // in a dates column layout the entry's text (and its bullets) start right of the dates
        titleLeft = !b.positioned ? Float.NaN
            : b.spans.size() > 1 && mostlyDate(b.spans.get(0).text()) ? b.spans.get(1).left() : b.left;
        continue;
      }
      if (!b.bullet && !Float.isNaN(titleLeft) && b.positioned && b.left > titleLeft + 5
          && b.left < titleLeft + 40 && !labelled(b)) {
        b.bullet = true; // an indented line whose bullet mark is drawn, not written
      }
      if (draft != null && draft.piped && !(draft.bullets.isEmpty() && draft.paragraphs.isEmpty()) && !b.bullet
          && b.text.contains(" | ") && !b.text.strip().endsWith(".")
          && b.text.substring(0, b.text.indexOf(" | ")).strip().split("\\s+").length <= 6) {
        // the next undated entry set like the one before it: "Sign Classifier | Python" after the
        // bullets of "Canteen App | React"
        entries.add(draft.build(kind));
        draft = null;
      }
      if (draft == null) {
        if (!b.bullet && b.text.contains(" | ")) {
          // an undated first entry whose pieces are set apart: "Globex | Planner"
          draft = entryLines.titleLine(b, kind);
          draft.piped = true;
          continue;
        }
        draft = new Draft();
        draft.titleLineOnly = false;
        if (!b.bullet) {
          draft.primary = b.text;
          draft.titleLineOnly = true;
          continue;
        }
      }
      if (draft.titleLineOnly && !b.bullet) {
        var at = draft.secondary == null && draft.dates != null && draft.primary != null
            && (kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER)
            ? TITLE_AT_EMPLOYER.matcher(draft.primary) : null;
        if (at != null && at.matches() && EntryWords.title(at.group(1))) {
          // "Staff Nurse at Avon Vale Hospital" over a line of its dates: the title, then the employer
          draft.primary = at.group(2).strip();
          draft.secondary = at.group(1).strip();
        }
        Subline sub = draft.secondary == null ? entryLines.subline(b, draft)
            : draft.rightPiece ? entryLines.roleAndDates(b, draft) : entryLines.datesLine(b, draft);
        if (sub == Subline.NONE && entryLines.placeLine(b, draft, kind)) {
          continue;
        }
        if (sub == Subline.NONE && draft.primary == null && draft.secondary != null && draft.dates != null
            && !b.bold && b.lineCount == 1 && !b.text.strip().endsWith(".") && b.text.split("\\s+").length <= 10) {
          // dates first, then the role, then the employer ("May 2024 – Jul 2024" over "Intern" over
          // "Trackwise Logistics"), or the school then the degree
          draft.primary = b.text;
          draft.titleLineOnly = false;
          continue;
        }
        if (sub != Subline.NONE) {
          // a line of dates alone may still be followed by the role or degree
          // and a role or degree without dates, by its dates ("Diplom · Informatik" over "2004 – 2010");
          // an entry that opened with its dates may have two lines under them
          draft.titleLineOnly = (sub == Subline.DATES && draft.secondary == null)
              || (sub == Subline.ROLE && (draft.dates == null || draft.primary == null));
          continue;
        }
      }
      draft.titleLineOnly = false;
      if (b.bullet) {
        draft.bullets.add(b.text);
      } else if (DETAIL.matcher(b.text).matches() && b.text.indexOf(':') <= 26) {
        draft.details.add(b.text);
      } else {
        draft.paragraphs.add(b.text);
      }
    }
    if (draft != null) {
      entries.add(draft.build(kind));
    }
    return entries;
  }

  /**
   * The text of {@code previous} when it is a short title line left over at the end of the
   * entry being collected (the whole of an entry that has no dates yet, or its last paragraph),
   * taken out of that entry; else null.
   */
  private String titleAbove(Draft draft, Block previous) {
    String t = previous.text.strip();
    if (previous.bullet || t.endsWith(".") || t.split("\\s+").length > 8 || hasDate(previous) || t.contains(":")) {
      return null;
    }
    if (draft.dates == null && draft.bullets.isEmpty() && draft.paragraphs.isEmpty() && draft.details.isEmpty()
        && draft.secondary == null && t.equals(draft.primary)) {
      draft.primary = null; // the entry held only this line
      return t;
    }
    List<String> paragraphs = draft.paragraphs;
    if (!paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(t)) {
      paragraphs.remove(paragraphs.size() - 1);
      return t;
    }
    return null;
  }

  /** "Milwaukee, WI", "Leeds, UK": a town and its state or country, never a job title or an employer. */
  private boolean placeOfAJob(String text) {
    String t = text.strip();
    return t.contains(", ") && t.split("\\s+").length <= 5 && ContactFinder.looksLikePlace(t)
        && !EntryWords.title(t) && !EntryWords.company(t) && dates.find(t).isEmpty();
  }

  /**
   * Certificates set without weight, each a name over a line of its issuer and date ("CompTIA A+"
   * over "CompTIA, November 2019") or one dated line: the entries, or null when the section is
   * not made only of such lines. Without bold titles or a gap to go by, the dated line is what
   * closes each certificate.
   */
  private List<ParsedEntry> certificatesOverTheirDates(List<Block> content, SectionKind kind) {
    if (content.isEmpty() || content.stream().anyMatch(b -> b.bullet || b.bold || labelled(b))) {
      return null;
    }
    List<ParsedEntry> entries = new ArrayList<>();
    for (int i = 0; i < content.size(); i++) {
      Block b = content.get(i);
      String name = null;
      if (!hasDate(b)) {
        if (i + 1 >= content.size() || !hasDate(content.get(i + 1)) || b.lineCount > 2) {
          return null;
        }
        name = b.text.strip();
        b = content.get(++i);
      }
      if (b.text.split("\\s+").length > 16) {
        return null; // a sentence, not a certificate's line
      }
      Draft d = entryLines.titleLine(b, kind);
      if (name != null) {
        // the dated line under a name holds the issuer: its pieces, read as one
        List<String> pieces = new ArrayList<>();
        for (String piece : new String[] {d.primary, d.secondary, d.location}) {
          if (piece != null) {
            pieces.add(piece);
          }
        }
        d.primary = name;
        d.secondary = pieces.isEmpty() ? null : String.join(", ", pieces);
        d.location = null;
      }
      entries.add(d.build(kind));
    }
    return entries;
  }

  /**
   * Whether block {@code i} is the title of an undated project that follows another: a short line
   * without a comma, a colon or a full stop, after a finished sentence, a bullet or a list of
   * items, with more of the project under it.
   */
  private static boolean undatedProjectTitle(List<Block> content, int i) {
    Block b = content.get(i);
    String t = b.text.strip();
    if (i == 0 || i + 1 >= content.size() || b.bullet || labelled(b) || b.lineCount > 1 || t.endsWith(".")
        || t.contains(",") || t.contains(":") || t.split("\\s+").length > 8 || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    Block previous = content.get(i - 1);
    String before = previous.text.strip();
    return previous.bullet || before.endsWith(".") || before.endsWith("!") || (before.contains(", ")
        && splitItems(before).stream().allMatch(item -> item.split("\\s+").length <= 3));
  }

  private boolean startsEntry(Block b, boolean styled) {
    if (b.bullet || labelled(b)) {
      return false;
    }
    if (styled) {
      // a bold first line, or dates first and then a bold name (a table row, a dates column)
      return b.bold || (b.spans.size() > 1 && mostlyDate(b.spans.get(0).text()) && b.spans.get(1).bold());
    }
    // a year in a web address ("Link: example.org/2023/talk") is not the entry's date
    String text = ContactFinder.URL.matcher(b.text).replaceAll(" ");
    return dates.find(text).filter(d -> d.parsed()).isPresent();
  }

  /**
   * In a section without bold entry titles: a line after an entry gap (or at the top of a page or
   * column) that is not a bullet or a label, with the entry's dates on it or on the line after it.
   */
  private boolean startsEntryAfterGap(List<Block> content, int i) {
    Block b = content.get(i);
    if (b.bullet || labelled(b) || !b.gapAbove || b.lineCount > 2) {
      return false;
    }
    if (hasDate(b)) {
      return true;
    }
    return i + 1 < content.size() && !content.get(i + 1).bullet && !content.get(i + 1).gapAbove
        && hasDate(content.get(i + 1));
  }

  /**
   * Whether a line is an entry's line of dates: mostly dates, or dates first and one short piece
   * after a separator ("Sep 2015 - Jul 2018 • First Class Honours", "Mar 2021 - Present | Chicago").
   */
  private boolean datesLine(String text) {
    if (mostlyDate(text)) {
      return true;
    }
    String t = text.strip();
    return dates.find(t).filter(DateSpan::parsed).filter(d -> t.startsWith(d.text()))
        .map(d -> t.substring(d.text().length()))
        .filter(rest -> rest.matches("\\s*[\u2022\u00b7|]\\s*[^\u2022\u00b7|]{1,40}")).isPresent();
  }

  /** A short piece with no digits: a place or a grade's words, not a title line. */
  private static boolean shortPiece(String text) {
    return text.split("\\s+").length <= 4 && text.chars().noneMatch(Character::isDigit);
  }

  /** "GPA: 3.8", "Courses: …": a bold label and its value, a detail rather than an entry. */
  private static boolean labelled(Block b) {
    String first = b.spans.get(0).text();
    return b.spans.size() > 1 && first.endsWith(":") && first.length() <= 30;
  }
}
