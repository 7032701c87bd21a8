package org.createyourresume.render.view;

import java.util.List;

/**
 * A cover letter as it prints, in every format.
 *
 * @param sender the resume's header (name, headline, contact items) and the template's layout,
 *     as a resume view with no sections
 * @param title document title: "Name – Cover letter"
 * @param subject document subject: "Cover letter of Name for Role at Company"
 * @param date the date as it prints, or null
 * @param recipient the recipient's lines (name, title, company, address lines), possibly empty
 * @param subjectLine the letter's subject line, or null
 * @param greeting or null
 * @param paragraphs the body, at least empty
 * @param closing or null
 * @param signature or null
 */
public record LetterView(
    ResumeView sender,
    String title,
    String subject,
    String date,
    List<String> recipient,
    String subjectLine,
    String greeting,
    List<String> paragraphs,
    String closing,
    String signature) {

  public LetterView {
    recipient = List.copyOf(recipient);
    paragraphs = List.copyOf(paragraphs);
  }

  public String lang() {
    return sender.lang();
  }

  public HeaderView header() {
    return sender.header();
  }

  public Layout layout() {
    return sender.layout();
  }
}
