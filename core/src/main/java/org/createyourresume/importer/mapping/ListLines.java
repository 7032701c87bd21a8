package org.createyourresume.importer.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.ResumeParser;
import org.createyourresume.ats.parse.TextNorm;
import org.createyourresume.model.Interest;
import org.createyourresume.model.Language;
import org.createyourresume.model.Skill;

/**
 * Reads the line sections (skills, languages, interests) the way the renderer writes them:
 * "Label (level): item, item", "Spanish (Native), English – Fluent (C1)", items split at commas
 * outside brackets with the parser's own item splitter.
 */
final class ListLines {
  private ListLines() {}

  /** "Design (Expert)": a name and a trailing bracket. */
  /** "English (Native)", and one level of brackets inside: "English (Fluent (C1))". */
  /** A rating drawn in dots or stars ("English ●●●●○"): a picture of a level, not its words. */
  private static final Pattern RATING = Pattern.compile("\\s*[\u25cf\u25cb\u25c9\u25ef\u2605\u2606\u25a0\u25a1\u25c6\u25c7\u2b24]{2,}\\s*");
  private static final Pattern TRAILING_BRACKET =
      Pattern.compile("^([^()]+?)\\s*\\(((?:[^()]|\\([^()]*\\))+)\\)$");
  private static final Pattern LEVEL_SEPARATOR = Pattern.compile("\\s+[–—-]\\s+|\\s*:\\s+");
  /** A tab or a run of spaces: a table's cell border or a column, as copied or read from the page. */
  private static final Pattern CELL_GAP = Pattern.compile("\\t+|\\s{2,}");

  /** Words that say how well, as opposed to what ("Kubernetes (CKA)" keeps its bracket). */
  private static final Set<String> LEVEL_WORDS =
      Set.of("beginner", "elementary", "basic", "novice", "intermediate", "competent", "good",
          "advanced", "proficient", "strong", "expert", "excellent", "master", "fluent", "native",
          "working", "professional", "conversational");

  /**
   * Whether a line is a list of short items ("React, Node.js, MongoDB"): two or more, of at most
   * three words each, and no sentence.
   */
  static boolean itemList(String line) {
    String t = line.strip();
    if (t.endsWith(".") || t.contains(": ") || !t.contains(",")) {
      return false;
    }
    List<String> items = ResumeParser.splitItems(t);
    return items.size() >= 2 && items.stream().allMatch(i -> i.length() <= 30 && i.split("\\s+").length <= 3);
  }

