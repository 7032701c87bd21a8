package org.createyourresume.ats.parse;

import static org.createyourresume.ats.parse.DatedText.hasDate;
import static org.createyourresume.ats.parse.DatedText.mostlyDate;
import static org.createyourresume.ats.parse.SectionReader.items;
import static org.createyourresume.ats.parse.SectionReader.oneItemPerLine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parser's third stage: which block is the name and which blocks are section headings. A
 * heading is a short line the vocabulary knows or one set like a heading; the stage then takes
 * back what only looks like one: an entry's title set large, a label inside an entry
 * ("Highlights"), a group of skills named in small type, a styled headline over the contact lines.
 */
final class HeadingReader {

  /** Labels printed inside a job or project over its bullets, never sections of their own there. */
  private static final Set<String> ENTRY_LABELS = Set.of("highlights", "key highlights", "achievements",
      "key achievements", "accomplishments", "key accomplishments", "responsibilities", "key responsibilities",
      "duties", "main duties", "tasks", "main tasks", "results", "impact", "courses", "coursework", "details");

  private final SectionVocabulary vocabulary;
  private final Dates dates = Dates.get();
  /** The fitted stage run after the rules, or null to keep the rules' headings as they are. */
  private final HeadingModel model;

  /** A reader whose rules' headings the fitted model overrides where it is confident. */
  HeadingReader(SectionVocabulary vocabulary) {
    this(vocabulary, true);
  }

  /** A reader with the fitted stage or, with {@code fitted} false, with the hand rules alone. */
  HeadingReader(SectionVocabulary vocabulary, boolean fitted) {
    this.vocabulary = vocabulary;
    this.model = fitted ? new HeadingModel(vocabulary) : null;
  }

  /**
   * The block that holds the name, or null: the first of the top blocks that reads as a name,
   * contact lines skipped (a monogram on a line of its own over the name is taken out of
   * {@code blocks}); failing that, the largest name on the first page of a styled document, or
   * the name where the main column starts when the text opens with a sidebar's heading.
   */
  Block nameBlock(List<Block> blocks, boolean styled, float bodySize) {
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
    return nameBlock;
  }

  /**
   * Sets the heading of every block but the name's, then takes it back from what is no section
   * heading: an unknown line set smaller than the known headings, a styled headline above the
   * contact lines, and the entry titles and labels inside sections of entries.
   */
  void headings(List<Block> blocks, Block nameBlock, boolean styled, float bodySize) {
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
    if (model != null) {
      model.decide(blocks, nameBlock, styled, bodySize);
    }
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

  static float bodySize(List<Block> blocks) {
    Map<Float, Integer> weights = new HashMap<>();
    for (Block b : blocks) {
      if (b.size > 0 && !b.bold) {
        weights.merge(b.size, b.text.length(), Integer::sum);
      }
    }
    return weights.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
  }

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

  boolean looksLikeName(String text) {
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

  static boolean isContactLine(Block b) {
    String t = b.text;
    return ContactFinder.EMAIL.matcher(t).find()
        || ContactFinder.PHONE.matcher(t).find()
        || ContactFinder.URL.matcher(t).find()
        || t.contains(" | ")
        || b.spans.size() > 1
        || ContactFinder.LABEL.matcher(t).lookingAt();
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

  /** Whether two headings are set alike: a section of its own, not an entry's title set large. */
  private static boolean sameStyle(Block a, Block b) {
    return b != null && Math.abs(a.size - b.size) <= 0.5f && a.headingStyle == b.headingStyle
        && TextNorm.allCaps(a.text) == TextNorm.allCaps(b.text) && a.heading.letterSpaced() == b.heading.letterSpaced();
  }
}
