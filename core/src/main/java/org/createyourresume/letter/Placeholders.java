package org.createyourresume.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text left for the writer to fill in: "[Company]", "{{role}}", "<Hiring Manager>",
 * "XXX", "Lorem ipsum". A letter that still holds one must never go out unnoticed, so the checks
 * report it and a render warns about it.
 */
public final class Placeholders {

  // Square brackets around a few words (not a reference such as "[1]"); double braces; angle
  // brackets around words (not an e-mail address in <…>); runs of X or underscores; filler text.
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "\\[(?=[^\\[\\]\\n]{1,60}\\])[^\\[\\]\\n]*\\p{L}[^\\[\\]\\n]*\\]|\\{\\{[^{}\\n]{0,60}\\}\\}|<(?![^<>\\n]*@)[A-Za-z][A-Za-z _'-]{1,40}>"
          + "|\\b[Xx]{3,}\\b|(?i:lorem ipsum)|_{3,}");

  private Placeholders() {}

  /** The placeholders in {@code text}, as written, in order; empty when there are none. */
  public static List<String> in(String text) {
    List<String> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