  /**
   * The lines with a label that stands alone ("Platforms (Advanced):", as a narrow column or a
   * sidebar breaks it) joined to the line after it, which holds its items.
   */
  static List<String> joinDanglingLabels(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.endsWith(":") && labelColon(line) == line.length() - 1 && i + 1 < lines.size()
          && labelColon(lines.get(i + 1)) < 0) {
        out.add(line + " " + lines.get(++i).strip());
      } else {
        out.add(lines.get(i));
      }
    }
    return out;
  }

  /**
   * The languages lines with each level that stands on a line of its own ("German", then
   * "Native" set small under it, as builders lay a language out) joined to the language above it
   * as "German – Native". A level line under a line that has a level already stays as it is.
   */
  static List<String> joinLevelLines(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String raw : lines) {
      String line = raw.strip();
      if (!out.isEmpty() && isLevel(line) && bareLanguage(out.get(out.size() - 1))) {
        out.set(out.size() - 1, out.get(out.size() - 1).strip() + " – " + line);
      } else {
        out.add(raw);
      }
    }
    return out;
  }

  /** A line that is a language's name alone: one to three words, no level, digits or separators. */
  private static boolean bareLanguage(String line) {
    String t = line.strip();
    return !t.isEmpty() && !t.contains(" - ") && t.split("\\s+").length <= 3 && !t.matches(".*[\\d,;:()\u2013\u2014|\t\u25cf\u25cb\u2605].*")
        && !isLevel(t);
  }

  /**
   * One skills line: "Label: a, b" is a named group, "a, b" an unnamed one, "a" a skill alone; a
   * label in a cell of its own ("Systems", a tab, "Windows 10/11, Intune") names the group too.
   */
  static Skill skill(String line) {
    int cell = labelCell(line);
    if (cell > 0) {
      line = line.substring(0, cell).strip() + ": " + line.substring(cell).strip();
    }
    int colon = labelColon(line);
    if (colon > 0) {
      String label = line.substring(0, colon).strip();
      String name = label;
      String level = null;
      Matcher m = TRAILING_BRACKET.matcher(label);
      if (m.matches()) {
        name = m.group(1).strip();
        level = m.group(2).strip();
      }
      return new Skill(name, level, ResumeParser.splitItems(line.substring(colon + 1)), null);
    }
    List<String> items = ResumeParser.splitItems(line);
    if (items.size() > 1) {
      return new Skill(null, null, items, null);
    }
    Matcher m = TRAILING_BRACKET.matcher(line.strip());
    if (m.matches() && isLevel(m.group(2))) {
      return new Skill(m.group(1).strip(), m.group(2).strip(), null, null);
    }
    return new Skill(line.strip(), null, null, null);
  }

  /** A languages line: one or more "Language (fluency)" or "Language – fluency" items. */
  static List<Language> languages(String line) {
    line = RATING.matcher(line).replaceAll(" ").strip();
    int cell = labelCell(line);
    if (cell > 0) {
      // "English", a tab, "Native": a table's two cells
      return List.of(new Language(line.substring(0, cell).strip(), line.substring(cell).strip(), null));
    }
    List<Language> out = new ArrayList<>();
    String text = line;
    int colon = labelColon(line);
    if (colon > 0 && ResumeParser.splitItems(line.substring(0, colon)).size() == 1
        && ResumeParser.splitItems(line.substring(colon + 1)).size() == 1) {
      // "English: Native"
      out.add(new Language(line.substring(0, colon).strip(), line.substring(colon + 1).strip(), null));
      return out;
    }
    for (String item : ResumeParser.splitItems(text)) {
      Matcher separated = LEVEL_SEPARATOR.matcher(item);
      if (separated.find() && separated.start() > 0) {
        out.add(new Language(item.substring(0, separated.start()).strip(),
            item.substring(separated.end()).strip(), null));
        continue;
      }
      Matcher m = TRAILING_BRACKET.matcher(item.strip());
      if (m.matches()) {
        out.add(new Language(m.group(1).strip(), m.group(2).strip(), null));
      } else {
        out.add(new Language(item.strip(), null, null));
      }
    }
    return out;
  }

  /**
   * The languages of a skills line that lists spoken languages rather than skills: a label that
   * says so ("Spoken Languages:", "Languages spoken:", "Foreign languages:"), or a bare
   * "Languages:" whose every item carries a level ("English (Fluent), Hindi (Native)"), which a
   * programming language list never does. Empty for any other line.
   */
  static List<Language> spokenLanguages(String line) {
    int colon = labelColon(line);
    if (colon <= 0) {
      return List.of();
    }
    String label = TextNorm.key(line.substring(0, colon));
    String items = line.substring(colon + 1).strip();
    if (items.isEmpty()) {
      return List.of();
    }
    if (SPOKEN_LABEL.matcher(label).matches()) {
      return languages(items);
    }
    if (label.equals("languages") || label.equals("language")) {
      List<Language> read = languages(items);
      boolean allLevelled = read.stream().allMatch(l -> l.fluency() != null && isLevel(l.fluency()));
      return allLevelled ? read : List.of();
    }
    return List.of();
  }

  /** Labels that name spoken languages in a skills block, as {@link TextNorm#key} gives them. */
  private static final Pattern SPOKEN_LABEL = Pattern.compile(
      "(spoken|human|natural|foreign|world) languages?|languages? spoken|spoken");

  /** An interests line: "Name: a, b" with keywords, or one interest per item. */
  static List<Interest> interests(String line) {
    int colon = labelColon(line);
    if (colon > 0) {
      return List.of(new Interest(line.substring(0, colon).strip(),
          ResumeParser.splitItems(line.substring(colon + 1)), null));
    }
    return ResumeParser.splitItems(line).stream().map(i -> new Interest(i, null, null)).toList();
  }

  /** The colon after a short label ("Frameworks and tools:"), outside brackets; -1 if none. */
  static int labelColon(String line) {
    int depth = 0;
    for (int i = 0; i < line.length() && i <= 60; i++) {
      char c = line.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && c == ',') {
        return -1; // a list started before any label
      } else if (depth == 0 && c == ':') {
        boolean spaced = i + 1 >= line.length() || Character.isWhitespace(line.charAt(i + 1));
        return spaced && i > 0 && TextNorm.words(line.substring(0, i)).length <= 6 ? i : -1;
      }
    }
    return -1;
  }

  /**
   * Where the second cell starts when the line is a short label (at most three words, no list
   * mark) and one gap (a tab or two spaces and more) away from the rest, which has no gap of its
   * own (items set apart by gaps alone are items, not a label and its list); -1 otherwise.
   */
  static int labelCell(String line) {
    String text = line.strip();
    Matcher gap = CELL_GAP.matcher(text);
    if (!gap.find() || gap.start() == 0) {
      return -1;
    }
    String label = text.substring(0, gap.start());
    String rest = text.substring(gap.end());
    if (rest.isEmpty() || CELL_GAP.matcher(rest).find() || label.split("\\s+").length > 3
        || label.matches(".*[,;:•|()\\d].*")) {
      return -1;
    }
    return line.indexOf(rest, line.indexOf(label) + label.length());
  }

  private static boolean isLevel(String text) {
    String[] words = TextNorm.words(text);
    return words.length > 0 && words.length <= 3 && (LEVEL_WORDS.contains(words[0])
        || text.matches("[\\d./ ]+|[★☆●○]+"));
  }
}
