package org.createyourresume.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.ats.parse.SectionVocabulary;

/**
 * Skill groups in plain text, written as the one line "Label: item, item" the parser reads a
 * group from. A web page sets a group as a small heading over a list or over a row of tags; a
 * browser's copy keeps neither the heading's size nor the list's markers nor the tags' boxes, so
 * what is left is a short line at the margin and either its items indented under it, one to a
 * line, or one line of tags set apart by single spaces ("Java Go SQL Python"). Only inside a
 * skills section: elsewhere a short line over indented ones is a heading over its list.
 */
final class SkillGroupLines {
  private SkillGroupLines() {}

  /** A line of the text: its words, and whether it was indented. */
  record Line(String text, boolean indented) {}

  private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{L}&/ -]{1,29}");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");
  /** Words that rate a language ("Native", "Fluent (C1)"): a "Languages" group of those is the languages section. */
  private static final Pattern LANGUAGE_LEVEL = Pattern.compile(
      "(?i).*\\b(?:native|mother tongue|fluent|fluency|bilingual|conversational|basic|beginner|elementary|intermediate"
          + "|proficient|proficiency|working knowledge|[abc][12])\\b.*");
  /** The most items a row of tags holds, and the fewest it must hold to be split by its capitals. */
  private static final int MOST_TAGS = 10;
  private static final int FEWEST_TAGS = 3;

  /** {@code lines} with each skill group under a skills heading joined into one line. */
  static List<Line> grouped(List<Line> lines, SectionVocabulary vocabulary) {
    List<Line> out = new ArrayList<>();
    SectionKind section = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.indented()) {
        out.add(line);
        continue;
      }
      Optional<SectionKind> kind = vocabulary.kindOf(line.text());
      List<String> items = new ArrayList<>();
      for (int j = i + 1; j < lines.size() && lines.get(j).indented(); j++) {
        items.add(lines.get(j).text());
      }
      boolean listed = !items.isEmpty() && items.stream().allMatch(SkillGroupLines::item);
      Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      List<String> tags = items.isEmpty() && next != null ? tags(next.text()) : List.of();
      if (section == SectionKind.SKILLS && LABEL.matcher(line.text()).matches()
          && line.text().split("\\s+").length <= 3 && (listed || !tags.isEmpty())
          && groupName(kind, listed ? items : List.of(next.text()))) {
        List<String> group = listed ? items : tags;
        out.add(new Line(line.text() + ": " + String.join(", ", group), false));
        i += listed ? items.size() : 1;
        continue;
      }
      if (kind.isPresent()) {
        section = kind.get();
      }
      out.add(line);
    }
    return out;
  }

  /**
   * Whether a heading of {@code kind} names a group of skills: an unknown word ("Platforms"), a
   * skills heading, or "Languages" over programming languages rather than spoken ones.
   */
  private static boolean groupName(Optional<SectionKind> kind, List<String> items) {
    if (kind.isEmpty() || kind.get() == SectionKind.SKILLS) {
      return true;
    }
    if (kind.get() == SectionKind.OTHER) {
      // "Leadership" over "People management", "Hiring": a group; "Teaching" over dated courses is not
      return items.stream().noneMatch(i -> i.matches(".*\\d{4}.*"));
    }
    return kind.get() == SectionKind.LANGUAGES && items.stream().noneMatch(i -> LANGUAGE_LEVEL.matcher(i).matches());
  }

  /** Whether an indented line is one skill ("OPC UA", "People management"), not a sentence. */
  private static boolean item(String text) {
    return text.length() <= 50 && text.split("\\s+").length <= 6 && !SENTENCE_END.matcher(text).matches();
  }

  /**
   * The tags of a row set apart by single spaces, each opening with a capital ("AWS Kubernetes
   * Kafka", "Domain-driven design Observability Code review"); none when the line is not such a
   * row: it has separators of its own, reads as a sentence, or holds too few capitals to tell.
   */
  private static List<String> tags(String text) {
    if (text.matches(".*[,;:|•·].*") || SENTENCE_END.matcher(text).matches()) {
      return List.of();
    }
    List<String> tags = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      boolean opens = Character.isUpperCase(word.charAt(0)) || tags.isEmpty();
      if (opens) {
        tags.add(word);
      } else {
        tags.set(tags.size() - 1, tags.get(tags.size() - 1) + " " + word);
      }
    }
    boolean tooLong = tags.stream().anyMatch(t -> t.split(" ").length > 3);
    return tags.size() < FEWEST_TAGS || tags.size() > MOST_TAGS || tooLong ? List.of() : tags;
  }
}
