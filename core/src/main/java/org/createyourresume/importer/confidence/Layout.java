package org.createyourresume.importer.confidence;

import java.util.List;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.LayoutLine;

/**
 * What the lines of a document tell about its layout as a whole, measured in one pass.
 *
 * @param styled whether the text carries any styling (bold, type sizes, positions): plain and
 *     OCR text carry none, so every heading and entry title in them was guessed from words alone
 * @param columns whether the page looks set in columns or a sidebar: reading order jumping back
 *     up the page, or (in text) lines holding wide gaps between pieces
 */
public record Layout(boolean styled, boolean columns) {

  /** A gap of three spaces or more inside a line of text: two columns copied side by side. */
  private static final Pattern WIDE_GAP = Pattern.compile("\\S {3,}\\S");

  /** The layout of {@code lines}. */
  public static Layout of(List<LayoutLine> lines) {
    boolean styled = false;
    int backUp = 0;
    int gapped = 0;
    LayoutLine previous = null;
    for (LayoutLine line : lines) {
      styled |= line.positioned() || line.fontSize() > 0 || line.spans().stream().anyMatch(s -> s.bold());
      if (!line.positioned() && WIDE_GAP.matcher(line.text()).find()) {
        gapped++;
      }
      // a second column read after the first starts well above where the first one ended
      if (previous != null && line.positioned() && previous.positioned() && line.page() == previous.page()
          && line.zone() == LayoutLine.Zone.BODY && line.top() + 3 * Math.max(line.fontSize(), 8) < previous.top()) {
        backUp++;
      }
      previous = line;
    }
    return new Layout(styled, backUp >= 1 || gapped * 10 >= lines.size() && gapped >= 3);
  }
}
