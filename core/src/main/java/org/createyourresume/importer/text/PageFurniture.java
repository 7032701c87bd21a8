package org.createyourresume.importer.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running headers and footers of a text that was a printed, paged document (a scan read by
 * text recognition, a PDF saved as text): page numbers ("Page 2 of 3", "- 2 -", "2/3"), a
 * running line with one ("Ann Smith - Curriculum Vitae, Page 1 of 2"), that line without its
 * number, and the name repeated at the top of the next page. A text keeps them where the page
 * broke, in the middle of an entry or a sentence, so they must be set aside before the lines are
 * read as a resume, or they split an entry in two and leak into its fields.
 */
final class PageFurniture {
  private PageFurniture() {}

  /** A page number at the end of a line: "Page 2", "Page 2 of 3", "Seite 1 von 2", "p. 3/4". */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)(?:^|[\\s,|·•–—-])(?:page|seite|página|pagina|p\\.)\\s*\\d{1,3}(?:\\s*(?:of|/|von|de|di|sur)\\s*\\d{1,3})?\\s*$");
  /** A line that is only a page number: "2", "- 2 -", "2/3", "2 of 3". */
  private static final Pattern BARE_NUMBER =
      Pattern.compile("^[-–—\\s]*\\d{1,3}(?:\\s*(?:/|of)\\s*\\d{1,3})?[-–—\\s]*$");
  /** A document's running title: "Ann Smith - Curriculum Vitae", "Ann Smith | Resume". */
  private static final Pattern RUNNING_TITLE = Pattern.compile(
      "(?i)^(.{2,60}?)\\s*[-–—|,:·]\\s*(?:curriculum vitae|résumé|resume|cv|lebenslauf)$");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,|·•–—:-]+$");

  /**
   * Which of {@code lines} (in order, blank ones among them) are running headers and footers. The
   * first line with text never is: it is the document's own top, whatever it says.
   */
  static boolean[] marks(List<String> lines) {
    boolean[] furniture = new boolean[lines.size()];
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      return furniture;
    }
    String top = key(lines.get(first));
    boolean topIsName = top.matches("\\p{L}[\\p{L}.' -]{2,50}") && top.split(" ").length <= 5;
    Set<String> running = new HashSet<>();
    for (int i = first + 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher page = PAGE_NUMBER.matcher(line);
      if (BARE_NUMBER.matcher(line).matches()) {
        furniture[i] = true;
      } else if (page.find()) {
        furniture[i] = true;
        String before = SEPARATORS.matcher(line.substring(0, page.start())).replaceAll("");
        if (!before.isBlank()) {
          running.add(key(before));
        }
      } else if (RUNNING_TITLE.matcher(line).matches() && topIsName
          && key(line).startsWith(top.split(" ")[0])) {
        furniture[i] = true;
        running.add(key(line));
      }
    }
    // the running line's text without its page number, and the name set again atop a new page
    for (int i = first + 1; i < lines.size(); i++) {
      String key = key(lines.get(i));
      if (!key.isEmpty() && running.contains(key) || (topIsName && key.equals(top))) {
        furniture[i] = true;
      }
    }
    return furniture;
  }

  /** A line's text for comparing: case, spacing and end punctuation aside. */
  private static String key(String line) {
    return SEPARATORS.matcher(line.strip()).replaceAll("").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
