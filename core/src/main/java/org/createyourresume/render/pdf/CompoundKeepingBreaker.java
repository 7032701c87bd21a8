package org.createyourresume.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaking that never splits a hyphenated compound ("first-time", "end-to-end", "CI-CD")
 * across lines: an ATS reading "first-" and "time" on two lines sees two broken words. All other
 * break opportunities are the standard Unicode ones.
 */
final class CompoundKeepingBreaker implements FSTextBreaker {

  private final BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);
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

  /** Whether breaking before {@code at} would separate "word-" from "word". */
  private boolean splitsCompound(int at) {
    if (at < 2 || at >= text.length()) {
      return false;
    }
    return text.charAt(at - 1) == '-'
        && Character.isLetterOrDigit(text.charAt(at - 2))
        && Character.isLetterOrDigit(text.charAt(at));
  }
}
