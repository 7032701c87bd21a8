package org.createyourresume.render.theme;

import java.util.List;
import org.createyourresume.render.TemplateInfo;

/**
 * One template, as read from {@code <id>.json}: its defaults and its choices from the layout
 * vocabulary. A new template is such a file plus a small stylesheet partial ({@code
 * theme-<id>.jte}); see docs/TEMPLATES.md.
 *
 * @param id the name users pick it by, e.g. {@code classic}
 * @param name display name
 * @param description one sentence for the template picker
 * @param fontFamily default font family
 * @param fontSize default base font size, points
 * @param accentColor default accent colour, {@code #RRGGBB}
 * @param margins default margins in millimetres: top, right, bottom, left
 * @param lineSpacing default line height as a multiple of the font size
 * @param header {@code centered}, {@code left}, {@code split} (name left, contact lines right) or
 *     {@code band} (name and contact on a full-width band of the accent colour)
 * @param headings section headings: {@code rule} (a rule below), {@code bar} (a bar before),
 *     {@code band} (a tinted band), {@code smallcaps} (small capitals, spaced) or {@code plain}
 * @param entryLayout {@code stacked}: title line then subtitle line; {@code inline}: one line
 * @param skillsLayout {@code lines}: "Group: a, b"; {@code grid}: group names in a column;
 *     {@code levels}: each group with its level in words and a decorative bar
 * @param sectionOrder the order of sections when the resume sets none; may be empty
 * @param headingCase {@code upper}: section headings in capitals; {@code as-written}
 * @param nameInAccent whether the name is set in the accent colour
 * @param sidebar the sidebar, or null for one column
 * @param timeline whether entries hang on a vertical line with a marker each
 * @param contactIcons whether contact items carry a small decorative icon before their text
 * @param photo the photo slot: {@code none}, {@code round} or {@code square}
 * @param style its look, one of {@link TemplateInfo#STYLES}
 * @param bestFor who it suits best, some of {@link TemplateInfo#AUDIENCES}
 * @param swatches the accent colours offered with it, the default among them
 */
public record Theme(
    String id,
    String name,
    String description,
    String fontFamily,
    double fontSize,
    String accentColor,
    List<Double> margins,
    double lineSpacing,
    String header,
    String headings,
    String entryLayout,
    String skillsLayout,
    List<String> sectionOrder,
    String headingCase,
    boolean nameInAccent,
    Sidebar sidebar,
    boolean timeline,
    boolean contactIcons,
    String photo,
    String style,
    List<String> bestFor,
    List<TemplateInfo.Swatch> swatches) {

  private static final List<String> HEADERS = List.of("centered", "left", "split", "band");
  private static final List<String> HEADINGS = List.of("rule", "bar", "band", "smallcaps", "plain");
  private static final List<String> ENTRIES = List.of("stacked", "inline");
  private static final List<String> SKILLS = List.of("lines", "grid", "levels");
  private static final List<String> PHOTOS = List.of("none", "round", "square");

  public Theme {
    swatches = swatches == null ? List.of() : List.copyOf(swatches);
    margins = List.copyOf(margins);
    sectionOrder = sectionOrder == null ? List.of() : List.copyOf(sectionOrder);
    bestFor = bestFor == null ? List.of() : List.copyOf(bestFor);
    header = header == null ? "left" : header;
    headings = headings == null ? "plain" : headings;
    entryLayout = entryLayout == null ? "stacked" : entryLayout;
    skillsLayout = skillsLayout == null ? "lines" : skillsLayout;
    photo = photo == null ? "none" : photo;
    if (margins.size() != 4) {
      throw new IllegalArgumentException("theme " + id + ": margins needs four numbers");
    }
    oneOf("header", header, HEADERS);
    oneOf("headings", headings, HEADINGS);
    oneOf("entryLayout", entryLayout, ENTRIES);
    oneOf("skillsLayout", skillsLayout, SKILLS);
    oneOf("photo", photo, PHOTOS);
  }

  private void oneOf(String field, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(
          "theme " + id + ": " + field + " is one of " + allowed + ", not " + value);
    }
  }

  /**
   * A column beside the main one. Sections named here are printed in it, in the resume's order,
   * before the main column in the text layer (and in the tag tree), so that extractors read it as
   * one block.
   *
   * @param side {@code left} or {@code right}
   * @param width its share of the content width, percent (28–35)
   * @param sections the section ids it holds: some of {@code skills}, {@code languages} and
   *     {@code interests}, sections of short lines. Entries with titles, dates and addresses
   *     (jobs, certificates) stay in the main column, where they neither wrap into fragments
   *     nor break a long address across lines.
   */
  public record Sidebar(String side, double width, List<String> sections) {

    private static final List<String> SECTIONS = List.of("skills", "languages", "interests");

    public Sidebar {
      sections = sections == null ? List.of() : List.copyOf(sections);
      if (!SECTIONS.containsAll(sections)) {
        throw new IllegalArgumentException("a sidebar holds some of " + SECTIONS + ", not " + sections);
      }
      if (!"left".equals(side) && !"right".equals(side)) {
        throw new IllegalArgumentException("sidebar side is left or right, not " + side);
      }
      if (width < 28 || width > 35) {
        throw new IllegalArgumentException("sidebar width is 28–35 %, not " + width);
      }
    }

    public boolean left() {
      return "left".equals(side);
    }
  }

  /** What the template picker shows of it. */
  public TemplateInfo info() {
    return new TemplateInfo(id, name, description, fontFamily, accentColor, swatches,
        sidebar == null ? 1 : 2, !"none".equals(photo), style, bestFor);
  }

  public boolean inlineEntries() {
    return "inline".equals(entryLayout);
  }

  public boolean upperCaseHeadings() {
    return "upper".equals(headingCase);
  }

  public boolean skillsGrid() {
    return "grid".equals(skillsLayout);
  }
}
