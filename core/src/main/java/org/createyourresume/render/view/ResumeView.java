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
 * @param inlineEntries whether the template sets each entry's title on one line
 * @param skillsGrid whether the template sets skill groups in a column of their own
 * @param header name, headline and contact line
 * @param sections the visible, non-empty sections in order
 */
public record ResumeView(
    String lang,
    String title,
    String author,
    String subject,
    String keywords,
    boolean inlineEntries,
    boolean skillsGrid,
    HeaderView header,
    List<SectionView> sections) {}
