package org.createyourresume.render.view;

import java.util.List;

/**
 * One section; only the list matching {@code layout} is filled.
 *
 * @param anchor a stable id for links and bookmarks, e.g. {@code section-work}
 * @param title the heading as printed (in capitals for some templates)
 * @param bookmark the heading as written, for bookmarks and outlines
 */
public record SectionView(
    String anchor,
    String title,
    String bookmark,
    SectionLayout layout,
    List<String> paragraphs,
    List<EntryView> entries,
    List<LineView> lines) {

  public EntryView firstEntry() {
    return entries.get(0);
  }

  public List<EntryView> otherEntries() {
    return entries.subList(1, entries.size());
  }

  public LineView firstLine() {
    return lines.get(0);
  }

  public List<LineView> otherLines() {
    return lines.subList(1, lines.size());
  }
}
