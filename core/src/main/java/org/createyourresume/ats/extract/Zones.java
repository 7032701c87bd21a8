package org.createyourresume.ats.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.createyourresume.ats.parse.LayoutLine;

/** Finds running headers and footers: the same text near the top or bottom of several pages. */
final class Zones {
  private Zones() {}

  static List<LayoutLine> markRepeated(List<LayoutLine> lines, Map<Integer, Float> pageHeights) {
    lines = resolveArtifacts(lines, pageHeights);
    if (pageHeights.size() < 2) {
      return lines;
    }
    Map<String, Set<Integer>> pagesByText = new HashMap<>();
    for (LayoutLine line : lines) {
      if (nearEdge(line, pageHeights)) {
        pagesByText.computeIfAbsent(key(line, pageHeights), k -> new HashSet<>()).add(line.page());
      }
    }
    // a running header or footer is on (nearly) every page; in a long document two entries that
    // happen to start pages alike ("The Cryosphere, 15, …" under a wrapped title) are not one
    int repeats = Math.max(2, (pageHeights.size() - 1) / 2);
    List<LayoutLine> marked = new ArrayList<>(lines.size());
    for (LayoutLine line : lines) {
      if (line.zone() == LayoutLine.Zone.BODY
          && nearEdge(line, pageHeights)
          && pagesByText.getOrDefault(key(line, pageHeights), Set.of()).size() >= repeats) {
        marked.add(
            new LayoutLine(line.spans(), line.page(), line.left(), line.top(), line.right(),
                line.fontSize(), LayoutLine.Zone.HEADER_FOOTER, line.listItem(), line.headingStyle()));
      } else {
        marked.add(line);
      }
    }
    return marked;
  }

  /** Artifacts without a reason: page headers and footers near the edges, else ordinary text. */
  private static List<LayoutLine> resolveArtifacts(List<LayoutLine> lines, Map<Integer, Float> pageHeights) {
    List<LayoutLine> out = new ArrayList<>(lines.size());
    for (LayoutLine line : lines) {
      if (line.zone() != LayoutLine.Zone.ARTIFACT) {
        out.add(line);
        continue;
      }
      float height = pageHeights.getOrDefault(line.page(), 842f);
      boolean edge = line.top() < height * 0.15f || line.top() > height * 0.85f;
      out.add(new LayoutLine(line.spans(), line.page(), line.left(), line.top(), line.right(), line.fontSize(),
          edge ? LayoutLine.Zone.HEADER_FOOTER : LayoutLine.Zone.BODY, line.listItem(), line.headingStyle()));
    }
    return out;
  }

  private static boolean nearEdge(LayoutLine line, Map<Integer, Float> pageHeights) {
    float height = pageHeights.getOrDefault(line.page(), 842f);
    return line.top() < height * 0.1f || line.top() > height * 0.9f;
  }

  /** The text with numbers blanked, and which edge it is near: a header repeats at the top. */
  private static String key(LayoutLine line, Map<Integer, Float> pageHeights) {
    float height = pageHeights.getOrDefault(line.page(), 842f);
    return (line.top() < height / 2 ? "top:" : "bottom:") + line.text().replaceAll("\\d+", "#");
  }
}
