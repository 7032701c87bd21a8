package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.parse.LayoutLine;

/** Replacement characters, control characters and mojibake ("Ã©", "â€™") in the extracted text. */
public final class GarbageCheck implements Check {

  private static final Pattern MOJIBAKE = Pattern.compile("Ã[\\u0080-\\u00bf]|â€[\\u0080-\\u00bf™œ\"]|Â[\\u00a0-\\u00bf]|\\(cid:\\d+\\)");

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    int bad = 0;
    List<String> examples = new ArrayList<>();
    for (LayoutLine line : r.document().lines()) {
      String t = line.text();
      int here = 0;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        int type = Character.getType(c);
        if (c == '\uFFFD' || (type == Character.CONTROL && c != '\t') || type == Character.UNASSIGNED) {
          here++;
        }
      }
      Matcher m = MOJIBAKE.matcher(t);
      while (m.find()) {
        here++;
      }
      if (here > 0) {
        bad += here;
        examples.add(Findings.clip(t));
      }
    }
    if (bad == 0) {
      return;
    }
    boolean severe = bad > 20;
    findings.accept(Findings.of("text.garbage", Category.PARSING, severe ? Severity.MAJOR : Severity.MINOR,
        severe ? 12 : 4, "Garbled characters in the text",
        bad + " characters come out as replacement marks, control codes or mis-decoded accents"
            + " (\"Ã©\" for \"é\"). An ATS stores them as they are, and searches for those words fail.",
        "Retype the affected words, or export again with embedded Unicode fonts.", examples, bad));
  }
}
