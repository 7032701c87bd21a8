package org.createyourresume.ats.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the lines of a resume, as an ATS reads them, back into fields: name, contact, sections
 * by heading, jobs, schools and skills. The one resume parser of the project: the ATS checker
 * uses it to show what an ATS reads, and the importer to turn old resumes into JSON Resume.
 *
 * <p>It reads what layout the lines carry and does without what they lack: with positions and
 * weights (PDF) it joins wrapped lines and finds entries by their bold first line; with paragraph
 * styles (DOCX) it uses list numbering and heading styles; plain text is read by its words alone.
 * Thread-safe and deterministic.
 */
public final class ResumeParser {

  private static final Pattern BULLET_MARK =
      Pattern.compile("^(?:[•·▪■□◦‣∙●○➢➤►▶✓✔❖◆◇→\\uF0A7\\uF0B7\\uF076\\uF0D8\\uF0FC\\uF0A8]\\s*|[-–—*>o]\\s+)");
  /** The marks of {@link #BULLET_MARK} that are also punctuation a wrapped line can start with. */
  private static final Pattern DASH_MARK = Pattern.compile("[-–—]\\s+");
  private static final Pattern DETAIL = Pattern.compile("^[\\p{L}][\\p{L} /&]{1,24}:\\s+\\S.*");
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s,|·•–—:-]+|[\\s,|·•–—:-]+$");
  /** Labels printed inside a job or project over its bullets, never sections of their own there. */
  private static final Set<String> ENTRY_LABELS = Set.of("highlights", "key highlights", "achievements",
      "key achievements", "accomplishments", "key accomplishments", "responsibilities", "key responsibilities",
      "duties", "main duties", "tasks", "main tasks", "results", "impact", "courses", "coursework", "details");
  /** An employer with a city as its last piece: "Lakeshore Payments, Chicago", "Brightline · Milwaukee". */
  private static final Pattern CITY_TAIL =
      Pattern.compile("^(.+?)\\s*(?:,|\\s[·|—–])\\s*(\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*)?)$");
  private static final Pattern TITLE_AT_EMPLOYER = Pattern.compile("^(.{3,60}?)\\s+(?:at|@)\\s+(\\p{Lu}.*)$");
  /** The level at the end of a certificate's name, after a dash: part of the name, not an issuer. */
  private static final Set<String> CERTIFICATE_LEVELS = Set.of("associate", "professional", "foundation",
      "practitioner", "expert", "specialty", "fundamentals", "advanced", "master", "intermediate", "beginner");
  /** Private Use Area glyphs, but not the Symbol and Wingdings bullets that {@link #BULLET_MARK} knows. */
  private static final Pattern ICON_GLYPH = Pattern.compile("[\\p{Co}&&[^\\uF0A7\\uF0B7\\uF076\\uF0D8\\uF0FC\\uF0A8]]"
      // and an icon font's glyph with no character mapped to it, which a PDF's text gives as U+0000
      + "|\\u0000");
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]");
  private static final Pattern PIPE = Pattern.compile("\\s+\\|\\s+");
  private static final Pattern DASH_SPLIT = Pattern.compile("\\s+[—–]\\s+|\\s+-\\s+");

  private final SectionVocabulary vocabulary;
  private final Dates dates = Dates.get();

  /** A parser with the bundled section vocabulary. */
  public ResumeParser() {
    this(SectionVocabulary.standard());
  }

  public ResumeParser(SectionVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Parses plain text (a paste): one line per line, no layout. */
  public ParsedResume parseText(String text) {
    List<LayoutLine> lines = new ArrayList<>();
    text.lines().filter(l -> !l.isBlank()).forEach(l -> lines.add(LayoutLine.plain(l.strip(), 1)));
    return parse(lines);
  }

  /** Parses lines in reading order. */
  public ParsedResume parse(List<LayoutLine> lines) {
    return parse(lines, () -> { });
  }

  /**
   * Parses lines in reading order, calling {@code checkpoint} at the head of each long loop so
   * that the caller's deadline (or a cancelled request) can stop the work by throwing.
   */
  public ParsedResume parse(List<LayoutLine> lines, Runnable checkpoint) {
    checkpoint.run();
    List<LayoutLine> body = new ArrayList<>();
    List<LayoutLine> edges = new ArrayList<>();
    for (LayoutLine line : lines) {
      (line.zone() == LayoutLine.Zone.HEADER_FOOTER ? edges : body).add(line);
    }
    List<Block> blocks = blocks(gutterHeadingsApart(withoutIconGlyphs(body)));
    blocks.removeIf(b -> monogramOfALaterName(b, blocks));
    checkpoint.run();
    boolean styled = blocks.stream().anyMatch(b -> b.positioned || b.bold || b.headingStyle);
    float bodySize = bodySize(blocks);
    // the name: the first of the top lines that looks like one, contact lines skipped
    Block nameBlock = null;
    for (int i = 0; i < Math.min(4, blocks.size()); i++) {
      Block b = blocks.get(i);
      if (i + 1 < blocks.size() && b.text.strip().matches("\\p{Lu}{2,3}")
          && !withoutMonogram(b.text.strip() + " " + blocks.get(i + 1).text.strip()).startsWith(b.text.strip() + " ")) {
        // "GW" over "Grace Whitfield": the monogram a builder sets in a circle, on a line of its own
        blocks.remove(i--);
        continue;
      }
      if (!b.bullet && b.zone == LayoutLine.Zone.BODY && looksLikeName(b.text)) {
        nameBlock = b;
        break;
      }
      if (!isContactLine(b)) {
        break;
      }
    }
    if (nameBlock == null && styled) {
      nameBlock = nameAwayFromTop(blocks, bodySize);
    } else if (nameBlock == null && !blocks.isEmpty() && vocabulary.kindOf(blocks.get(0).text).isPresent()) {
      nameBlock = nameAfterSidebar(blocks);
    }
    for (Block b : blocks) {
      b.heading = b == nameBlock ? null : heading(b, styled, bodySize);
    }
    // an unknown bold line set smaller than the document's real headings is an entry title
    // ("Staff Engineer — Kiezwerk" under "Experience"), not a heading of its own
    float headingSize = headingSize(blocks);
    for (Block b : blocks) {
      if (b.heading != null && !b.heading.standard() && !b.headingStyle && !b.heading.letterSpaced()
          && headingSize > 0 && b.size > 0 && b.size < headingSize * 0.95f) {
        b.heading = null;
      }
    }
    // a styled headline between the name and the contact lines is not a section heading
    int lastContact = -1;
    for (int i = 0; i < Math.min(8, blocks.size()); i++) {
      Block b = blocks.get(i);
      if (b.heading != null && b.heading.standard()) {
        break;
      }
      if (isContactLine(b)) {
        lastContact = i;
      }
    }
    for (int i = 0; i < lastContact; i++) {
      Block b = blocks.get(i);
      if (b.heading != null && !b.heading.standard()) {
        b.heading = null;
      }
    }

    entryTitlesAndLabels(blocks);

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
      if (name == null && (b == nameBlock || (nameBlock == null && looksLikeName(b.text)))) {
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
    if (name == null && !edges.isEmpty() && looksLikeName(edges.get(0).text())) {
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

    // the sections
    List<ParsedSection> sections = new ArrayList<>();
    List<ParsedEntry> jobs = new ArrayList<>();
    List<ParsedEntry> schools = new ArrayList<>();
    List<String> skills = new ArrayList<>();
    String summary = null;
    while (index < blocks.size()) {
      checkpoint.run();
      Block head = blocks.get(index++);
      List<Block> content = new ArrayList<>();
      while (index < blocks.size() && blocks.get(index).heading == null) {
        Block b = blocks.get(index++);
        if (!taken.contains(b) && !b.entryLabel) {
          content.add(b);
        }
      }
      Heading h = head.heading;
      ParsedSection section = section(h, content, styled);
      sections.add(section);
      switch (section.kind()) {
        case EXPERIENCE -> jobs.addAll(section.entries());
        case EDUCATION -> schools.addAll(section.entries());
        case SKILLS -> skills.addAll(skillItems(section.lines()));
        case SUMMARY -> {
          if (summary == null && !section.lines().isEmpty()) {
            summary = String.join("\n", section.lines());
          }
        }
        default -> {
          // kept as a section only
        }
      }
    }
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
    return new ParsedResume(name, headline, contact, summary, sections, jobs, schools, skills, unsectioned);
  }

  /**
   * Inside a section of entries, two kinds of line look like headings and are not: a job title
   * set large and bold ("Head of Engineering") with the employer and dates on the next line, and
   * a label inside an entry ("Highlights", "Key achievements") right under its dates line.
   */
  private void entryTitlesAndLabels(List<Block> blocks) {
    SectionKind current = null;
    Block sectionHeading = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.heading == null) {
        continue;
      }
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      if (current == SectionKind.SKILLS && next != null && next.heading == null && (!next.bullet || skillItem(next))
          && sectionHeading.size > 0 && b.size > 0
          && (b.size < sectionHeading.size * 0.95f || unknownGroupOfOneLine(b, blocks, i))
          && (!b.heading.standard() || b.heading.kind() == SectionKind.SKILLS || b.heading.kind() == SectionKind.OTHER
              || b.heading.kind() == SectionKind.LANGUAGES)
          && !(TextNorm.allCaps(b.text) && TextNorm.allCaps(sectionHeading.text))) {
        // "Leadership", "Languages", "Platforms": a group of skills named in small type
        List<String> lineItems = oneItemPerLine(next);
        next.text = b.text + ": " + (lineItems != null ? String.join(", ", lineItems) : items(next));
        next.itemsJoined = true;
        // a sidebar sets the group's skills one to a line: the short lines after the first
        // belong to the group too, up to the next heading
        while (i + 2 < blocks.size() && skillLineOf(blocks.get(i + 2), next)) {
          Block more = blocks.remove(i + 2);
          lineItems = oneItemPerLine(more);
          next.text = next.text + ", " + (lineItems != null ? String.join(", ", lineItems) : items(more));
        }
        b.heading = null;
        b.entryLabel = true;
        continue;
      }
      boolean inEntries = current == SectionKind.EXPERIENCE || current == SectionKind.VOLUNTEER
          || current == SectionKind.EDUCATION || current == SectionKind.PROJECTS;
      if (inEntries && ENTRY_LABELS.contains(TextNorm.key(b.text)) && i > 0 && blocks.get(i - 1).heading == null
          && hasDate(blocks.get(i - 1))) {
        b.heading = null;
        b.entryLabel = true;
        continue;
      }
      // the dates on the next line, or on the one after a short line ("Diplom · Informatik")
      boolean datedNext = next != null && next.heading == null && !next.bullet && (hasDate(next)
          || (next.text.length() <= 80 && i + 2 < blocks.size() && blocks.get(i + 2).heading == null
              && !blocks.get(i + 2).bullet && hasDate(blocks.get(i + 2))));
      // or the dates on the line above, as a timeline sets them over each entry's bold title
      Block previous = i > 0 ? blocks.get(i - 1) : null;
      boolean datedAbove = previous != null && previous.heading == null && !previous.bullet && previous.lineCount == 1
          && mostlyDate(previous.text);
      if (inEntries && !b.heading.standard() && (datedNext || datedAbove) && !hasDate(b) && !sameStyle(b, sectionHeading)) {
        b.heading = null;
        b.bold = true; // the entry's title, however it was set
        continue;
      }
      // a project needs no dates: a heading set unlike the section's own, with text under it, is
      // the title of an undated project set large ("Campus Canteen App" under "PROJECTS")
      if (current == SectionKind.PROJECTS && !b.heading.standard() && !sameStyle(b, sectionHeading)
          && next != null && next.heading == null && !next.bullet && !hasDate(b)) {
        b.heading = null;
        b.bold = true;
        continue;
      }
      current = b.heading.kind();
      sectionHeading = b;
    }
  }

  /**
   * Whether {@code b} is one more skill of the group whose first line is {@code first}: a short
   * plain line in the same type, bulleted as the first is or not, no sentence, no label.
   */
  private static boolean skillLineOf(Block b, Block first) {
    boolean shortLines = b.lineCount == 1 ? b.text.length() <= 40 && b.text.split("\\s+").length <= 4
        : oneItemPerLine(b) != null;
    return b.heading == null && b.bullet == first.bullet && !b.allBold && !b.itemsJoined && !b.entryLabel && shortLines
        && b.page == first.page && Math.abs(b.size - first.size) <= 0.6f && Math.abs(b.left - first.left) <= 2
        && !b.text.contains(":") && !b.text.matches(".*[.!?]$");
  }

  /**
   * The items of a block of several lines that each hold one short skill at the same margin
   * ("Python", "pandas", "Excel", run together as if wrapped): lines of at most three words, none
   * ending as a wrapped line does (a hyphen, a comma, "and"). Null for a block of one line, or of
   * anything else.
   */
  private static List<String> oneItemPerLine(Block b) {
    if (b.lines.size() < 2) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (PrintedLine line : b.lines) {
      String text = line.text().strip();
      if (text.isEmpty() || text.length() > 30 || text.split("\\s+").length > 3 || Math.abs(line.left() - b.left) > 2
          || text.matches("(?i).*(?:[.!?:,&/-]|\\band|\\bof|\\bfor|\\bthe)$")) {
        return null;
      }
      items.add(text);
    }
    return items;
  }

  /**
   * Whether a bulleted line under a small heading in a skills section is one skill ("IV therapy"),
   * as Word sets a group's skills one to a bulleted line, rather than a sentence.
   */
  private static boolean skillItem(Block b) {
    return b.lineCount == 1 && b.text.length() <= 40 && b.text.split("\\s+").length <= 4 && !b.text.contains(":")
        && !b.text.matches(".*[.!?]$");
  }

  /**
   * Whether heading {@code i}, set like its skills section's heading, names a group of skills: a
   * word the vocabulary does not know ("Analysis", "Platforms") over one line of items, with the
   * next group or section right after it. Web pages converted to Word give the groups and their
   * section the same heading size.
   */
  private static boolean unknownGroupOfOneLine(Block b, List<Block> blocks, int i) {
    Block after = i + 2 < blocks.size() ? blocks.get(i + 2) : null;
    return !b.heading.standard() && b.text.split("\\s+").length <= 3 && blocks.get(i + 1).text.length() <= 120
        && !blocks.get(i + 1).text.matches(".*[.!?]$") && (after == null || after.heading != null);
  }

  /**
   * Whether a skills section names its groups in bold short lines ("Systems") with the skills
   * under them one or more to a line, unlabelled. A group already joined with its skills (its
   * name was read as a small heading: "Languages: Java, Go") may stand among them.
   */
  private static boolean skillGroupsByWeight(List<Block> content) {
    boolean labels = false;
    boolean items = false;
    for (Block b : content) {
      if (b.itemsJoined) {
        continue;
      }
      if (b.text.contains(":")) {
        return false;
      }
      if (b.allBold && !b.bullet && b.text.split("\\s+").length <= 4 && !b.text.contains(",")) {
        labels = true;
      } else if (!b.bold) {
        items = true;
      }
    }
    return labels && items && (content.get(0).allBold || content.get(0).itemsJoined);
  }

  /**
   * Whether a skills section names its groups in short lines at the column's edge with the skills
   * under each set in a few points (the padding of tags drawn as pills: "Leadership" over
   * "People management", "Hiring"), however many tags a row holds or however the weight and size
   * differ. Every group line must have at least one indented line under it, so a plain list of
   * skills, one to a line, stays as it is.
   */
  private static boolean skillGroupsByIndent(List<Block> content) {
    if (content.size() < 2) {
      return false;
    }
    float edge = Float.MAX_VALUE;
    for (Block b : content) {
      if (b.itemsJoined || b.bullet || b.lineCount > 1 || b.left <= 0 || b.text.contains(":") || b.text.length() > 80
          || b.text.matches(".*[.!?]$")) {
        return false;
      }
      edge = Math.min(edge, b.left);
    }
    boolean groupOpen = false;
    boolean anyGroup = false;
    for (int i = 0; i < content.size(); i++) {
      Block b = content.get(i);
      float in = b.left - edge;
      if (in <= 1.5f) {
        if (groupOpen || b.text.split("\\s+").length > 4 || b.page != content.get(0).page) {
          return false; // a group name with no tags under it, or a long line at the edge
        }
        groupOpen = true;
        anyGroup = true;
      } else if (in >= 3f && in <= 20f && i > 0) {
        groupOpen = false;
      } else {
        return false;
      }
    }
    return anyGroup && !groupOpen;
  }

  /** The indented rows under each group name joined to it: "Leadership: People management, Hiring, OKRs". */
  private static List<String> indentedSkillGroups(List<Block> content) {
    float edge = (float) content.stream().mapToDouble(b -> b.left).min().orElse(0);
    List<String> lines = new ArrayList<>();
    StringBuilder group = null;
    boolean first = true;
    for (Block b : content) {
      if (b.left - edge <= 1.5f) {
        if (group != null) {
          lines.add(group.toString());
        }
        group = new StringBuilder(b.text.strip()).append(':');
        first = true;
      } else {
        group.append(first ? " " : ", ").append(items(b));
        first = false;
      }
    }
    if (group != null) {
      lines.add(group.toString());
    }
    return lines;
  }

  /**
   * Skill groups set side by side and read across, row by row: a first line of bold names set
   * apart ("Teaching" … "Technology"), then lines whose pieces each stand under one of them
   * ("Classroom management" … "Desmos"). Each name with the pieces under it, as "Teaching:
   * Differentiated instruction, Classroom management"; null when the section is not such a grid.
   */
  private static List<String> skillGrid(List<Block> content) {
    if (content.size() < 2) {
      return null;
    }
    Block names = content.get(0);
    if (!names.allBold || names.lineCount > 1 || names.spans.size() < 2) {
      return null;
    }
    List<Span> columns = names.spans;
    for (int i = 1; i < columns.size(); i++) {
      if (!setApart(columns.get(i - 1), columns.get(i))) {
        return null;
      }
    }
    List<List<String>> items = new ArrayList<>();
    columns.forEach(c -> items.add(new ArrayList<>()));
    for (Block b : content.subList(1, content.size())) {
      if (b.bold || b.bullet) {
        return null;
      }
      for (Span span : b.spans) {
        int column = -1;
        for (int c = 0; c < columns.size(); c++) {
          if (Math.abs(span.left() - columns.get(c).left()) <= 3) {
            column = c;
          }
        }
        String text = span.text().strip();
        if (column < 0 || text.length() > 40 || text.matches(".*[.!?:]$")) {
          return null;
        }
        items.get(column).add(text);
      }
    }
    List<String> lines = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (items.get(c).isEmpty()) {
        return null;
      }
      lines.add(columns.get(c).text().strip() + ": " + String.join(", ", items.get(c)));
    }
    return lines;
  }

  /** "Systems" over "Windows 10/11", "Microsoft Intune": "Systems: Windows 10/11, Microsoft Intune". */
  private static List<String> skillGroups(List<Block> content) {
    List<String> lines = new ArrayList<>();
    StringBuilder group = null;
    boolean first = true;
    for (Block b : content) {
      if (b.itemsJoined) {
        if (group != null) {
          lines.add(group.toString());
          group = null;
        }
        lines.add(b.text);
      } else if (group == null && !b.allBold) {
        lines.add(items(b));
      } else if (b.allBold) {
        if (group != null) {
          lines.add(group.toString());
        }
        group = new StringBuilder(b.text.strip()).append(':');
        first = true;
      } else {
        List<String> lineItems = oneItemPerLine(b);
        group.append(first ? " " : ", ").append(lineItems != null ? String.join(", ", lineItems) : items(b));
        first = false;
      }
    }
    if (group != null) {
      lines.add(group.toString());
    }
    return lines;
  }

  /**
   * The label a list line opens with: a bold one ({@link #boldLabel}), or a plain one in a cell
   * of its own, far left of the rest (a table's label column, "Networking" beside "DHCP, DNS,
   * VLANs"; "Igbo" beside "Conversational") when the rest is a list of items or a short level.
   */
  private static String cellLabel(Block b, SectionKind kind) {
    String bold = boldLabel(b);
    if (bold != null || b.spans.size() != 2 || b.lineCount > 1 || b.spans.get(0).bold() || b.spans.get(1).bold()
        || !setApart(b.spans.get(0), b.spans.get(1))) {
      return bold;
    }
    String label = b.spans.get(0).text().strip();
    String rest = b.spans.get(1).text().strip();
    boolean items = kind == SectionKind.LANGUAGES ? rest.split("\\s+").length <= 3 : rest.contains(", ");
    if (!items || label.isEmpty() || label.split("\\s+").length > 3 || label.matches(".*[,;:|()\\d].*")
        || !b.text.strip().startsWith(label)) {
      return null;
    }
    return label;
  }

  /**
   * The bold label a list line opens with when the rest of it is not bold ("Systems" then
   * "Windows 10/11, Intune"; "English" then "Native"): a short name with no colon of its own.
   */
  private static String boldLabel(Block b) {
    if (b.spans.size() < 2 || b.lineCount > 1 || !b.spans.get(0).bold()) {
      return null;
    }
    String label = b.spans.get(0).text().strip();
    if (label.isEmpty() || label.split("\\s+").length > 3 || label.matches(".*[,;:|()].*")
        || !b.text.strip().startsWith(label)) {
      return null;
    }
    for (int i = 1; i < b.spans.size(); i++) {
      if (b.spans.get(i).bold() || b.spans.get(i).text().strip().startsWith(":")) {
        return null;
      }
    }
    return label;
  }

  /** Whether two headings are set alike: a section of its own, not an entry's title set large. */
  private static boolean sameStyle(Block a, Block b) {
    return b != null && Math.abs(a.size - b.size) <= 0.5f && a.headingStyle == b.headingStyle
        && TextNorm.allCaps(a.text) == TextNorm.allCaps(b.text) && a.heading.letterSpaced() == b.heading.letterSpaced();
  }

  /** A line of skills whose items were set apart by space alone, with commas between them. */
  private static String items(Block b) {
    if (b.spans.size() < 2) {
      return b.text;
    }
    StringBuilder out = new StringBuilder();
    Span previous = null;
    for (Span span : b.spans) {
      String text = span.text().strip();
      if (previous != null) {
        // only a wide gap (a tag's padding, a column) parts two items; a label and its list, or
        // a bold word inside a line, are one text
        boolean apart = span.left() - previous.right() > Math.max(b.size, 6f) && !out.toString().endsWith(":")
            && !out.toString().endsWith(",") && !text.startsWith(":") && !text.startsWith(",");
        out.append(apart ? ", " : text.startsWith(":") || text.startsWith(",") ? "" : " ");
      }
      out.append(text);
      previous = span;
    }
    return out.toString();
  }

  /**
   * Lines without icon-font glyphs (Private Use Area characters: the map marker before a place,
   * the phone before a number), which are pictures, not text, and would stick to the field.
   */
  private static List<LayoutLine> withoutIconGlyphs(List<LayoutLine> lines) {
    List<LayoutLine> out = new ArrayList<>(lines.size());
    for (LayoutLine line : lines) {
      if (!ICON_GLYPH.matcher(line.text()).find()) {
        out.add(line);
        continue;
      }
      List<Span> spans = new ArrayList<>();
      for (Span span : line.spans()) {
        String text = ICON_GLYPH.matcher(span.text()).replaceAll("").strip();
        if (!text.isEmpty()) {
          spans.add(new Span(text, span.left(), span.right(), span.bold(), span.italic(), span.top()));
        }
      }
      if (!spans.isEmpty()) {
        out.add(new LayoutLine(spans, line.page(), line.left(), line.top(), line.right(), line.fontSize(),
            line.zone(), line.listItem(), line.headingStyle()));
      }
    }
    return out;
  }

  /**
   * A heading set in a left gutter on the same line as the first line of its section ("PROFILE
   * Final-year computer science student…"), taken out onto a line of its own: a known heading,
   * then a gap wider than a word space.
   */
  private List<LayoutLine> gutterHeadingsApart(List<LayoutLine> lines) {
    List<LayoutLine> out = new ArrayList<>(lines.size());
    for (LayoutLine line : lines) {
      List<Span> spans = line.spans();
      if (line.positioned() && spans.size() >= 2) {
        Span head = spans.get(0);
        Span next = spans.get(1);
        float size = line.fontSize() > 0 ? line.fontSize() : 10f;
        String text = head.text().strip();
        // in capitals: a skills grid's "Languages" label beside its list is not a heading
        // a long heading may fill its gutter: a gap of most of an em is still far wider than a word space
        if (next.left() - head.right() > size * 0.8f && text.split("\\s+").length <= 4
            && (TextNorm.allCaps(text) || TextNorm.letterSpaced(text)) && vocabulary.kindOf(text).isPresent()) {
          out.add(new LayoutLine(List.of(head), line.page(), line.left(), line.top(), head.right(), line.fontSize(),
              line.zone(), false, true));
          out.add(new LayoutLine(spans.subList(1, spans.size()), line.page(), next.left(), line.top(), line.right(),
              line.fontSize(), line.zone(), line.listItem(), false));
          continue;
        }
      }
      out.add(line);
    }
    return out;
  }

  private static String firstOf(String a, String b) {
    return a != null ? a : b;
  }

  // ---------------------------------------------------------------- blocks

  /** A logical line: one printed line, or a wrapped paragraph or bullet joined back together. */
  /** One line of a block as printed, before it was joined to the lines above it. */
  private record PrintedLine(String text, float left) {}

  private static final class Block {
    final List<Span> spans = new ArrayList<>();
    /** The block's lines as printed: a list run together as one block can be told apart by them. */
    final List<PrintedLine> lines = new ArrayList<>();
    String text;
    boolean bullet;
    boolean bold;
    boolean allBold;
    boolean headingStyle;
    boolean positioned;
    float size;
    int page;
    float left;
    float textLeft;
    float lastTop;
    float lastRight;
    float lineHeight;
    LayoutLine.Zone zone;
    Heading heading;
    int lineCount = 1;
    /**
     * Whether an entry gap lies above the block: more space than between an entry's lines, the
     * start of a page or of a column (where the gap cannot be measured, so it counts as one).
     */
    boolean gapAbove;
    /** Whether {@link #text} already holds the block's items with commas between them. */
    boolean itemsJoined;
    /** A label inside an entry ("Highlights"), left out of the entry's text. */
    boolean entryLabel;
    /** Whether the reading went back up the page to reach the block: the start of a column. */
    boolean columnStart;
    /** The right edge of the column the block starts in. */
    float columnRight;

    LayoutLine asLine() {
      return new LayoutLine(spans, page, left, lastTop, lastRight, size, zone, bullet, headingStyle);
    }
  }


  private List<Block> blocks(List<LayoutLine> lines) {
    // the right edge of each column: a page's lines, or with the text read column by column,
    // each run of lines until the reading goes back up the page
    Map<Integer, Float> rightOfColumn = new HashMap<>();
    Map<LayoutLine, Integer> columnOf = new java.util.IdentityHashMap<>();
    int column = 0;
    LayoutLine last = null;
    for (LayoutLine l : lines) {
      if (last != null && (last.page() != l.page()
          || (l.positioned() && last.positioned() && l.top() < last.top() - Math.max(last.fontSize(), l.fontSize())))) {
        column++;
      }
      columnOf.put(l, column);
      last = l;
    }
    // lines above where the next column starts are the full-width top of the page, not part of
    // the first column: a header wider than the column must not widen it
    Map<Integer, Float> firstTop = new HashMap<>();
    Map<Integer, Integer> pageOf = new HashMap<>();
    for (LayoutLine l : lines) {
      firstTop.putIfAbsent(columnOf.get(l), l.top());
      pageOf.putIfAbsent(columnOf.get(l), l.page());
    }
    for (LayoutLine l : lines) {
      int c = columnOf.get(l);
      Float next = firstTop.get(c + 1);
      if (next != null && pageOf.get(c + 1) == l.page() && l.positioned() && l.top() < next - 1) {
        c = -1 - c;
        columnOf.put(l, c);
      }
      rightOfColumn.merge(c, l.right(), Math::max);
    }
    float pitch = linePitch(lines);
    boolean marked = lines.stream().anyMatch(l -> l.listItem() || BULLET_MARK.matcher(l.spans().get(0).text()).find());
    List<Block> blocks = new ArrayList<>();
    Block previous = null;
    for (LayoutLine original : lines) {
      LayoutLine line = original;
      if (previous != null) {
        line = wrappedDate(previous, original);
        if (line == null) {
          continue;
        }
      }
      List<Span> spans = new ArrayList<>(line.spans());
      boolean bullet = line.listItem();
      float textLeft = line.left();
      String firstText = spans.get(0).text();
      var mark = BULLET_MARK.matcher(firstText);
      if (mark.find()) {
        bullet = true;
        String rest = firstText.substring(mark.end()).strip();
        Span s0 = spans.get(0);
        if (rest.isEmpty()) {
          spans.remove(0);
          textLeft = spans.isEmpty() ? line.left() : spans.get(0).left();
        } else {
          spans.set(0, new Span(rest, s0.left(), s0.right(), s0.bold(), s0.italic(), s0.top()));
          textLeft = -1;
        }
      }
      if (spans.isEmpty()) {
        continue;
      }
      float right = rightOfColumn.getOrDefault(columnOf.getOrDefault(original, -1), line.right());
      Map<Integer, Float> columnRight = Map.of(line.page(), right);
      int target = previous == null ? -1 : continuation(previous, line, spans, bullet, columnRight, pitch, marked);
      if (target < 0 && previous != null
          && goesOnOverPage(previous, line, spans, bullet, Map.of(previous.page, previous.columnRight), marked)) {
        target = previous.spans.size() - 1;
      }
      if (target < 0 && bullet && !line.listItem() && DASH_MARK.matcher(firstText).lookingAt() && previous != null
          && !previous.bullet && continuation(previous, line, line.spans(), false, columnRight, pitch, marked) >= 0) {
        // "… Tiếng Việt" / "– Cơ bản (A2), …": a line that wrapped before a dash, not a dash bullet
        spans = new ArrayList<>(line.spans());
        bullet = false;
        target = continuation(previous, line, spans, false, columnRight, pitch, marked);
      }
      if (target >= 0) {
        Span into = previous.spans.get(target);
        Span first = spans.get(0);
        String trailing = trailingDate(into, columnRight.getOrDefault(line.page(), 0f));
        if (trailing != null) {
          // ", Hydrological Apr 2020" + "Processes, 34(9)": a role that ran up to a right-hand date
          // wraps under itself, so the wrapped words belong before the date, which becomes a piece
          String before = into.text().substring(0, into.text().length() - trailing.length()).strip();
          previous.spans.set(target, new Span(join(before, first.text()), into.left(),
              Math.max(first.right(), into.left()), into.bold(), into.italic(), into.top()));
          previous.spans.add(target + 1, new Span(trailing, into.right() - 1, into.right(), into.bold(),
              into.italic(), into.top()));
        } else {
          previous.spans.set(target, new Span(join(into.text(), first.text()), into.left(),
              Math.max(into.right(), first.right()), into.bold(), into.italic(), into.top()));
        }
        for (int i = 1; i < spans.size(); i++) {
          previous.spans.add(target + i, spans.get(i));
        }
        previous.text = text(previous.spans);
        previous.lines.add(new PrintedLine(text(spans), line.left()));
        previous.lastTop = line.top();
        previous.lastRight = line.right();
        previous.page = line.page(); // a block cut by a page break goes on from the new page
        previous.lineCount++;
        if (previous.textLeft < 0) {
          previous.textLeft = line.left();
        }
        continue;
      }
      Block b = new Block();
      b.spans.addAll(spans);
      b.text = text(spans);
      b.lines.add(new PrintedLine(b.text, line.left()));
      b.bullet = bullet;
      b.bold = spans.get(0).bold();
      b.allBold = spans.stream().allMatch(Span::bold);
      b.headingStyle = line.headingStyle();
      b.positioned = line.positioned();
      b.size = line.fontSize();
      b.page = line.page();
      b.left = line.left();
      b.textLeft = bullet ? textLeft : line.left();
      b.lastTop = line.top();
      b.lastRight = line.right();
      b.lineHeight = line.fontSize();
      b.zone = line.zone();
      b.gapAbove = gapAbove(previous, line, pitch);
      b.columnRight = right;
      b.columnStart = previous != null && previous.positioned && line.positioned() && previous.page == line.page()
          && line.top() < previous.lastTop - Math.max(previous.size, line.fontSize());
      blocks.add(b);
      previous = b;
    }
    return blocks;
  }

  private static String text(List<Span> spans) {
    if (spans.size() == 1) {
      return spans.get(0).text();
    }
    StringBuilder out = new StringBuilder();
    for (Span s : spans) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(s.text());
    }
    return out.toString();
  }

  /**
   * A dates column too narrow for its dates ("Sep 2014 – Dec" over "2018"): the date's second
   * line is joined back into the entry line above, and the rest of this line (text in the next
   * column) is returned as a line of its own; null when nothing is left, the line itself when it
   * does not continue a date.
   */
  private LayoutLine wrappedDate(Block previous, LayoutLine line) {
    if (!line.positioned() || !previous.positioned || previous.page != line.page() || previous.spans.size() < 2
        || previous.lineCount > 1) {
      return line;
    }
    Span date = previous.spans.get(0);
    Span first = line.spans().get(0);
    float gap = line.top() - previous.lastTop;
    if (Math.abs(first.left() - date.left()) > 2 || gap <= 0 || gap > Math.max(previous.size, line.fontSize()) * 2
        || !mostlyDate(date.text()) || !dangling(date.text()) || first.text().split("\\s+").length > 3) {
      return line;
    }
    String joined = date.text() + " " + first.text();
    Optional<DateSpan> whole = dates.find(joined).filter(DateSpan::parsed);
    if (whole.isEmpty() || whole.get().end() == null || !whole.get().text().endsWith(first.text().strip())) {
      return line;
    }
    previous.spans.set(0, new Span(joined, date.left(), Math.max(date.right(), first.right()), date.bold(),
        date.italic(), date.top()));
    previous.text = text(previous.spans);
    List<Span> rest = line.spans().subList(1, line.spans().size());
    if (rest.isEmpty()) {
      return null;
    }
    return new LayoutLine(rest, line.page(), rest.get(0).left(), line.top(), line.right(), line.fontSize(),
        line.zone(), line.listItem(), line.headingStyle());
  }

  /** Whether a date ends unfinished: with a dash, or with a month waiting for its year. */
  private boolean dangling(String text) {
    String t = text.strip();
    if (t.endsWith("-") || t.endsWith("–") || t.endsWith("—")) {
      return true;
    }
    String[] words = t.split("\\s+");
    String last = words[words.length - 1];
    return last.codePoints().allMatch(Character::isLetter)
        && dates.find(last + " 2000").filter(d -> d.start() != null && d.start().hasMonth()).isPresent();
  }

  /**
   * Whether the space above {@code line} separates entries: at least 1.4 line pitches (templates
   * keep 1.5), or no measurable space at all because the line starts a page or, with the text
   * read column by column, a column (the reading goes back up the page).
   */
  private static boolean gapAbove(Block previous, LayoutLine line, float pitch) {
    if (!line.positioned()) {
      return false;
    }
    if (previous == null || !previous.positioned || previous.page != line.page()) {
      return true;
    }
    float gap = line.top() - previous.lastTop;
    float step = pitch > 0 ? pitch : Math.max(previous.size, line.fontSize()) * 1.2f;
    return gap < -step || gap >= step * 1.4f;
  }

  /**
   * A line at the top of a page that goes on with the last line of the page before: a bullet or
   * a paragraph the page break cut in two. The gap cannot tell (it is a page), so the text does:
   * the line before ran to the right edge of its column without ending its sentence, and this line
   * starts at the same indent, in the same weight, with a word that cannot open a new item.
   */
  private static boolean goesOnOverPage(Block previous, LayoutLine line, List<Span> spans, boolean bullet,
      Map<Integer, Float> columnRight, boolean marked) {
    if (bullet || !line.positioned() || !previous.positioned || previous.heading != null
        || line.page() != previous.page + 1 || previous.spans.size() > 1 || spans.size() > 1) {
      return false;
    }
    Span next = spans.get(0);
    String text = previous.text.strip();
    if (next.bold() != previous.bold || text.isEmpty() || text.matches(".*[.!?:;]$")
        || (previous.size > 0 && Math.abs(line.fontSize() - previous.size) > 0.5f)) {
      return false;
    }
    float right = columnRight.getOrDefault(previous.page, previous.lastRight);
    float size = Math.max(1, Math.max(previous.size, line.fontSize()));
    if (!reachesLimit(previous.lastRight, next, right, size)) {
      return false;
    }
    float expected = previous.bullet ? (previous.textLeft >= 0 ? previous.textLeft : previous.left + size)
        : previous.left;
    if (Math.abs(line.left() - expected) > size * 0.8f) {
      return false;
    }
    // without bullet marks, a capital after a full line may still open the next item
    return marked || !Character.isUpperCase(next.text().codePointAt(0));
  }

  /** Joins a wrapped line: "fraud-" + "scoring" stays one word; otherwise a space. */
  private static String join(String a, String b) {
    if (a.endsWith("-") && a.length() > 1 && Character.isLetter(a.charAt(a.length() - 2))
        && !b.isEmpty() && Character.isLowerCase(b.charAt(0))) {
      return a + b;
    }
    // "2015–" + "2021": a line may break after a dash set without spaces, as in a range
    if ((a.endsWith("–") || a.endsWith("—")) && a.length() > 1 && !Character.isWhitespace(a.charAt(a.length() - 2))
        && !b.isEmpty() && Character.isLetterOrDigit(b.charAt(0))) {
      return a + b;
    }
    return a + " " + b;
  }

  /**
   * Whether {@code line} continues the block before it, and into which of its spans: a wrapped
   * paragraph or bullet, a wrapped bold entry title, a wrapped inline role, or a place wrapped in
   * the right-hand column. Returns -1 when the line starts something new.
   */
  /** The distance between the baselines of a paragraph's lines: the most common line gap. */
  private static float linePitch(List<LayoutLine> lines) {
    Map<Float, Integer> gaps = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      LayoutLine a = lines.get(i - 1);
      LayoutLine b = lines.get(i);
      float gap = b.top() - a.top();
      float size = Math.max(a.fontSize(), b.fontSize());
      if (a.positioned() && b.positioned() && a.page() == b.page() && gap > size * 0.9f && gap < size * 1.6f) {
        gaps.merge(Math.round(gap * 4) / 4f, 1, Integer::sum);
      }
    }
    // the smallest gap that recurs: other gaps add the space between paragraphs or entries
    return gaps.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
        .min(Float::compare).orElse(0f);
  }

  private int continuation(
      Block previous, LayoutLine line, List<Span> spans, boolean bullet, Map<Integer, Float> columnRight,
      float pitch, boolean marked) {
    if (!line.positioned() || !previous.positioned || bullet || line.headingStyle() || previous.heading != null) {
      return -1;
    }
    if (previous.page != line.page() || previous.zone != line.zone()) {
      return -1;
    }
    float size = Math.max(1, Math.max(previous.size, line.fontSize()));
    float gap = line.top() - previous.lastTop;
    // tops are those of the tallest glyphs, so the gap between two wrapped lines varies a little
    // with their letters ("Apr 2017" beside a title): allow a tenth of the type size
    if (gap <= 0 || gap > size * 2.2f || (pitch > 0 && gap > pitch + Math.max(0.8f, size * 0.12f))) {
      return -1; // a wrapped line follows at the line pitch; a new paragraph has space above it
    }
    float right = columnRight.getOrDefault(line.page(), line.right());
    Span next = spans.get(0);
    int last = previous.spans.size() - 1;
    if (listedItems(previous, spans, right, size)) {
      return -1;
    }

    // a place or date wrapped inside the right-hand column
    Span previousLast = previous.spans.get(last);
    boolean rightAligned = Math.abs(next.right() - previousLast.right()) <= 3
        && next.left() > previous.left + (right - previous.left) * 0.45f;
    // a value wrapped in a grid ran to the edge; text under the entry line in a dates column did not
    boolean leftAligned = Math.abs(next.left() - previousLast.left()) <= 3 && next.left() > previous.left + 20
        && reachesLimit(previousLast.right(), next, right, size);
    if (last >= 1 && spans.size() == 1 && !next.bold() && (rightAligned || leftAligned)) {
      return last; // a place wrapped in the right-hand column, or a value wrapped in a grid
    }
    boolean sameLeft = Math.abs(line.left() - previous.left) <= 2.5f;
    if (previous.bold && !previous.bullet) {
      // a bold line with a date is the next entry's title, unless the title above already has its
      // dates on the right and this is its wrapped end ("… on ice / velocity, 2015–2021")
      boolean datedAbove = last >= 1 && mostlyDate(previousLast.text());
      boolean dated = next.bold() && dates.find(line.text()).filter(DateSpan::parsed).isPresent();
      if (!sameLeft || (dated && !(datedAbove && spans.size() == 1))) {
        return -1;
      }
      int lead = leadSpan(previous);
      Span leadSpan = previous.spans.get(lead);
      float limit = lead < last ? previous.spans.get(lead + 1).left() : right;
      float leadRight = previous.lineCount > 1 ? previous.lastRight : leadSpan.right();
      // a long bold title followed by a short bold line without dates: the title wrapped inside
      // its box, whose right edge (left of the dates) the text does not show
      boolean longTitle = next.bold() && leadRight > previous.left + (right - previous.left) * 0.5f
          && line.right() < previous.left + (right - previous.left) * 0.6f;
      // an inline role after the title ("Title, Journal of Glaciology, 67" + "(266), 1021–1036")
      // that wrapped inside the same box: the next line cannot open a sentence of its own
      boolean wrappedRole = lead > 0 && !leadSpan.bold() && !next.bold() && spans.size() == 1
          && leadRight > previous.left + (limit - previous.left) * 0.6f && opensMidSentence(next.text());
      if (!reachesLimit(leadRight, next, limit, size) && !longTitle && !wrappedRole) {
        return -1;
      }
      if (next.bold() == leadSpan.bold()) {
        return lead; // the bold title, or the inline role after it, wrapped
      }
      return -1;
    }
    if (next.bold() && !previous.allBold) {
      return -1;
    }
    if (previous.spans.size() > 1 && !previous.bullet) {
      return -1; // a line with a right-hand part (a date, a place) is complete
    }
    if (!marked && previous.text.matches(".*[.!?]$") && Character.isUpperCase(next.text().codePointAt(0))) {
      return -1; // without written bullet marks, a full stop at the end and a capital next start a new item
    }
    if (!reachesLimit(previous.lastRight, next, right, size)) {
      return -1;
    }
    if (previous.bullet) {
      float expected = previous.textLeft >= 0 ? previous.textLeft : previous.left + size;
      boolean aligned = Math.abs(line.left() - expected) <= size * 0.8f
          || (line.left() > previous.left + 0.5f && line.left() < previous.left + size * 2.5f);
      return aligned ? last : -1;
    }
    return sameLeft ? last : -1;
  }

  /**
   * The date a span ends with when the span runs to the right edge of the column and holds more
   * than the date: a right-aligned date the extractor read as part of the text before it.
   */
  private String trailingDate(Span span, float columnRight) {
    if (span.right() < columnRight - 2) {
      return null;
    }
    List<DateSpan> all = dates.findAll(span.text());
    if (all.isEmpty()) {
      return null;
    }
    String date = all.get(all.size() - 1).text();
    String text = span.text().strip();
    return text.endsWith(date) && text.length() > date.length() + 2 && all.get(all.size() - 1).parsed() ? date : null;
  }

  /** The last span of a title line before its right-hand date or place. */
  private static int leadSpan(Block b) {
    int i = b.spans.size() - 1;
    while (i > 0 && b.spans.get(i).left() - b.spans.get(i - 1).right() > Math.max(4, b.size * 0.6f)) {
      i--;
    }
    return i;
  }

  /** Text that goes on from a line before: a small letter, a digit, an opening bracket or a comma. */
  private static boolean opensMidSentence(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return Character.isLowerCase(c) || Character.isDigit(c) || c == '(' || c == ',';
  }

  /** Whether the next line's first word would not have fitted after {@code lineRight}. */
  /**
   * Whether the line is the next item of a list set one item to a line in a narrow column (a
   * sidebar's skills, "Domain-driven design" over "Observability"), not the end of the line above
   * that wrapped: both are a few words, the line above ends no phrase half-way (no comma, dash or
   * joining word) and the line starts with a capital. In a narrow column the width alone cannot
   * tell, since a long item would not have fitted beside the one above either.
   */
  private static boolean listedItems(Block previous, List<Span> spans, float right, float size) {
    if (previous.lineCount > 1 || previous.spans.size() > 1 || spans.size() > 1 || previous.bullet
        || right - previous.left > size * 20) {
      return false;
    }
    String above = previous.text.strip();
    String next = spans.get(0).text().strip();
    return !above.isEmpty() && !next.isEmpty() && words(above) <= 3 && words(next) <= 3
        && Character.isUpperCase(next.codePointAt(0)) && !above.matches(".*[,;:&/+–—-]$")
        && !above.matches("(?i).*\\b(and|or|of|for|the|in|at|with|to|und|et|de)$");
  }

  private static int words(String text) {
    return text.split("\\s+").length;
  }

  private static boolean reachesLimit(float lineRight, Span next, float limit, float size) {
    String nextText = next.text();
    float charWidth = nextText.isEmpty() ? size * 0.5f
        : Math.max(size * 0.3f, (next.right() - next.left()) / nextText.length());
    int space = nextText.indexOf(' ');
    float wordWidth = (space < 0 ? nextText.length() : space) * charWidth;
    return lineRight + wordWidth + charWidth >= limit - size * 1.5f;
  }

  /**
   * The name when it is not among the top lines: the largest text on the first page, well above
   * the body size, that reads like a name (a page whose sidebar comes first in reading order).
   */
  private Block nameAwayFromTop(List<Block> blocks, float bodySize) {
    Block best = null;
    for (Block b : blocks) {
      if (b.page == 1 && b.zone == LayoutLine.Zone.BODY && !b.bullet && bodySize > 0 && b.size >= bodySize * 1.5f
          && (best == null || b.size > best.size) && looksLikeName(b.text)) {
        best = b;
      }
    }
    return best;
  }

  /**
   * In a text that opens with a heading (a page's sidebar, read before its main column, as a
   * browser's copy gives it), the name where the main column starts: a line of two to four
   * capitalised words over a short headline and a known heading ("Katrin Vogel", "Engineering
   * Manager", "Profile"). Null when there is no such line.
   */
  private Block nameAfterSidebar(List<Block> blocks) {
    for (int i = 1; i + 2 < blocks.size(); i++) {
      Block b = blocks.get(i);
      Block headline = blocks.get(i + 1);
      String[] words = b.text.strip().split("\\s+");
      if (!b.bullet && words.length >= 2 && words.length <= 4
          && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)))
          && looksLikeName(b.text) && !b.text.matches(".*[,:;()|/&].*")
          && !headline.bullet && vocabulary.kindOf(headline.text).isEmpty() && !headline.text.strip().endsWith(".")
          && headline.text.split("\\s+").length <= 6 && !hasDate(headline)
          && vocabulary.kindOf(blocks.get(i + 2).text).isPresent()) {
        return b;
      }
    }
    return null;
  }

  /** The most common size of the headings the vocabulary knows, or 0. */
  private static float headingSize(List<Block> blocks) {
    Map<Float, Integer> sizes = new HashMap<>();
    for (Block b : blocks) {
      if (b.heading != null && b.heading.standard() && b.size > 0) {
        sizes.merge(b.size, 1, Integer::sum);
      }
    }
    return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
  }

  private static float bodySize(List<Block> blocks) {
    Map<Float, Integer> weights = new HashMap<>();
    for (Block b : blocks) {
      if (b.size > 0 && !b.bold) {
        weights.merge(b.size, b.text.length(), Integer::sum);
      }
    }
    return weights.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
  }

  // ---------------------------------------------------------------- headings

  /** A recognised section heading. */
  private record Heading(String text, SectionKind kind, boolean standard, boolean letterSpaced) {}

  private Heading heading(Block b, boolean styled, float bodySize) {
    if (b.bullet) {
      return null;
    }
    String text = b.text.strip();
    String bare = text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
    boolean letterSpaced = TextNorm.letterSpaced(bare);
    String words = letterSpaced ? TextNorm.collapseLetterSpacing(bare) : bare;
    if (words.isEmpty() || words.length() > 50 || words.split("\\s+").length > 6 || text.contains("@")
        || bare.endsWith(".") || !bare.codePoints().anyMatch(Character::isLetter)) {
      return null;
    }
    if (dates.find(text).isPresent()) {
      return null;
    }
    if (b.spans.size() > 1 && !letterSpaced) {
      return null; // a heading is one piece of text
    }
    boolean caps = TextNorm.allCaps(words);
    boolean bigger = bodySize > 0 && b.size >= bodySize * 1.06f;
    boolean styleSignal = b.allBold || caps || bigger || b.headingStyle || letterSpaced || text.endsWith(":");
    Optional<SectionKind> kind = vocabulary.kindOf(words);
    if (kind.isPresent()) {
      if (!styled || styleSignal) {
        return new Heading(text, kind.get(), true, letterSpaced);
      }
      return null;
    }
    boolean unknownHeading;
    if (styled) {
      unknownHeading =
          b.headingStyle
              || letterSpaced
              || (bigger && (b.allBold || caps))
              || (caps && b.allBold && words.split("\\s+").length <= 4);
    } else {
      // "GPA: 8.9/10" is in capitals too, but a heading holds no figures
      unknownHeading = caps && words.split("\\s+").length <= 4 && words.length() >= 4
          && words.codePoints().noneMatch(Character::isDigit);
    }
    return unknownHeading ? new Heading(text, SectionKind.OTHER, false, letterSpaced) : null;
  }

  /**
   * The name without the monogram a builder sets before it in a circle ("JA Jordan Alvarez"):
   * a leading word in capitals that is the initials of the words after it.
   */
  static String withoutMonogram(String name) {
    if (name == null) {
      return null;
    }
    String[] words = name.strip().split("\\s+");
    if (words.length < 3 || words[0].length() < 2 || words[0].length() > 3 || !TextNorm.allCaps(words[0])) {
      return name;
    }
    StringBuilder initials = new StringBuilder();
    for (int i = 1; i < words.length && initials.length() < words[0].length(); i++) {
      initials.appendCodePoint(Character.toUpperCase(words[i].codePointAt(0)));
    }
    return initials.toString().equals(words[0]) ? name.strip().substring(words[0].length()).strip() : name;
  }

  /**
   * Whether a block is a monogram on a line of its own: two or three capitals alone (what a
   * builder sets in a circle where a photo would go, "KV"), which are the initials of a line of
   * capitalised words among the blocks near it ("Katrin Vogel", before it when a rail is read
   * after the main column). It names nobody and heads nothing.
   */
  static boolean monogramOfALaterName(Block b, List<Block> blocks) {
    String t = b.text.strip();
    if (t.length() < 2 || t.length() > 3 || !t.chars().allMatch(c -> c >= 'A' && c <= 'Z' || Character.isUpperCase(c))) {
      return false;
    }
    int at = blocks.indexOf(b);
    for (int i = Math.max(0, at - 60); i < blocks.size() && i <= at + 60; i++) {
      if (i == at) {
        continue;
      }
      String[] words = blocks.get(i).text.strip().split("\\s+");
      if (words.length < 2 || words.length > 4) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      for (String w : words) {
        initials.appendCodePoint(w.codePointAt(0));
      }
      if (initials.length() >= t.length() && initials.substring(0, t.length()).equals(t)
          && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
        return true;
      }
    }
    return false;
  }

  private boolean looksLikeName(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 60 || t.contains("@") || t.codePoints().anyMatch(Character::isDigit)) {
      return false;
    }
    String[] words = t.split("\\s+");
    if (words.length > 6 || vocabulary.kindOf(t).isPresent()) {
      return false;
    }
    String key = TextNorm.key(t);
    if (key.equals("resume") || key.equals("curriculum vitae") || key.equals("cv")) {
      return false;
    }
    return Character.isLetter(t.codePointAt(0)) && ContactFinder.URL.matcher(t).results().findAny().isEmpty();
  }

  /**
   * The block's text when it is set letter by letter, its pieces (which a wide word gap may have
   * parted) joined by a word gap; else null.
   */
  private static String letterSpacedText(Block b) {
    String joined = String.join("  ", b.spans.stream().map(s -> s.text().strip()).toList());
    return TextNorm.letterSpaced(joined) ? joined : null;
  }

  private static boolean isContactLine(Block b) {
    String t = b.text;
    return ContactFinder.EMAIL.matcher(t).find()
        || ContactFinder.PHONE.matcher(t).find()
        || ContactFinder.URL.matcher(t).find()
        || t.contains(" | ")
        || b.spans.size() > 1
        || ContactFinder.LABEL.matcher(t).lookingAt();
  }

  // ---------------------------------------------------------------- sections

  private ParsedSection section(Heading h, List<Block> content, boolean styled) {
    List<String> lines = new ArrayList<>();
    List<String> grid = h.kind() == SectionKind.SKILLS ? skillGrid(content) : null;
    if (grid != null) {
      lines.addAll(grid);
    } else if (h.kind() == SectionKind.SKILLS && skillGroupsByWeight(content)) {
      lines.addAll(skillGroups(content));
    } else if (h.kind() == SectionKind.SKILLS && skillGroupsByIndent(content)) {
      lines.addAll(indentedSkillGroups(content));
    } else {
      for (Block b : content) {
        boolean list = h.kind() == SectionKind.SKILLS || h.kind() == SectionKind.INTERESTS;
        String label = list || h.kind() == SectionKind.LANGUAGES ? cellLabel(b, h.kind()) : null;
        if (label != null && !b.itemsJoined) {
          // a label cell ("Systems", "English") beside its list or level: a tab keeps them apart
          lines.add(label + "\t" + b.text.strip().substring(b.spans.get(0).text().strip().length()).strip());
        } else {
          lines.add(list && !b.itemsJoined ? items(b) : b.text);
        }
      }
    }
    List<ParsedEntry> entries = h.kind().hasEntries() ? entries(content, styled, h.kind()) : List.of();
    return new ParsedSection(h.kind(), h.text(), h.standard(), h.letterSpaced(), lines, entries);
  }

  /** Entry being collected. */
  private static final class Draft {
    /** Whether the entry opened with an undated line whose pieces a bar sets apart ("Globex | Planner"). */
    boolean piped;
    String primary;
    String secondary;
    String location;
    DateSpan dates;
    boolean titleLineOnly = true;
    /** Primary and secondary were split from one undifferentiated piece of text. */
    boolean split;
    /** The secondary is a piece printed right of the bold primary, which may be a place. */
    boolean rightPiece;
    final List<String> paragraphs = new ArrayList<>();
    final List<String> bullets = new ArrayList<>();
    final List<String> details = new ArrayList<>();

    ParsedEntry build(SectionKind kind) {
      boolean job = kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER;
      String p = primary;
      String s = secondary;
      boolean swapped = job && s != null && p != null && EntryWords.title(p) && !EntryWords.title(s) && !EntryWords.company(p);
      // "BA Business Studies – University College Cork": the school goes first
      swapped |= kind == SectionKind.EDUCATION && s != null && p != null && EntryWords.school(s) && !EntryWords.school(p)
          && (split || looksLikeDegree(p));
      String place = location;
      if (swapped) {
        String swap = p;
        p = s;
        s = swap;
        // the line under a role is often "Employer, City": a last part without a company word is the place
        int comma = p.lastIndexOf(", ");
        if (job && place == null && comma > 0) {
          String tail = p.substring(comma + 2).strip();
          if (tail.split("\\s+").length <= 3 && Character.isUpperCase(tail.codePointAt(0)) && !EntryWords.company(tail)
              && !EntryWords.school(tail) && !tail.endsWith(".")) {
            place = tail;
            p = p.substring(0, comma).strip();
          }
        }
      }
      if (job && place == null && p != null) {
        // "Isartal Automation GmbH · Munich", "Kaveri Retail Analytics — Bengaluru": a short last
        // piece after a dot, a bar or a dash is the place
        String[] pieces = p.split("\\s+[·|—–]\\s+");
        String tail = pieces[pieces.length - 1].strip();
        if (pieces.length > 1 && tail.split("\\s+").length <= 3 && !tail.isEmpty()
            && Character.isUpperCase(tail.codePointAt(0)) && !EntryWords.company(tail) && !EntryWords.title(tail)) {
          place = tail;
          p = p.substring(0, p.lastIndexOf(tail)).replaceAll("[\\s·|—–]+$", "").strip();
        }
      }
      if (job && place != null && p != null && place.matches("\\p{Lu}{2}")) {
        // "Lakeshore Payments, Chicago" and "IL": a state's code alone is the end of the place,
        // whose city is the employer's last piece
        Matcher city = CITY_TAIL.matcher(p);
        if (city.matches() && !EntryWords.company(city.group(2)) && !EntryWords.title(city.group(2))) {
          p = city.group(1).strip();
          place = city.group(2) + ", " + place;
        }
      }
      boolean guessed = job && split && p != null && s != null
          && EntryWords.title(p) == EntryWords.title(s) && EntryWords.company(p) == EntryWords.company(s);
      return new ParsedEntry(p, s, place, dates, paragraphs, bullets, details, guessed);
    }
  }

  private List<ParsedEntry> entries(List<Block> content, boolean styledDocument, SectionKind kind) {
    // entries whose first lines are not bold (a larger or coloured title instead) are told apart
    // by the space above them, and a page or column start counts as such a space
    boolean unweighted = styledDocument && content.stream().noneMatch(b -> startsEntry(b, true));
    boolean byGaps = unweighted && content.stream().anyMatch(b -> b.positioned);
    // a Word file whose entry titles lost their weight (a web page saved as Word) has no space to
    // go by either: its entries are read as in plain text, by their dates
    boolean styled = styledDocument && !(unweighted && !byGaps);
    // certificates set as a bulleted list (as Word and Markdown give them), or as plain lines that
    // each carry their own date in a file whose titles are not bold: one to a line
    boolean bulletEach = kind == SectionKind.CERTIFICATIONS && (content.stream().allMatch(b -> b.bullet)
        || (unweighted && content.size() > 1 && content.stream().allMatch(b -> dates.find(b.text).isPresent())));
    List<ParsedEntry> paired = kind == SectionKind.CERTIFICATIONS ? certificatesOverTheirDates(content, kind) : null;
    if (paired != null) {
      return paired;
    }
    // projects with no dates and no bold titles (plain text, a web page saved as Word): each one
    // opens with a short title line after the text of the one before
    boolean undatedProjects = kind == SectionKind.PROJECTS && !styled && content.stream().noneMatch(this::hasDate);
    List<ParsedEntry> entries = new ArrayList<>();
    Draft draft = null;
    float titleLeft = Float.NaN;
    DateSpan pending = null;
    for (int i = 0; i < content.size(); i++) {
      Block b = content.get(i);
      if (styled && !b.bullet && b.spans.size() == 1 && !b.bold && i + 1 < content.size()
          && (draft == null || draft.dates != null) && startsEntry(content.get(i + 1), true) && mostlyDate(b.text)) {
        // a row of a table read cell by cell: the dates cell, then the entry's bold title
        pending = dates.find(b.text).orElseThrow();
        continue;
      }
      boolean starts = bulletEach || (byGaps ? startsEntryAfterGap(content, i) : startsEntry(b, styled));
      boolean undatedStart = !starts && undatedProjects && draft != null && undatedProjectTitle(content, i);
      starts |= undatedStart;
      if (starts && !styled && draft != null && draft.titleLineOnly && draft.dates == null && draft.primary != null
          && datesLine(b.text)) {
        starts = false; // plain text: the dates line of a title and degree above it
      }
      if (starts) {
        // plain text: a short line above the dated line is its title ("Senior Software Engineer"
        // over "Lakeshore Payments · Chicago, IL · 2021-03-01 — Present")
        String above = !styled && !undatedStart && draft != null && i > 0 ? titleAbove(draft, content.get(i - 1)) : null;
        // and a line of dates alone may have both its title and its employer above it
        // ("Data Analyst" over "Contoso Retail" over "Jan 2018 – Feb 2021")
        String aboveThat = above != null && i > 1 && datesLine(b.text) && draft.primary != null
            ? titleAbove(draft, content.get(i - 2)) : null;
        // and the employer, its place and the title, each on a line of its own over the dates
        // ("Brightline Logistics" over "Milwaukee, WI" over "Software Engineer"), as a browser
        // copies a page that sets them in a grid
        boolean job = kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER;
        String employer = null;
        String place = null;
        if (job && aboveThat != null && i > 2 && placeOfAJob(aboveThat)) {
          employer = titleAbove(draft, content.get(i - 3));
          place = employer == null ? null : aboveThat;
        } else if (job && above != null && aboveThat == null && mostlyDate(b.text) && draft.dates == null
            && draft.primary != null && draft.secondary != null && draft.location == null && draft.bullets.isEmpty()
            && draft.paragraphs.isEmpty() && draft.details.isEmpty() && placeOfAJob(draft.secondary)) {
          // the first entry, read so far as an employer and its place
          employer = draft.primary;
          place = draft.secondary;
          draft = null;
        }
        if (draft != null && !(above != null && draft.primary == null)) {
          entries.add(draft.build(kind));
        }
        draft = titleLine(b, kind);
        if (employer == null && aboveThat != null && draft.primary != null && draft.secondary == null
            && draft.location == null && shortPiece(draft.primary)) {
          // "Sep 2018 - Apr 2021 • Bath" under the title and the employer: what the dates line
          // holds besides its dates is the place
          draft.location = draft.primary;
          draft.primary = null;
        }
        if (employer != null && draft.primary == null && draft.secondary == null) {
          draft.primary = employer;
          draft.location = place;
          draft.secondary = above;
        } else if (aboveThat != null && draft.primary == null && draft.secondary == null) {
          draft.primary = aboveThat;
          draft.secondary = above;
          draft.split = true;
        } else if (above != null) {
          List<String> pieces = new ArrayList<>();
          for (String piece : new String[] {draft.primary, draft.secondary, draft.location}) {
            if (piece != null) {
              pieces.add(piece);
            }
          }
          draft.primary = pieces.isEmpty() ? null : String.join(", ", pieces);
          draft.secondary = above;
          draft.location = null;
          draft.split = false;
          var at = TITLE_AT_EMPLOYER.matcher(above);
          if (pieces.isEmpty() && (kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER)
              && at.matches() && EntryWords.title(at.group(1))) {
            // "Staff Nurse at Avon Vale Hospital" over its dates: the title, then the employer
            draft.primary = at.group(2).strip();
            draft.secondary = at.group(1).strip();
          } else if (kind == SectionKind.CERTIFICATIONS && !pieces.isEmpty()) {
            // "Google Data Analytics Professional Certificate" over "Google, March 2020": the
            // certificate's name, then its issuer
            draft.secondary = draft.primary;
            draft.primary = above;
          } else {
            boolean placeable = kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER || kind == SectionKind.EDUCATION;
            String[] placed = placeable ? placeInItsOwnStyle(content.get(i - 1)) : null;
            if (placed != null && above.equals(content.get(i - 1).text.strip())) {
              draft.secondary = placed[0];
              draft.location = placed[1];
            }
          }
        }
        if (draft.dates == null && pending != null) {
          draft.dates = pending;
        }
        pending = null;
        // in a dates column layout the entry's text (and its bullets) start right of the dates
        titleLeft = !b.positioned ? Float.NaN
            : b.spans.size() > 1 && mostlyDate(b.spans.get(0).text()) ? b.spans.get(1).left() : b.left;
        continue;
      }
      if (!b.bullet && !Float.isNaN(titleLeft) && b.positioned && b.left > titleLeft + 5
          && b.left < titleLeft + 40 && !labelled(b)) {
        b.bullet = true; // an indented line whose bullet mark is drawn, not written
      }
      if (draft != null && draft.piped && !(draft.bullets.isEmpty() && draft.paragraphs.isEmpty()) && !b.bullet
          && b.text.contains(" | ") && !b.text.strip().endsWith(".")
          && b.text.substring(0, b.text.indexOf(" | ")).strip().split("\\s+").length <= 6) {
        // the next undated entry set like the one before it: "Sign Classifier | Python" after the
        // bullets of "Canteen App | React"
        entries.add(draft.build(kind));
        draft = null;
      }
      if (draft == null) {
        if (!b.bullet && b.text.contains(" | ")) {
          // an undated first entry whose pieces are set apart: "Globex | Planner"
          draft = titleLine(b, kind);
          draft.piped = true;
          continue;
        }
        draft = new Draft();
        draft.titleLineOnly = false;
        if (!b.bullet) {
          draft.primary = b.text;
          draft.titleLineOnly = true;
          continue;
        }
      }
      if (draft.titleLineOnly && !b.bullet) {
        var at = draft.secondary == null && draft.dates != null && draft.primary != null
            && (kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER)
            ? TITLE_AT_EMPLOYER.matcher(draft.primary) : null;
        if (at != null && at.matches() && EntryWords.title(at.group(1))) {
          // "Staff Nurse at Avon Vale Hospital" over a line of its dates: the title, then the employer
          draft.primary = at.group(2).strip();
          draft.secondary = at.group(1).strip();
        }
        Subline sub = draft.secondary == null ? subline(b, draft)
            : draft.rightPiece ? roleAndDates(b, draft) : datesLine(b, draft);
        if (sub == Subline.NONE && placeLine(b, draft, kind)) {
          continue;
        }
        if (sub == Subline.NONE && draft.primary == null && draft.secondary != null && draft.dates != null
            && !b.bold && b.lineCount == 1 && !b.text.strip().endsWith(".") && b.text.split("\\s+").length <= 10) {
          // dates first, then the role, then the employer ("May 2024 – Jul 2024" over "Intern" over
          // "Trackwise Logistics"), or the school then the degree
          draft.primary = b.text;
          draft.titleLineOnly = false;
          continue;
        }
        if (sub != Subline.NONE) {
          // a line of dates alone may still be followed by the role or degree
          // and a role or degree without dates, by its dates ("Diplom · Informatik" over "2004 – 2010");
          // an entry that opened with its dates may have two lines under them
          draft.titleLineOnly = (sub == Subline.DATES && draft.secondary == null)
              || (sub == Subline.ROLE && (draft.dates == null || draft.primary == null));
          continue;
        }
      }
      draft.titleLineOnly = false;
      if (b.bullet) {
        draft.bullets.add(b.text);
      } else if (DETAIL.matcher(b.text).matches() && b.text.indexOf(':') <= 26) {
        draft.details.add(b.text);
      } else {
        draft.paragraphs.add(b.text);
      }
    }
    if (draft != null) {
      entries.add(draft.build(kind));
    }
    return entries;
  }

  /**
   * The text of {@code previous} when it is a short title line left over at the end of the
   * entry being collected (the whole of an entry that has no dates yet, or its last paragraph),
   * taken out of that entry; else null.
   */
  private String titleAbove(Draft draft, Block previous) {
    String t = previous.text.strip();
    if (previous.bullet || t.endsWith(".") || t.split("\\s+").length > 8 || hasDate(previous) || t.contains(":")) {
      return null;
    }
    if (draft.dates == null && draft.bullets.isEmpty() && draft.paragraphs.isEmpty() && draft.details.isEmpty()
        && draft.secondary == null && t.equals(draft.primary)) {
      draft.primary = null; // the entry held only this line
      return t;
    }
    List<String> paragraphs = draft.paragraphs;
    if (!paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(t)) {
      paragraphs.remove(paragraphs.size() - 1);
      return t;
    }
    return null;
  }

  /** "Milwaukee, WI", "Leeds, UK": a town and its state or country, never a job title or an employer. */
  private boolean placeOfAJob(String text) {
    String t = text.strip();
    return t.contains(", ") && t.split("\\s+").length <= 5 && ContactFinder.looksLikePlace(t)
        && !EntryWords.title(t) && !EntryWords.company(t) && dates.find(t).isEmpty();
  }

  /**
   * Certificates set without weight, each a name over a line of its issuer and date ("CompTIA A+"
   * over "CompTIA, November 2019") or one dated line: the entries, or null when the section is
   * not made only of such lines. Without bold titles or a gap to go by, the dated line is what
   * closes each certificate.
   */
  private List<ParsedEntry> certificatesOverTheirDates(List<Block> content, SectionKind kind) {
    if (content.isEmpty() || content.stream().anyMatch(b -> b.bullet || b.bold || labelled(b))) {
      return null;
    }
    List<ParsedEntry> entries = new ArrayList<>();
    for (int i = 0; i < content.size(); i++) {
      Block b = content.get(i);
      String name = null;
      if (!hasDate(b)) {
        if (i + 1 >= content.size() || !hasDate(content.get(i + 1)) || b.lineCount > 2) {
          return null;
        }
        name = b.text.strip();
        b = content.get(++i);
      }
      if (b.text.split("\\s+").length > 16) {
        return null; // a sentence, not a certificate's line
      }
      Draft d = titleLine(b, kind);
      if (name != null) {
        // the dated line under a name holds the issuer: its pieces, read as one
        List<String> pieces = new ArrayList<>();
        for (String piece : new String[] {d.primary, d.secondary, d.location}) {
          if (piece != null) {
            pieces.add(piece);
          }
        }
        d.primary = name;
        d.secondary = pieces.isEmpty() ? null : String.join(", ", pieces);
        d.location = null;
      }
      entries.add(d.build(kind));
    }
    return entries;
  }

  /**
   * Whether block {@code i} is the title of an undated project that follows another: a short line
   * without a comma, a colon or a full stop, after a finished sentence, a bullet or a list of
   * items, with more of the project under it.
   */
  private static boolean undatedProjectTitle(List<Block> content, int i) {
    Block b = content.get(i);
    String t = b.text.strip();
    if (i == 0 || i + 1 >= content.size() || b.bullet || labelled(b) || b.lineCount > 1 || t.endsWith(".")
        || t.contains(",") || t.contains(":") || t.split("\\s+").length > 8 || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    Block previous = content.get(i - 1);
    String before = previous.text.strip();
    return previous.bullet || before.endsWith(".") || before.endsWith("!") || (before.contains(", ")
        && splitItems(before).stream().allMatch(item -> item.split("\\s+").length <= 3));
  }

  private boolean startsEntry(Block b, boolean styled) {
    if (b.bullet || labelled(b)) {
      return false;
    }
    if (styled) {
      // a bold first line, or dates first and then a bold name (a table row, a dates column)
      return b.bold || (b.spans.size() > 1 && mostlyDate(b.spans.get(0).text()) && b.spans.get(1).bold());
    }
    // a year in a web address ("Link: example.org/2023/talk") is not the entry's date
    String text = ContactFinder.URL.matcher(b.text).replaceAll(" ");
    return dates.find(text).filter(d -> d.parsed()).isPresent();
  }

  /**
   * In a section without bold entry titles: a line after an entry gap (or at the top of a page or
   * column) that is not a bullet or a label, with the entry's dates on it or on the line after it.
   */
  private boolean startsEntryAfterGap(List<Block> content, int i) {
    Block b = content.get(i);
    if (b.bullet || labelled(b) || !b.gapAbove || b.lineCount > 2) {
      return false;
    }
    if (hasDate(b)) {
      return true;
    }
    return i + 1 < content.size() && !content.get(i + 1).bullet && !content.get(i + 1).gapAbove
        && hasDate(content.get(i + 1));
  }

  private boolean hasDate(Block b) {
    String text = ContactFinder.URL.matcher(b.text).replaceAll(" ");
    return b.text.length() <= 160 && dates.find(text).filter(DateSpan::parsed).isPresent();
  }

  /** The range in {@code text} if it has one ("Sep 2024 – Present"), else its first date. */
  private Optional<DateSpan> bestDate(String text) {
    List<DateSpan> all = dates.findAll(text).stream().filter(DateSpan::parsed).toList();
    for (DateSpan d : all) {
      if (d.end() != null || d.current()) {
        return Optional.of(d);
      }
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Whether a piece of text is a date or range with little else ("Mar 2021 – Present"). */
  /**
   * Whether a line is an entry's line of dates: mostly dates, or dates first and one short piece
   * after a separator ("Sep 2015 - Jul 2018 • First Class Honours", "Mar 2021 - Present | Chicago").
   */
  private boolean datesLine(String text) {
    if (mostlyDate(text)) {
      return true;
    }
    String t = text.strip();
    return dates.find(t).filter(DateSpan::parsed).filter(d -> t.startsWith(d.text()))
        .map(d -> t.substring(d.text().length()))
        .filter(rest -> rest.matches("\\s*[\u2022\u00b7|]\\s*[^\u2022\u00b7|]{1,40}")).isPresent();
  }

  /** A short piece with no digits: a place or a grade's words, not a title line. */
  private static boolean shortPiece(String text) {
    return text.split("\\s+").length <= 4 && text.chars().noneMatch(Character::isDigit);
  }

  private boolean mostlyDate(String text) {
    return dates.find(text).filter(DateSpan::parsed)
        .filter(d -> d.text().length() * 10 >= text.strip().length() * 6).isPresent();
  }

  /** "GPA: 3.8", "Courses: …": a bold label and its value, a detail rather than an entry. */
  private static boolean labelled(Block b) {
    String first = b.spans.get(0).text();
    return b.spans.size() > 1 && first.endsWith(":") && first.length() <= 30;
  }

  /** Reads an entry's first line: bold primary, then an inline secondary and place, and dates. */
  private Draft titleLine(Block b, SectionKind kind) {
    Draft d = new Draft();
    StringBuilder primary = new StringBuilder();
    StringBuilder rest = new StringBuilder();
    boolean inPrimary = true;
    List<Span> spans = b.spans;
    Span only = spans.get(0);
    if (spans.size() == 1 && !only.bold() && only.text().contains(" | ")) {
      // plain text "Title | Journal, 34(9), 2011–2027 | Apr 2020": the piece that is a date is the
      // dates, whatever other numbers the pieces hold
      List<String> pieces = new ArrayList<>(List.of(PIPE.split(only.text())));
      for (int i = pieces.size() - 1; i >= 0; i--) {
        if (mostlyDate(pieces.get(i))) {
          d.dates = dates.find(pieces.get(i)).orElseThrow();
          // "Leeds   May 2021 – Present": what stands beside the dates stays a piece
          String beside = LEADING_SEPARATOR.matcher(withoutDate(pieces.get(i), d.dates)).replaceAll("").strip();
          if (beside.isEmpty()) {
            pieces.remove(i);
          } else {
            pieces.set(i, beside);
          }
          spans = List.of(new Span(String.join(" | ", pieces), only.left(), only.right(), false, only.italic(), only.top()));
          break;
        }
      }
    }
    // the entry's dates: a piece that is mostly a date (the right-hand column), else the range
    // written inside the line ("… BSc, expected April 2029, Engineering  Sep 2024 – Present")
    boolean datePiece = spans.stream().anyMatch(s -> mostlyDate(s.text()));
    Span before = null;
    for (Span s : spans) {
      String text = s.text();
      // a piece set apart at the right ("Lakeshore Payments" … "Chicago, IL"), bold or not, is
      // not part of the name
      boolean apart = before != null && setApart(before, s);
      before = s;
      if (apart && inPrimary && primary.length() > 0 && !mostlyDate(text)) {
        inPrimary = false;
        // in a job, the place; elsewhere ("Leeds City College" … "Distinction*") the piece
        // the line under it may show to be a place or a grade
        rest.append(kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER ? " | " : " ").append(text);
        continue;
      }
      if (d.dates == null && (!datePiece || mostlyDate(text))) {
        Optional<DateSpan> date = bestDate(text);
        if (date.isPresent() && (!s.bold() || mostlyDate(text))) {
          d.dates = date.get();
          String around = withoutDate(text, date.get());
          if (!around.isEmpty() && !around.matches("[\\p{Punct}\\s]+")) {
            if (inPrimary && s.bold()) {
              primary.append(primary.length() == 0 ? "" : " ").append(around);
            } else {
              rest.append(' ').append(around);
            }
          }
          inPrimary = primary.length() == 0;
          continue;
        }
      }
      if (inPrimary && primary.length() == 0 && !s.bold() && d.dates != null && s != spans.get(0)
          && mostlyDate(spans.get(0).text())) {
        // a dates cell, then a plain cell ("Nov. 2019" beside "CompTIA A+, CompTIA"): read as a
        // line of plain text is, its pieces split at a bar, a dash or a comma
        inPrimary = false;
        rest.append(' ').append(text);
      } else if (inPrimary && (s.bold() || primary.length() == 0)) {
        primary.append(primary.length() == 0 ? "" : " ").append(text);
        if (!s.bold()) {
          inPrimary = false;
        }
      } else {
        inPrimary = false;
        rest.append(' ').append(text);
      }
    }
    String p = primary.toString().strip();
    if (d.dates == null) {
      Optional<DateSpan> inside = dates.find(p).filter(DateSpan::parsed);
      if (inside.isPresent()) {
        d.dates = inside.get();
        p = LEADING_SEPARATOR.matcher(withoutDate(p, inside.get())).replaceAll("").strip();
      }
    }
    boolean placeOnly = rest.toString().strip().startsWith("|") && !p.isEmpty();
    String r = LEADING_SEPARATOR.matcher(rest.toString().strip()).replaceAll("").strip();
    boolean job = kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER;
    if (job && (r.isEmpty() || p.isEmpty())) {
      // "Senior Engineer at Acme Ltd": the title, then the employer
      String whole = p.isEmpty() ? r : p;
      var at = TITLE_AT_EMPLOYER.matcher(whole);
      if (at.matches() && EntryWords.title(at.group(1))) {
        d.primary = at.group(2).strip();
        d.secondary = at.group(1).strip();
        String[] place = PIPE.split(d.primary, 2);
        if (place.length == 2) {
          d.primary = place[0].strip();
          d.location = place[1].strip();
        }
        return d;
      }
    }
    if (p.isEmpty() && !r.isEmpty()) {
      // no bold primary (plain text, unstyled files): "Company | Title | Place" or "Company, Title"
      String[] parts = PIPE.split(r);
      if (parts.length < 2) {
        parts = DASH_SPLIT.split(r);
      }
      if (parts.length == 2 && kind == SectionKind.CERTIFICATIONS
          && CERTIFICATE_LEVELS.contains(TextNorm.key(parts[1].split(",\\s+", 2)[0]))) {
        parts = new String[] {r}; // "AWS Certified Solutions Architect - Associate, Amazon": one name, then the issuer
      }
      if (parts.length < 2) {
        parts = r.split(",\\s+");
      }
      d.primary = parts[0].strip();
      if (parts.length > 1) {
        d.secondary = parts[1].strip();
        d.split = true;
      }
      if (parts.length > 2) {
        d.location = String.join(", ", java.util.Arrays.asList(parts).subList(2, parts.length)).strip();
      }
      return d;
    }
    if (placeOnly && !r.isEmpty()) {
      // "Acme | Leeds" (a job without a title), "Acme | Analyst | Leeds"; in sections without
      // places, "University | BSc Physics" and "Paper | Journal" name the degree or publisher
      d.primary = p.isEmpty() ? null : p;
      String[] parts = PIPE.split(r, 2);
      if (parts.length == 2) {
        d.secondary = parts[0].strip();
        d.location = parts[1].strip();
      } else if (kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER || kind == SectionKind.OTHER) {
        d.location = r;
      } else {
        d.secondary = r;
      }
      return d;
    }
    if (r.isEmpty()) {
      // "Title | Company" or "Company — Title" in one bold piece
      String[] parts = PIPE.split(p, 2);
      if (parts.length < 2) {
        parts = DASH_SPLIT.split(p, 2);
      }
      if (parts.length < 2 && (kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER)) {
        // "Marketing Manager, Brightpath Software": a comma splits only a job title from what follows
        int comma = p.indexOf(", ");
        if (comma > 0 && EntryWords.title(p.substring(0, comma)) && !EntryWords.title(p.substring(comma + 2))) {
          parts = new String[] {p.substring(0, comma), p.substring(comma + 2)};
        }
      }
      if (parts.length == 2 && kind == SectionKind.CERTIFICATIONS
          && CERTIFICATE_LEVELS.contains(TextNorm.key(parts[1]))) {
        parts = new String[] {p}; // "AWS Certified Solutions Architect – Associate" is one name
      }
      if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
        p = parts[0].strip();
        r = parts[1].strip();
        d.split = true;
      }
    }
    d.primary = p.isEmpty() ? null : p;
    if (!r.isEmpty()) {
      String[] parts = PIPE.split(r, 2);
      d.secondary = parts[0].strip();
      if (parts.length == 2) {
        d.location = parts[1].strip();
      }
    }
    // "Acme Corp   Boston, MA" over "Senior Analyst   Jan 2020 – Present": what stands right of the
    // name may be the place, if the next line brings the role and the dates
    d.rightPiece = d.dates == null && d.location == null && b.spans.size() == 2 && b.spans.get(0).bold()
        && (!b.spans.get(1).bold() || setApart(b.spans.get(0), b.spans.get(1)));
    return d;
  }

  /**
   * "Aire Valley Housing" then "Leeds" in italic, with no space between them (a page's row of an
   * employer and its place at the right, converted to Word): the name and the place, told apart
   * by their styles alone; else null.
   */
  private static String[] placeInItsOwnStyle(Block b) {
    if (b.spans.size() != 2 || b.lineCount > 1) {
      return null;
    }
    Span first = b.spans.get(0);
    Span second = b.spans.get(1);
    String place = second.text().strip();
    if (first.italic() == second.italic() || !second.italic() || !ContactFinder.looksLikePlace(place)
        || place.split("\\s+").length > 4 || EntryWords.title(place)) {
      return null;
    }
    return new String[] {first.text().strip(), place};
  }

  /** Whether {@code next} stands well apart from {@code previous} on their line: another column's piece. */
  private static boolean setApart(Span previous, Span next) {
    return next.left() - previous.right() > 30;
  }

  /**
   * The text with its date taken out, and the brackets that held only the date with it
   * ("AWS Certified Cloud Practitioner (2020)").
   */
  private static String withoutDate(String text, DateSpan date) {
    return EMPTY_BRACKETS.matcher(text.replace(date.text(), " ")).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }

  /** What a line under an entry's title turned out to be. */
  private enum Subline {
    /** Not part of the title: a paragraph, a bullet. */
    NONE,
    /** The role or degree (with a place or dates). */
    ROLE,
    /** Only the dates (and maybe a place). */
    DATES
  }

  /**
   * The line under a title that gave its secondary as a piece on the right: when this line has
   * the role on the left and the dates on the right, that piece was the place.
   */
  private Subline roleAndDates(Block b, Draft d) {
    if (b.spans.size() < 2 || b.bold || d.dates != null) {
      return datesLine(b, d);
    }
    String last = b.spans.get(b.spans.size() - 1).text();
    if (!mostlyDate(last)) {
      return datesLine(b, d);
    }
    d.location = d.secondary;
    d.secondary = b.spans.get(0).text();
    d.dates = dates.find(last).orElseThrow();
    return Subline.ROLE;
  }

  /**
   * A line of dates under a title that already has its role ("03/2021 – Present · Berlin"): the
   * dates, and what remains as the place.
   */
  private Subline datesLine(Block b, Draft d) {
    if (d.dates != null || b.bold) {
      return Subline.NONE;
    }
    String t = b.text;
    Optional<DateSpan> date = dates.find(t).filter(DateSpan::parsed);
    if (date.isEmpty() || date.get().text().length() * 10 < t.length() * 4) {
      return Subline.NONE;
    }
    String rest = LEADING_SEPARATOR.matcher(withoutDate(t, date.get()))
        .replaceAll("").strip();
    if (rest.split("\\s+").length > 4) {
      return Subline.NONE;
    }
    d.dates = date.get();
    if (d.location == null && !rest.isEmpty() && d.secondary != null && d.split
        && EntryWords.title(rest) && !EntryWords.title(d.secondary)) {
      // "Employer — Place" over "Role, dates": the piece after the employer was its place
      d.location = d.secondary;
      d.secondary = rest;
    } else if (d.location == null && !rest.isEmpty()) {
      d.location = rest;
    }
    return Subline.DATES;
  }

  /**
   * Whether {@code b} is the place of a job whose title line already gave its role, employer and
   * dates ("Head of Engineering at Isartal Automation GmbH   April 2021 – Present" over
   * "Munich"), and took it as such: a short line of a few capitalised words, no digits, no
   * sentence, no job title. Taken, it ends the entry's title lines.
   */
  private boolean placeLine(Block b, Draft d, SectionKind kind) {
    boolean job = kind == SectionKind.EXPERIENCE || kind == SectionKind.VOLUNTEER;
    String t = b.text.strip();
    if (!job || b.bold || b.lineCount > 1 || d.dates == null || d.location != null || d.primary == null
        || d.secondary == null || t.split("\\s+").length > 3 || t.matches(".*[\\d.!?:;].*")
        || !ContactFinder.looksLikePlace(t) || EntryWords.title(t) || EntryWords.company(t)) {
      return false;
    }
    d.location = t;
    d.titleLineOnly = false;
    return true;
  }

  /** The line under a stacked entry's title: the role or degree, and a place on the right. */
  private Subline subline(Block b, Draft d) {
    if (b.bold && !b.spans.get(0).italic()) {
      return Subline.NONE;
    }
    if (b.spans.size() >= 2) {
      // "Role   Place" (a stacked layout's second line), or "Role | Place | Dates" in text
      d.secondary = b.spans.get(0).text();
      List<String> place = new ArrayList<>();
      for (int i = 1; i < b.spans.size(); i++) {
        String text = b.spans.get(i).text();
        boolean last = i == b.spans.size() - 1;
        Optional<DateSpan> date = last ? dates.find(text).filter(DateSpan::parsed)
            : Optional.of(text).filter(this::mostlyDate).flatMap(dates::find);
        if (d.dates == null && date.isPresent()) {
          d.dates = date.get();
        } else {
          place.add(text);
        }
      }
      if (!place.isEmpty()) {
        d.location = String.join(", ", place); // else the place the title line set apart stays
      }
      return Subline.ROLE;
    }
    String t = b.text;
    if (b.lineCount > 2 || t.endsWith(".") || t.split("\\s+").length > (b.lineCount > 1 ? 25 : 12)) {
      return Subline.NONE; // a sentence or a paragraph, not a role or a degree
    }
    if (d.dates == null) {
      Optional<DateSpan> date = dates.find(t).filter(DateSpan::parsed);
      if (date.isPresent() && date.get().text().length() * 10 >= t.length() * 6) {
        d.dates = date.get();
        // "Pagalia | Jan 2020 – Present" under "Senior Data Analyst": a short piece set apart
        // before the dates, under a job title, is the employer
        int at = t.indexOf(date.get().text());
        String piece = at > 0 ? LEADING_SEPARATOR.matcher(t.substring(0, at)).replaceAll("").strip() : "";
        if (!piece.isEmpty() && d.secondary == null && d.primary != null && EntryWords.title(d.primary)
            && !EntryWords.title(piece) && t.substring(0, at).matches(".*\\S\\s*[|·•–—,]\\s*")) {
          d.secondary = piece;
          return Subline.ROLE;
        }
        return Subline.DATES;
      }
      // "Bachelor of Business Administration, Marketing · 2017": the dates set apart at the end
      List<DateSpan> all = dates.findAll(t);
      DateSpan last = all.isEmpty() ? null : all.get(all.size() - 1);
      if (last != null && last.parsed() && t.endsWith(last.text())) {
        String before = t.substring(0, t.length() - last.text().length());
        if (before.matches(".*\\S\\s*[·|•–—,]\\s*")) {
          d.dates = last;
          t = LEADING_SEPARATOR.matcher(before).replaceAll("").strip();
        }
      }
    }
    // "Cedar Ridge High School | Austin, TX" under a role: the employer, then its place
    String[] pieces = PIPE.split(t);
    if (pieces.length == 2 && d.location == null && ContactFinder.looksLikePlace(pieces[1])
        && !EntryWords.title(pieces[1]) && pieces[1].split("\\s+").length <= 4) {
      d.secondary = pieces[0].strip();
      d.location = pieces[1].strip();
      return Subline.ROLE;
    }
    // an inline role that wrapped whole under a long title keeps the comma that joined it
    d.secondary = t.startsWith(",") ? t.substring(1).strip() : t;
    return Subline.ROLE;
  }

  private static List<String> skillItems(List<String> lines) {
    List<String> items = new ArrayList<>();
    for (String line : lines) {
      String text = line;
      int colon = text.indexOf(':');
      if (colon > 0 && colon <= 40) {
        text = text.substring(colon + 1);
      }
      for (String item : splitItems(text)) {
        String s = item.strip();
        if (!s.isEmpty() && s.length() <= 80) {
          items.add(s);
        }
      }
    }
    return items;
  }

  /**
   * Splits a list of skills at commas, semicolons and bullets, but not inside brackets ("Python
   * (pandas, scikit-learn)"), and keeps bare numbers with the item before them ("Eurocodes 2, 7").
   * The importer splits keyword and language lists the same way.
   */
  public static List<String> splitItems(String text) {
    List<String> items = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
      boolean separator = depth == 0 && (c == ',' || c == ';' || c == '•' || c == '·' || c == '|');
      if (!separator) {
        current.append(c);
        continue;
      }
      String item = current.toString().strip();
      if (item.matches("\\d+") && !items.isEmpty()) {
        items.set(items.size() - 1, items.get(items.size() - 1) + ", " + item);
      } else if (!item.isEmpty()) {
        items.add(item);
      }
      current.setLength(0);
    }
    String item = current.toString().strip();
    if (item.matches("\\d+") && !items.isEmpty()) {
      items.set(items.size() - 1, items.get(items.size() - 1) + ", " + item);
    } else if (!item.isEmpty()) {
      items.add(item);
    }
    return items;
  }

  /**
   * Whether a text starts like the name of a degree: "Bachelor of …", "MSc", "B.Sc.", "Магістр".
   * The importer splits degrees from subjects with the same words.
   */
  public static boolean looksLikeDegree(String text) {
    return EntryWords.degree(text);
  }

  /**
   * Whether a text names a place of learning ("University of Leeds", "Escuela …", "Institut …").
   * The importer tells schools from degrees with the same words.
   */
  public static boolean looksLikeSchool(String text) {
    return EntryWords.school(text);
  }

  /**
   * Whether a text holds a job-title word ("Analyst", "Teacher", "Ingenieur"…): the importer's
   * review tells an entry's title read as a heading by it.
   */
  public static boolean looksLikeJobTitle(String text) {
    return EntryWords.title(text);
  }
}
