package org.createyourresume.render.view;

import java.util.List;

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
public record EntryView(
    String primary,
    String href,
    String secondary,
    String location,
    String dates,
    List<String> paragraphs,
    List<String> bullets,
    List<LineView> details) {

  public boolean hasSubline() {
    return secondary != null || location != null;
  }
}
