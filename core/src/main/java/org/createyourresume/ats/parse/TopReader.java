package org.createyourresume.ats.parse;

import static org.createyourresume.ats.parse.HeadingReader.isContactLine;
import static org.createyourresume.ats.parse.HeadingReader.withoutMonogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parser's fourth stage: the top of the resume, the blocks above the first heading, read as
 * the name, the headline and the contact lines; the contact also comes from a sidebar's contact
 * lines read after the main column, from the page headers and footers, and from a contact section.
 */
final class TopReader {

  /**
   * What the top holds.
   *
   * @param name the name, or null
   * @param headline the line under the name ("Data Analyst"), or null
   * @param contact the contact found at the top, in the body and at the page edges
   * @param unsectioned the top's other lines, under no heading
   * @param firstHeading the index of the first heading block: where the sections start
   * @param taken blocks after the first heading that belong to the top (a name away from the top,
   *     a sidebar's contact lines), which the sections leave out
   */
  record Top(String name, String headline, Contact contact, List<String> unsectioned, int firstHeading,
      List<Block> taken) {}

  private final HeadingReader names;

  TopReader(HeadingReader names) {
    this.names = names;
  }

  /**
   * Reads the top from the blocks (their headings set), the name's block if one was found, the
   * body lines as they came (for contact details anywhere in the body) and the header and footer
   * lines.
   */
  Top top(List<Block> blocks, Block nameBlock, float bodySize, List<LayoutLine> body, List<LayoutLine> edges) {
    // the top: name, headline and contact lines, until the first heading
    int first = 0;
    while (first < blocks.size() && blocks.get(first).heading == null) {
      first++;
    }
    String name = null;
    String headline = null;
    List<LayoutLine> contactLines = new ArrayList<>();
    List<String> unsectioned = new ArrayList<>();
    int index = 0;
    for (; index < first; index++) {
      Block b = blocks.get(index);
      if (name == null && (b == nameBlock || (nameBlock == null && names.looksLikeName(b.text)))) {
        name = b.text;
        continue;
      }
      String spaced = letterSpacedText(b);
      if (spaced != null && name != null && headline == null && contactLines.isEmpty()) {
        headline = TextNorm.collapseLetterSpacing(spaced); // "D A T A  A N A L Y S T" under the name
      } else if (isContactLine(b)) {
        contactLines.add(b.asLine());
      } else if (name != null && headline == null && contactLines.isEmpty() && b.text.length() <= 90
          && !b.text.endsWith(".")) {
        headline = b.text;
      } else if (name != null && b.text.contains(",") && ContactFinder.looksLikePlace(b.text)
          && b.text.split("\\s+").length <= 5) {
        contactLines.add(b.asLine()); // "Utrecht, Netherlands" on a line of its own under the name
      } else {
        unsectioned.add(b.text);
      }
    }

    // a name that was not at the top (the main column of a page with a sidebar) and its headline
    List<Block> taken = new ArrayList<>();
    if (name == null && nameBlock != null) {
      name = nameBlock.text;
      taken.add(nameBlock);
      int at = blocks.indexOf(nameBlock);
      Block next = at + 1 < blocks.size() ? blocks.get(at + 1) : null;
      if (next != null && next.heading == null && !next.bullet && !next.bold && !isContactLine(next)
          && next.text.length() <= 90 && !next.text.endsWith(".") && next.size >= bodySize) {
        headline = next.text;
        taken.add(next);
      }
    }
    // a sidebar read after the main column may open with the contact lines, under no heading:
    // they belong to the top, not to the section the main column ended with
    for (int i = first; i < blocks.size(); i++) {
      Block start = blocks.get(i);
      if (!start.columnStart || start.heading != null) {
        continue;
      }
      for (int j = i; j < blocks.size() && blocks.get(j).heading == null && isContactLine(blocks.get(j))
          && !taken.contains(blocks.get(j)); j++) {
        contactLines.add(blocks.get(j).asLine());
        taken.add(blocks.get(j));
      }
    }
    name = withoutMonogram(name);
    ContactFinder.Found top = new ContactFinder.Found();
    ContactFinder.scan(contactLines, top, true);
    ContactFinder.Found everywhere = new ContactFinder.Found();
    ContactFinder.scan(body.stream().filter(l -> !contactLines.contains(l)).toList(), everywhere, false);
    ContactFinder.Found edge = new ContactFinder.Found();
    ContactFinder.scan(edges, edge, true);
    if (name == null && !edges.isEmpty() && names.looksLikeName(edges.get(0).text())) {
      name = edges.get(0).text();
    }
    List<String> edgeOnly = new ArrayList<>();
    String email = firstOf(top.email, everywhere.email);
    String phone = firstOf(top.phone, everywhere.phone);
    String location = top.location;
    List<String> links = new ArrayList<>(top.links);
    if (email == null && edge.email != null) {
      email = edge.email;
      edgeOnly.add("email");
    }
    if (phone == null && edge.phone != null) {
      phone = edge.phone;
      edgeOnly.add("phone");
    }
    if (location == null && edge.location != null) {
      location = edge.location;
      edgeOnly.add("location");
    }
    if (links.isEmpty() && !edge.links.isEmpty()) {
      links.addAll(edge.links);
      edgeOnly.add("links");
    }
    for (String link : everywhere.links) {
      if (!links.contains(link) && link.toLowerCase(Locale.ROOT).matches(".*(linkedin|github|gitlab)\\..*")) {
        links.add(link);
      }
    }
    List<Handle> handles = new ArrayList<>(top.handles.isEmpty() ? edge.handles : top.handles);
    Contact contact = new Contact(email, phone, location, links, handles, edgeOnly);
    return new Top(name, headline, contact, unsectioned, first, taken);
  }

  /** The contact with what a contact section adds: the first of each detail, every link and handle. */
  static Contact withContactSections(Contact contact, List<ParsedSection> sections) {
    for (ParsedSection section : sections) {
      if (section.kind() == SectionKind.CONTACT) {
        ContactFinder.Found inSection = new ContactFinder.Found();
        ContactFinder.scan(section.lines().stream().map(l -> LayoutLine.plain(l, 1)).toList(), inSection, true);
        List<String> allLinks = new ArrayList<>(contact.links());
        inSection.links.stream().filter(l -> !allLinks.contains(l)).forEach(allLinks::add);
        List<Handle> allHandles = new ArrayList<>(contact.handles());
        inSection.handles.stream().filter(h -> !allHandles.contains(h)).forEach(allHandles::add);
        contact = new Contact(
            firstOf(contact.email(), inSection.email), firstOf(contact.phone(), inSection.phone),
            firstOf(contact.location(), inSection.location), allLinks, allHandles, contact.inHeaderFooterOnly());
      }
    }
    return contact;
  }

  /**
   * The block's text when it is set letter by letter, its pieces (which a wide word gap may have
   * parted) joined by a word gap; else null.
   */
  private static String letterSpacedText(Block b) {
    String joined = String.join("  ", b.spans.stream().map(s -> s.text().strip()).toList());
    return TextNorm.letterSpaced(joined) ? joined : null;
  }

  private static String firstOf(String a, String b) {
    return a != null ? a : b;
  }
}
