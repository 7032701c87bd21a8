package org.createyourresume.render.theme;

import java.util.List;
import org.createyourresume.render.TemplateInfo;

/**
 * One template, as read from {@code themes/<id>.json}: its defaults and its layout choices.
 *
 * @param id the name users pick it by, e.g. {@code classic}
 * @param name display name
 * @param description one sentence for the template picker
 * @param fontFamily default font family
 * @param fontSize default base font size, points
 * @param accentColor default accent colour, {@code #RRGGBB}
 * @param margins default margins in millimetres: top, right, bottom, left
 * @param lineSpacing default line height as a multiple of the font size
 * @param entryLayout {@code stacked}: title line then subtitle line; {@code inline}: one line
 * @param skillsLayout {@code lines}: "Group: a, b"; {@code grid}: group names in a column
 * @param sectionOrder the order of sections when the resume sets none; may be empty
 * @param headingCase {@code upper}: section headings in capitals; {@code as-written}
 * @param headerAlign {@code center} or {@code left}: where the name and contact line sit
 * @param headingRule how headings are marked besides colour: {@code below} (a rule under),
 *     {@code left} (a bar before), {@code fill} (a tinted band) or {@code none}
 * @param nameInAccent whether the name is set in the accent colour
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
    String entryLayout,
    String skillsLayout,
    List<String> sectionOrder,
    String headingCase,
    String headerAlign,
    String headingRule,
    boolean nameInAccent,
    List<TemplateInfo.Swatch> swatches) {

  public Theme {
    swatches = swatches == null ? List.of() : List.copyOf(swatches);
    margins = List.copyOf(margins);
    sectionOrder = sectionOrder == null ? List.of() : List.copyOf(sectionOrder);
    if (margins.size() != 4) {
      throw new IllegalArgumentException("theme " + id + ": margins needs four numbers");
    }
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
