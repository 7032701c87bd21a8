package org.createyourresume.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaking that never splits a hyphenated compound ("first-time", "end-to-end", "CI-CD")
 * across lines: an ATS reading "first-" and "time" on two lines sees two broken words. Nor does
 * it break before an opening bracket that follows a letter or digit ("168(4)", "C++(17)"), which
 * the JDK's line rules allow and Unicode's (LB30) do not: the extracted text would gain a space.
 * All other break opportunities are the standard Unicode ones.
 */
final class CompoundKeepingBreaker implements FSTextBreaker {

  /**
   * Never given text, only copied: the JDK reads its line rules from a resource each time it makes
   * a line iterator (about 2% of a page's allocation), while a copy shares the parsed rules.
   * Copying reads nothing that {@code setText} changes, so threads can copy it at once.
   */
  private static final BreakIterator RULES = BreakIterator.getLineInstance(Locale.ROOT);

  private final BreakIterator lines = (BreakIterator) RULES.clone();
  private String text = "";

  @Override
  public void setText(String newText) {
    text = newText;
    lines.setText(newText);
  }

  @Override
  public int next() {
    int at = lines.next();
    while (at != BreakIterator.DONE && splitsCompound(at)) {
      at = lines.next();
    }
    return at;
  }

  /** Whether breaking before {@code at} would separate "word-" from "word", or "168" from "(4)". */
  private boolean splitsCompound(int at) {
    if (at < 1 || at >= text.length()) {
      return false;
    }
    char before = text.charAt(at - 1);
    char after = text.charAt(at);
    if ((after == '(' || after == '[') && Character.isLetterOrDigit(before)) {
      return true;
    }
    return at >= 2 && before == '-'
        && Character.isLetterOrDigit(text.charAt(at - 2))
        && Character.isLetterOrDigit(after);
  }
}
