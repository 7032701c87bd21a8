package org.createyourresume.render.view;

import java.util.List;

/**
 * A whole resume as it prints.
 *
 * @param lang BCP 47 language of the text
 * @param title document title: "Name – Resume"
 * @param author the person's name, or empty
 * @param subject "Resume of Name, Headline"
 * @param keywords the skill keywords, comma-separated, or {@code null}
 * @param layout the template's layout choices for this resume
 * @param header name, headline and contact line
 * @param sections the visible, non-empty sections in the order the user wrote them
 */
public record ResumeView(
    String lang,
    String title,
    String author,
    String subject,
    String keywords,
    Layout layout,
    HeaderView header,
    List<SectionView> sections) {

  /** {@code rtl} for a language written right to left, else {@code ltr}: HTML's {@code dir}. */
  public String dir() {
    return org.createyourresume.render.words.Wording.of(java.util.Locale.forLanguageTag(lang)).direction();
  }

  public boolean inlineEntries() {
    return layout.inlineEntries();
  }

  public boolean skillsGrid() {
    return layout.skillsGrid();
  }

  /** The sections of the main column, in order. */
  public List<SectionView> mainSections() {
    return sections.stream().filter(s -> !layout.sideSections().contains(s.anchor())).toList();
  }

  /** The sections of the sidebar, in order; empty for a one-column page. */
  public List<SectionView> sideSections() {
    return sections.stream().filter(s -> layout.sideSections().contains(s.anchor())).toList();
  }

  /**
   * Every section in the order the page's text layer gives them: the sidebar's first, as one
   * block, then the main column's. For one column this is {@link #sections()}.
   */
  public List<SectionView> readingOrder() {
    List<SectionView> order = new java.util.ArrayList<>(sideSections());
    order.addAll(mainSections());
    return order;
  }
}
