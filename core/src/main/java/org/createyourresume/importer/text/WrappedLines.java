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
  /** A line that opens with a month and a year ("sept. 2017 – janv. 2021"): an entry's dates, in small letters in some languages. */
  private static final Pattern DATED = Pattern.compile("\\p{L}{3,5}\\.?\\s+\\d{4}\\b");
  /** "Label:" or "Label  value": a line of its own, not the rest of the one above. */
  private static final Pattern LABEL = Pattern.compile("^[\\p{L}][\\p{L} /&]{1,24}(?::|\\t| {2,})");

  /**
   * {@code lines} with each line's continuation joined to it, by one space, and without blank
   * lines. A blank line parts what it stands between: a writer's paragraph, never a wrap.
   */
  static List<String> joined(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean blankAbove = false;
    for (String line : lines) {
      if (line.isBlank()) {
        blankAbove = true;
        continue;
      }
      String previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && !blankAbove && continues(previous.strip(), line.strip())) {
        out.set(out.size() - 1, previous.stripTrailing() + " " + line.strip());
      } else {
        out.add(line);
      }
      blankAbove = false;
    }
    return out;
  }

  private static boolean continues(String previous, String line) {
    if (line.isEmpty() || BULLET.matcher(line).find() || LABEL.matcher(line).find()
        || DATED.matcher(line).lookingAt()) {
      return false;
    }
    if (previous.endsWith(",")) {
      return Character.isLetter(line.charAt(0));
    }
    return previous.length() >= WRAPPED_LENGTH && !ENDS_SENTENCE.matcher(previous).matches()
        && OPENS_SMALL.matcher(line).matches();
  }
}
