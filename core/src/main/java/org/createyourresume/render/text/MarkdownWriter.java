package org.createyourresume.render.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.createyourresume.render.view.ContactView;
import org.createyourresume.render.view.EntryView;
import org.createyourresume.render.view.LetterView;
import org.createyourresume.render.view.LineView;
import org.createyourresume.render.view.ResumeView;
import org.createyourresume.render.view.SectionView;

/**
 * The resume as CommonMark: the name as the page heading, sections as second-level headings,
 * entries as third-level headings with their details on the next line, bullets as a list. Every
 * piece of user text is escaped, so nothing a user typed becomes markup or HTML.
 */
public final class MarkdownWriter {

  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]<>()#+!|~])");
  private static final Pattern LIST_MARK = Pattern.compile("^(\\s*)([-=])");
  private static final Pattern NUMBER_MARK = Pattern.compile("^(\\s*\\d+)([.)])");

  public String write(ResumeView view) {
    List<String> out = new ArrayList<>();
    if (view.header().name() != null) {
      out.add("# " + escape(view.header().name()));
      out.add("");
    }
    if (view.header().label() != null) {
      out.add("**" + escape(view.header().label()) + "**");
      out.add("");
    }
    if (!view.header().contacts().isEmpty()) {
      out.add(String.join(" | ", view.header().contacts().stream().map(MarkdownWriter::contact).toList()));
      out.add("");
    }
    for (SectionView section : view.sections()) {
      out.add("## " + escape(section.bookmark()));
      out.add("");
      switch (section.layout()) {
        case TEXT -> section.paragraphs().forEach(p -> paragraph(escape(p), out));
        case LINES -> section.lines().forEach(l -> paragraph(line(l), out));
        case ENTRIES -> section.entries().forEach(e -> entry(e, out));
      }
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return String.join("\n", out) + "\n";
  }

  /**
   * A cover letter: the sender's header as in the resume, then the letter's parts as paragraphs;
   * the recipient's lines and the closing with the signature each as one paragraph with hard line
   * breaks, the subject in bold.
   */
  public String writeLetter(LetterView view) {
    List<String> out = new ArrayList<>();
    if (view.header().name() != null) {
      paragraph("# " + escape(view.header().name()), out);
    }
    if (view.header().label() != null) {
      paragraph("**" + escape(view.header().label()) + "**", out);
    }
    if (!view.header().contacts().isEmpty()) {
      paragraph(String.join(" | ", view.header().contacts().stream().map(MarkdownWriter::contact).toList()), out);
    }
    if (view.date() != null) {
      paragraph(escape(view.date()), out);
    }
    if (!view.recipient().isEmpty()) {
      // a backslash at the end of a line is CommonMark's hard line break
      paragraph(String.join("\\\n", view.recipient().stream().map(MarkdownWriter::escape).toList()), out);
    }
    if (view.subjectLine() != null) {
      paragraph("**" + escape(view.subjectLine()) + "**", out);
    }
    if (view.greeting() != null) {
      paragraph(escape(view.greeting()), out);
    }
    view.paragraphs().forEach(p -> paragraph(escape(p), out));
    if (view.closing() != null) {
      paragraph(escape(view.closing()), out);
    }
    if (view.signature() != null) {
      paragraph(escape(view.signature()), out);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return String.join("\n", out) + "\n";
  }

  private static void entry(EntryView e, List<String> out) {
    out.add("### " + link(e.primary(), e.href()));
    out.add("");
    List<String> details = new ArrayList<>();
    if (e.secondary() != null) {
      details.add("*" + escape(e.secondary()) + "*");
    }
    if (e.location() != null) {
      details.add(escape(e.location()));
    }
    if (e.dates() != null) {
      details.add(escape(e.dates()));
    }
    if (!details.isEmpty()) {
      paragraph(String.join(" | ", details), out);
    }
    e.paragraphs().forEach(p -> paragraph(escape(p), out));
    if (!e.bullets().isEmpty()) {
      e.bullets().forEach(b -> out.add("- " + escape(b)));
      out.add("");
    }
    e.details().forEach(d -> paragraph(detail(d), out));
  }

  /** An entry's detail: its label in the text's weight, as every other format prints it. */
  private static String detail(LineView line) {
    String text = link(line.text(), line.href());
    return line.label() == null ? text : escape(line.label() + ":") + " " + text;
  }

  private static void paragraph(String text, List<String> out) {
    out.add(text);
    out.add("");
  }

  private static String line(LineView line) {
    String text = link(line.text(), line.href());
    return line.label() == null ? text : "**" + escape(line.label()) + ":** " + text;
  }

  private static String contact(ContactView c) {
    return link(c.text(), c.href());
  }

  private static String link(String text, String href) {
    if (href == null) {
      return escape(text);
    }
    return "[" + escape(text) + "](<" + href.replace("<", "%3C").replace(">", "%3E") + ">)";
  }

  /** Backslash-escapes Markdown's special characters, and a line start that would make a list. */
  static String escape(String text) {
    String escaped = SPECIAL.matcher(text).replaceAll("\\\\$1");
    escaped = LIST_MARK.matcher(escaped).replaceFirst("$1\\\\$2");
    return NUMBER_MARK.matcher(escaped).replaceFirst("$1\\\\$2");
  }
}
