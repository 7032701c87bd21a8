package org.createyourresume.render.text;

import java.util.ArrayList;
import java.util.List;
import org.createyourresume.render.view.ContactView;
import org.createyourresume.render.view.EntryView;
import org.createyourresume.render.view.HeaderView;
import org.createyourresume.render.view.LetterView;
import org.createyourresume.render.view.LineView;
import org.createyourresume.render.view.ResumeView;
import org.createyourresume.render.view.SectionView;

/**
 * The resume as plain text for application forms: the name first, one contact line, headings on
 * their own lines, each entry's title pieces on one line separated by " | ", bullets as "• ",
 * optionally wrapped at a width with hanging indents. For forms that mangle anything but ASCII,
 * typographic punctuation can be turned into its ASCII look-alike ("- " bullets, "-" for dashes,
 * straight quotes); letters, accented ones included, are kept.
 */
public final class PlainTextWriter {

  private final int width;
  private final boolean ascii;

  /**
   * @param width wrap lines at this many characters; 0 leaves lines whole (forms wrap them)
   * @param ascii ASCII punctuation: "-" for bullets and dashes, straight quotes, "..."
   */
  public PlainTextWriter(int width, boolean ascii) {
    this.width = width;
    this.ascii = ascii;
  }

  public String write(ResumeView view) {
    List<String> out = new ArrayList<>();
    header(view.header(), out);
    for (SectionView section : view.sections()) {
      out.add("");
      out.add(section.title());
      switch (section.layout()) {
        case TEXT -> section.paragraphs().forEach(p -> wrap(p, "", "", out));
        case LINES -> section.lines().forEach(l -> wrap(line(l), "", "", out));
        case ENTRIES -> {
          boolean first = true;
          for (EntryView entry : section.entries()) {
            if (!first) {
              out.add("");
            }
            entry(entry, out);
            first = false;
          }
        }
      }
    }
    String text = String.join("\n", out) + "\n";
    return ascii ? asciiPunctuation(text) : text;
  }

  /**
   * A cover letter: the sender's header as in the resume, then the date, the recipient's lines,
   * the subject, the greeting, the paragraphs, the closing and the signature, separated by blank
   * lines and wrapped like the resume.
   */
  public String writeLetter(LetterView view) {
    List<String> out = new ArrayList<>();
    header(view.header(), out);
    if (view.date() != null) {
      out.add("");
      out.add(view.date());
    }
    if (!view.recipient().isEmpty()) {
      out.add("");
      view.recipient().forEach(line -> wrap(line, "", "", out));
    }
    for (String part : new String[] {view.subjectLine(), view.greeting()}) {
      if (part != null) {
        out.add("");
        wrap(part, "", "", out);
      }
    }
    for (String paragraph : view.paragraphs()) {
      out.add("");
      wrap(paragraph, "", "", out);
    }
    if (view.closing() != null) {
      out.add("");
      wrap(view.closing(), "", "", out);
    }
    if (view.signature() != null) {
      if (view.closing() == null) {
        out.add("");
      }
      wrap(view.signature(), "", "", out);
    }
    while (!out.isEmpty() && out.get(0).isEmpty()) {
      out.remove(0);
    }
    String text = String.join("\n", out) + "\n";
    return ascii ? asciiPunctuation(text) : text;
  }

  private static String asciiPunctuation(String text) {
    return text.replace('–', '-').replace('—', '-').replace('‑', '-').replace('‘', '\'')
        .replace('’', '\'').replace('“', '"').replace('”', '"').replace("…", "...")
        .replace('•', '-').replace('\u00a0', ' ');
  }

  private void header(HeaderView header, List<String> out) {
    if (header.name() != null) {
      out.add(header.name());
    }
    if (header.label() != null) {
      wrap(header.label(), "", "", out);
    }
    if (!header.contacts().isEmpty()) {
      pieces(header.contacts().stream().map(ContactView::text).toList(), out);
    }
  }

  private void entry(EntryView e, List<String> out) {
    List<String> title = new ArrayList<>();
    title.add(e.primary());
    if (e.secondary() != null) {
      title.add(e.secondary());
    }
    if (e.location() != null) {
      title.add(e.location());
    }
    if (e.dates() != null) {
      title.add(e.dates());
    }
    pieces(title, out);
    e.paragraphs().forEach(p -> wrap(p, "", "", out));
    String bullet = ascii ? "- " : "• ";
    e.bullets().forEach(b -> wrap(b, bullet, " ".repeat(bullet.length()), out));
    e.details().forEach(d -> wrap(line(d), "", "", out));
  }

  private static String line(LineView line) {
    return line.label() == null ? line.text() : line.label() + ": " + line.text();
  }

  /**
   * Adds pieces joined by " | ", breaking lines only between pieces (a phone number or a date
   * range split over two lines reads as two things), unless one piece alone is too long.
   */
  private void pieces(List<String> pieces, List<String> out) {
    if (width <= 0) {
      out.add(String.join(" | ", pieces));
      return;
    }
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      String joined = current.length() == 0 ? piece : current + " | " + piece;
      int room = i == pieces.size() - 1 ? width : width - 2; // a continued line ends in " |"
      if (joined.length() <= room) {
        current = new StringBuilder(joined);
        continue;
      }
      if (current.length() > 0) {
        out.add(current + " |");
      }
      if (piece.length() > width) {
        wrap(piece, "", "", out);
        current = new StringBuilder(out.remove(out.size() - 1));
      } else {
        current = new StringBuilder(piece);
      }
    }
    out.add(current.toString());
  }

  /** Adds {@code text} as lines of at most {@code width} characters (when wrapping). */
  private void wrap(String text, String firstIndent, String nextIndent, List<String> out) {
    if (width <= 0) {
      out.add(firstIndent + text);
      return;
    }
    StringBuilder current = new StringBuilder(firstIndent);
    int start = current.length();
    for (String word : text.split(" ")) {
      if (current.length() > start && current.length() + 1 + word.length() > width) {
        out.add(current.toString());
        current = new StringBuilder(nextIndent);
        start = current.length();
      }
      if (current.length() > start) {
        current.append(' ');
      }
      current.append(word);
    }
    out.add(current.toString());
  }
}
