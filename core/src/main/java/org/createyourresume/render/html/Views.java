package org.createyourresume.render.html;

import java.util.List;

/** The records jte templates render; built by {@link ViewBuilder}, all text already cleaned. */
final class Views {
  private Views() {}

  /** The whole page. */
  record ResumeView(
      String lang,
      String title,
      String author,
      String subject,
      String keywords,
      String css,
      boolean forPdf,
      boolean inlineEntries,
      boolean skillsGrid,
      HeaderView header,
      List<SectionView> sections) {}

  /** Name, headline and contact line. */
  record HeaderView(String name, String label, List<ContactView> contacts) {}

  /** One contact item; {@code href} is null for plain text. */
  record ContactView(String text, String href, String title) {}

  /** How a section's content is laid out. */
  enum Kind {
    /** Paragraphs of text (the summary). */
    TEXT,
    /** Entries with a title line, dates, text and bullets. */
    ENTRIES,
    /** Short lines, optionally labelled (skills, languages, interests). */
    LINES
  }

  /**
   * One section; only the list matching {@code kind} is filled.
   *
   * @param title the heading as printed (in capitals for some templates)
   * @param bookmark the heading as written, for the PDF's bookmarks
   */
  record SectionView(
      String anchor,
      String title,
      String bookmark,
      Kind kind,
      List<String> paragraphs,
      List<EntryView> entries,
      List<LineView> lines) {

    EntryView firstEntry() {
      return entries.get(0);
    }

    List<EntryView> otherEntries() {
      return entries.subList(1, entries.size());
    }

    LineView firstLine() {
      return lines.get(0);
    }

    List<LineView> otherLines() {
      return lines.subList(1, lines.size());
    }
  }

  /**
   * One entry. {@code primary} is never null; every other text may be.
   *
   * @param primary bold first line: employer, school, award, project …
   * @param href link for the primary text
   * @param secondary position, degree, issuer …
   * @param location place, shown right of the secondary line
   * @param dates formatted date range, shown right of the first line
   * @param paragraphs free text under the title lines
   * @param bullets highlights
   * @param details labelled lines such as "Courses: …"
   */
  record EntryView(
      String primary,
      String href,
      String secondary,
      String location,
      String dates,
      List<String> paragraphs,
      List<String> bullets,
      List<LineView> details) {

    boolean hasSubline() {
      return secondary != null || location != null;
    }
  }

  /** "Label: text", or just text when {@code label} is null; {@code href} links the text. */
  record LineView(String label, String text, String href) {}
}
