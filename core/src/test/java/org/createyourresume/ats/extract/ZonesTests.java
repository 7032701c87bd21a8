package org.createyourresume.ats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.Span;
import org.junit.jupiter.api.Test;

/** Which lines of a long PDF are running headers and footers. */
class ZonesTests {

  private static LayoutLine line(String text, int page, float top) {
    return new LayoutLine(List.of(new Span(text, 51, 300, false, false, top)), page, 51, top, 300, 10.5f,
        LayoutLine.Zone.BODY, false, false);
  }

  @Test
  void aPageNumberOnEveryPageIsAFooterButTwoEntriesThatStartPagesAlikeAreNot() {
    Map<Integer, Float> heights = new HashMap<>();
    List<LayoutLine> lines = new ArrayList<>();
    for (int page = 1; page <= 10; page++) {
      heights.put(page, 842f);
      lines.add(line("Body text of page " + page, page, 400));
      if (page == 4 || page == 7) {
        // the journal line under a two-line title that happens to open both pages
        lines.add(line("The Cryosphere, " + (page + 8) + ", 3457–3482", page, 81.6f));
      }
      if (page > 1) {
        lines.add(line("Page " + page + " of 10", page, 815.7f));
      }
    }

    List<LayoutLine> marked = Zones.markRepeated(lines, heights);

    assertThat(marked).filteredOn(l -> l.text().startsWith("Page "))
        .allMatch(l -> l.zone() == LayoutLine.Zone.HEADER_FOOTER);
    assertThat(marked).filteredOn(l -> l.text().startsWith("The Cryosphere"))
        .hasSize(2).allMatch(l -> l.zone() == LayoutLine.Zone.BODY);
  }

  @Test
  void inATwoPageResumeALineOnBothPagesIsStillARunningHeader() {
    Map<Integer, Float> heights = Map.of(1, 842f, 2, 842f);
    List<LayoutLine> lines = List.of(line("Ann Smith – Resume", 1, 30), line("Body", 1, 400),
        line("Ann Smith – Resume", 2, 30), line("Body", 2, 400));

    assertThat(Zones.markRepeated(lines, heights)).filteredOn(l -> l.text().startsWith("Ann"))
        .allMatch(l -> l.zone() == LayoutLine.Zone.HEADER_FOOTER);
  }
}
