package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.parse.LayoutLine;

/**
 * The same line printed at the end of one page and again at the start of the next, as some
 * layout engines do with a block split at a page break: an ATS reads it twice.
 */
public final class DuplicateTextCheck implements Check {

  private static final int EDGE_LINES = 4;

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    List<LayoutLine> lines = r.document().lines();
    List<String> repeated = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      LayoutLine line = lines.get(i);
      String text = line.text();
      if (line.zone() != LayoutLine.Zone.BODY || text.length() < 20 || !line.positioned()) {
        continue;
      }
      // among the last lines of its page, and again among the first lines of the next page
      int after = 0;
      for (int j = i + 1; j < lines.size() && lines.get(j).page() == line.page(); j++) {
        after++;
      }
      if (after >= EDGE_LINES) {
        continue;
      }
      int seen = 0;
      for (int j = i + 1; j < lines.size() && seen < after + EDGE_LINES; j++) {
        LayoutLine other = lines.get(j);
        if (other.page() == line.page() + 1) {
          seen++;
          if (other.text().equals(text)) {
            repeated.add(Findings.clip(text));
            break;
          }
        } else if (other.page() > line.page() + 1) {
          break;
        }
      }
    }
    if (repeated.isEmpty()) {
      return;
    }
    findings.accept(Findings.of("text.duplicated", Category.PARSING, Severity.MINOR, 3,
        repeated.size() == 1 ? "A line printed twice at a page break" : repeated.size() + " lines printed twice at page breaks",
        "The file prints the same line at the bottom of one page and again at the top of the next."
            + " A person may not notice; an ATS reads it twice.",
        "Move the page break (shorten or reorder the section before it), or export again.", repeated,
        repeated.size()));
  }
}
