package org.createyourresume.render.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.createyourresume.letter.Letter;
import org.createyourresume.letter.Paragraph;
import org.createyourresume.letter.Placeholders;
import org.createyourresume.letter.Recipient;
import org.createyourresume.model.Resume;
import org.createyourresume.render.RenderDiagnostic;
import org.createyourresume.render.theme.Style;

/**
 * Builds the view of a cover letter: the sender's header exactly as the resume prints it (the
 * same {@link ViewBuilder}, given the resume without its sections), then the letter's parts,
 * cleaned like resume text. A date written {@code YYYY-MM-DD} prints in the resume's language
 * ("30 November 2026"); any other date prints as written. Placeholder text left in the letter
 * ("[Company]") is reported as a diagnostic, so it never reaches a file unnoticed. Pointers in the
 * diagnostics are relative to the letter object.
 */
public final class LetterViewBuilder {

  private final Style style;
  private final IntPredicate drawable;
  private final Consumer<RenderDiagnostic> diagnostics;
  private final TextCleaner text;

  public LetterViewBuilder(Style style, IntPredicate drawable, Consumer<RenderDiagnostic> diagnostics) {
    this.style = style;
    this.drawable = drawable;
    this.diagnostics = diagnostics;
    this.text = new TextCleaner(drawable, diagnostics);
  }

  /** The view of {@code letter}, sent by the person of {@code resume}. */
  public LetterView build(Resume resume, Letter letter) {
    Resume senderOnly = new Resume(resume.schema(), resume.basics(), null, null, null, null, null,
        null, null, null, null, null, null, resume.meta(), null);
    ResumeView sender = new ViewBuilder(style, drawable, diagnostics).build(senderOnly);
    warnAboutPlaceholders(letter);

    Recipient r = letter.recipient();
    List<String> recipient = new ArrayList<>();
    add(recipient, text.line(r.name(), "/recipient/name"));
    add(recipient, text.line(r.title(), "/recipient/title"));
    add(recipient, text.line(r.company(), "/recipient/company"));
    recipient.addAll(text.paragraphs(r.address(), "/recipient/address"));

    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < letter.body().size(); i++) {
      add(paragraphs, text.line(letter.body().get(i).text(), "/body/" + i));
    }
    String name = sender.header().name();
    String signature = text.line(letter.signature(), "/signature");
    String role = text.line(letter.role(), "/role");
    String company = text.line(letter.company(), "/recipient/company");
    String subject = "Cover letter" + (name == null ? "" : " of " + name)
        + (role == null ? "" : " for " + role) + (company == null ? "" : " at " + company);
    return new LetterView(
        sender,
        name == null ? "Cover letter" : name + " – Cover letter",
        subject,
        date(letter.date()),
        recipient,
        text.line(letter.subject(), "/subject"),
        text.line(letter.greeting(), "/greeting"),
        paragraphs,
        text.line(letter.closing(), "/closing"),
        signature != null ? signature : name);
  }

  private String date(String written) {
    String line = text.line(written, "/date");
    if (line == null) {
      return null;
    }
    try {
      return LocalDate.parse(line)
          .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(style.locale()));
    } catch (DateTimeParseException e) {
      return line;
    }
  }

  private void warnAboutPlaceholders(Letter letter) {
    Recipient r = letter.recipient();
    check(r.name(), "/recipient/name");
    check(r.title(), "/recipient/title");
    check(r.company(), "/recipient/company");
    check(r.address(), "/recipient/address");
    check(letter.subject(), "/subject");
    check(letter.greeting(), "/greeting");
    List<Paragraph> body = letter.body();
    for (int i = 0; i < body.size(); i++) {
      check(body.get(i).text(), "/body/" + i);
    }
    check(letter.closing(), "/closing");
    check(letter.signature(), "/signature");
  }

  private void check(String value, String pointer) {
    for (String placeholder : Placeholders.in(value)) {
      diagnostics.accept(new RenderDiagnostic("letter.placeholder", pointer,
          "still holds the placeholder \"" + placeholder + "\": replace it before sending"));
    }
  }

  private static void add(List<String> list, String value) {
    if (value != null) {
      list.add(value);
    }
  }
}
