package org.createyourresume.render.view;

import java.util.List;

/**
 * The template's choices from the layout vocabulary, as the page template needs them.
 *
 * @param header {@code centered}, {@code left}, {@code split} or {@code band}
 * @param headings {@code rule}, {@code bar}, {@code band}, {@code smallcaps} or {@code plain}
 * @param inlineEntries whether each entry's title, organisation and dates share one line
 * @param skills {@code lines}, {@code grid} or {@code levels}
 * @param timeline whether entries hang on a vertical line
 * @param contactIcons whether contact items carry a decorative icon
 * @param photo {@code none}, {@code round} or {@code square}
 * @param sidebar {@code left}, {@code right}, or {@code none} when everything is in one column
 *     (also when the template has a sidebar but this resume's sidebar would not fit beside the
 *     main column)
 * @param sideSections the anchors of the sections printed in the sidebar
 */
public record Layout(
    String header,
    String headings,
    boolean inlineEntries,
    String skills,
    boolean timeline,
    boolean contactIcons,
    String photo,
    String sidebar,
    List<String> sideSections) {

  public Layout {
    sideSections = List.copyOf(sideSections);
  }

  public boolean hasSidebar() {
    return !"none".equals(sidebar);
  }

  /**
   * Whether the page sets text side by side that a reader sorting by position would interleave
   * (a sidebar beside the main column, contact lines beside the name), so that the PDF states
   * that its written order is its reading order.
   */
  public boolean readsAsWritten() {
    return hasSidebar() || "split".equals(header);
  }

  public boolean skillsGrid() {
    return "grid".equals(skills);
  }

  public boolean skillLevels() {
    return "levels".equals(skills);
  }

  /** The {@code class} of the page's body: every choice as a class the stylesheet keys on. */
  public String bodyClass() {
    return "header-" + header + " headings-" + headings + (timeline ? " timeline" : "")
        + (contactIcons ? " icons" : "") + (hasSidebar() ? " with-side side-" + sidebar : "")
        + " skills-" + skills;
  }
}
