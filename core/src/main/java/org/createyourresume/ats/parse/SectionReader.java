package org.createyourresume.ats.parse;

import static org.createyourresume.ats.parse.EntryLineReader.setApart;

import java.util.ArrayList;
import java.util.List;

/**
 * The parser's fifth stage: the blocks after the top, cut at each heading into sections. A
 * section's lines are its blocks' text, with a skills section's groups ("Languages: Java, Go"),
 * grids and label cells read as lines of items; a section of entries is handed to
 * {@link EntryReader}.
 */
final class SectionReader {

  private final EntryReader entryReader;

  SectionReader(EntryReader entryReader) {
    this.entryReader = entryReader;
  }

  /**
   * The sections from the heading at {@code first} on, each with the blocks up to the next
   * heading, less the blocks the top has {@code taken} and the labels inside entries. Calls
   * {@code checkpoint} before each section.
   */
  List<ParsedSection> sections(List<Block> blocks, int first, List<Block> taken, boolean styled, Runnable checkpoint) {
    List<ParsedSection> sections = new ArrayList<>();
    int index = first;
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
      if (h.kind() == SectionKind.OTHER && !h.standard()) {
        h = kindFromContent(h, content, blocks);
      }
      sections.add(section(h, content, styled));
    }
    return sections;
  }

  /**
   * An unknown heading ("Where I've Worked") over what can only be jobs: a dated line, bullets or
   * a job title, and no degree, on a page that has no experience section of its own. A reader
   * takes it for the experience section, and so does the import, instead of a custom section.
   */
  private static Heading kindFromContent(Heading h, List<Block> content, List<Block> blocks) {
    if (blocks.stream().anyMatch(b -> b.heading != null && b.heading.kind() == SectionKind.EXPERIENCE)) {
      return h;
    }
    boolean dated = content.stream().anyMatch(DatedText::hasDate);
    boolean bullets = content.stream().anyMatch(b -> b.bullet);
    boolean title = content.stream().anyMatch(b -> ResumeParser.looksLikeJobTitle(b.text));
    boolean degree = content.stream().anyMatch(b -> ResumeParser.looksLikeDegree(b.text));
    return dated && (bullets || title) && !degree
        ? new Heading(h.text(), SectionKind.EXPERIENCE, false, h.letterSpaced()) : h;
  }

  private ParsedSection section(Heading h, List<Block> content, boolean styled) {
    List<String> lines = new ArrayList<>();
    List<String> grid = h.kind() == SectionKind.SKILLS ? skillGrid(content) : null;
    List<String> cells = h.kind() == SectionKind.SKILLS && grid == null ? skillCells(content) : null;
    if (grid != null) {
      lines.addAll(grid);
    } else if (cells != null) {
      lines.addAll(cells);
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
    List<ParsedEntry> entries = h.kind().hasEntries() ? entryReader.entries(content, styled, h.kind()) : List.of();
    return new ParsedSection(h.kind(), h.text(), h.standard(), h.letterSpaced(), lines, entries);
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

  /**
   * Skills set in a table of cells, one skill to a cell, rows of them read across ("DHCP" …
   * "DNS" … "Cisco Meraki"): each cell a skill on its own, as a skill to a line is. A table is
   * told from tags that ran onto a second line by its columns: every cell of every row starts
   * where a cell of the first row starts, and a row below has a cell beside its first one there;
   * tags flow, so their second line's tags start wherever the first line's ended. Null when the
   * section is not such a table.
   */
  private static List<String> skillCells(List<Block> content) {
    if (content.size() < 2) {
      return null;
    }
    List<Span> columns = content.get(0).spans;
    if (columns.size() < 2) {
      return null;
    }
    boolean alignedBeyondFirst = false;
    List<String> lines = new ArrayList<>();
    for (Block row : content) {
      if (row.lineCount > 1 || row.bold || row.bullet || row.itemsJoined || !row.positioned) {
        return null;
      }
      for (int i = 0; i < row.spans.size(); i++) {
        Span cell = row.spans.get(i);
        String text = cell.text().strip();
        if (text.isEmpty() || text.length() > 40 || text.split("\\s+").length > 4 || text.matches(".*[,;:|.!?]$")
            || text.matches(".*[,;].*") || (i > 0 && cell.left() - row.spans.get(i - 1).right() <= Math.max(row.size, 6f))) {
          return null;
        }
        int column = -1;
        for (int c = 0; c < columns.size(); c++) {
          if (Math.abs(cell.left() - columns.get(c).left()) <= 3) {
            column = c;
          }
        }
        if (column < 0) {
          return null;
        }
        alignedBeyondFirst |= row != content.get(0) && column > 0;
        lines.add(text);
      }
    }
    return alignedBeyondFirst ? lines : null;
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

  /** A line of skills whose items were set apart by space alone, with commas between them. */
  static String items(Block b) {
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
   * The items of a block of several lines that each hold one short skill at the same margin
   * ("Python", "pandas", "Excel", run together as if wrapped): lines of at most three words, none
   * ending as a wrapped line does (a hyphen, a comma, "and"). Null for a block of one line, or of
   * anything else.
   */
  static List<String> oneItemPerLine(Block b) {
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

  /** The skills of a skills section's lines: each line's items, a group's name before a colon left out. */
  static List<String> skillItems(List<String> lines) {
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
  static List<String> splitItems(String text) {
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
}
