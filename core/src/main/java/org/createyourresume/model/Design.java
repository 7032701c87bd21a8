package org.createyourresume.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Our extension object ({@code meta.createYourResume}): how the resume looks and which sections
 * it shows. Every value may be {@code null}, meaning "the template's default".
 *
 * @param template template id, e.g. {@code classic}
 * @param fontFamily a bundled font family name, e.g. {@code Noto Serif}
 * @param fontSize base font size in points
 * @param accentColor {@code #RRGGBB}
 * @param margins page margins in millimetres
 * @param lineSpacing line height as a multiple of the font size
 * @param pageSize {@code A4} or {@code Letter}
 * @param dateFormat one of {@link DateFormat}'s patterns, e.g. {@code MMM YYYY}
 * @param language BCP 47 language of the resume text, e.g. {@code en}
 * @param sectionOrder section ids in the order to show them; unlisted sections follow
 * @param hiddenSections section ids not to show
 * @param sectionTitles headings to use instead of the defaults, by section id
 * @param customSections sections JSON Resume has no place for
 */
public record Design(
    String template,
    String fontFamily,
    Double fontSize,
    String accentColor,
    Margins margins,
    Double lineSpacing,
    String pageSize,
    String dateFormat,
    String language,
    List<String> sectionOrder,
    List<String> hiddenSections,
    Map<String, String> sectionTitles,
    List<CustomSection> customSections,
    Map<String, JsonNode> unknown) {

  /** No settings at all: every template default applies. */
  public static final Design DEFAULTS =
      new Design(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

  public Design {
    sectionOrder = Unknown.list(sectionOrder);
    hiddenSections = Unknown.list(hiddenSections);
    sectionTitles =
        sectionTitles == null
            ? null
            : Collections.unmodifiableMap(new LinkedHashMap<>(sectionTitles));
    customSections = Unknown.list(customSections);
    unknown = Unknown.fields(unknown);
  }

  /** The custom sections, empty when absent. */
  public List<CustomSection> customSectionList() {
    return Unknown.orEmpty(customSections);
  }

  /** The same settings with another template. */
  public Design withTemplate(String templateId) {
    return new Design(
        templateId, fontFamily, fontSize, accentColor, margins, lineSpacing, pageSize, dateFormat,
        language, sectionOrder, hiddenSections, sectionTitles, customSections, unknown);
  }

  /** The same settings in another language (BCP 47 tag). */
  public Design withLanguage(String languageTag) {
    return new Design(
        template, fontFamily, fontSize, accentColor, margins, lineSpacing, pageSize, dateFormat,
        languageTag, sectionOrder, hiddenSections, sectionTitles, customSections, unknown);
  }

  /** The same settings with another base font size, line spacing and margins. */
  public Design withSizes(Double newFontSize, Double newLineSpacing, Margins newMargins) {
    return new Design(
        template, fontFamily, newFontSize, accentColor, newMargins, newLineSpacing, pageSize,
        dateFormat, language, sectionOrder, hiddenSections, sectionTitles, customSections,
        unknown);
  }
}
