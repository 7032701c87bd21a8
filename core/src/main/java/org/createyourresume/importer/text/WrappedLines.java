package org.createyourresume.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of a printed page that text recognition returns cut where the page wrapped them, put back
 * together: "Led the move from a monolithic build to CMake and continuous" over "integration.".
 * A browser's copy and a typed text keep a paragraph on one line, so a cut shows only as a line
 * that goes on mid-sentence: it opens with a small letter under a long line that did not end a
 * sentence, or it follows a line that ended with a comma.
 */
final class WrappedLines {
  private WrappedLines() {}

  /** How long a line must be to have been wrapped by the page rather than ended by its writer. */
  private static final int WRAPPED_LENGTH = 40;
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;)\\]]$");
  private static final Pattern OPENS_SMALL = Pattern.compile("^\\p{Ll}[\\p{L}\\p{N}'’-]*(?:[\\s.,;]|$).*");
  private static final Pattern BULLET = Pattern.compile("^[•·▪■◦‣∙●○➢➤►▶✓✔❖◆◇→*»«-]\\s");
  /** "Label:" or "Label  value": a line of its own, not the rest of the one above. */
  private static final Pattern LABEL = Pattern.compile("^[\\p{L}][\\p{L} /&]{1,24}(?::|\\t| {2,})");

  /** {@code lines} with each line's continuation joined to it, by one space. */
  static List<String> joined(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && continues(previous.strip(), line.strip())) {
        out.set(out.size() - 1, previous.stripTrailing() + " " + line.strip());
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean continues(String previous, String line) {
    if (line.isEmpty() || BULLET.matcher(line).find() || LABEL.matcher(line).find()) {
      return false;
    }
    if (previous.endsWith(",")) {
      return Character.isLetter(line.charAt(0));
    }
    return previous.length() >= WRAPPED_LENGTH && !ENDS_SENTENCE.matcher(previous).matches()
        && OPENS_SMALL.matcher(line).matches();
  }
}
