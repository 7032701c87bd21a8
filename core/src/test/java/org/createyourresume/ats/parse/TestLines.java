package org.createyourresume.ats.parse;

import java.util.List;

/** Laid-out lines for parser tests, as an extractor would give them from a page. */
final class TestLines {
  private TestLines() {}

  static Span bold(String text, float left, float right, float top) {
    return new Span(text, left, right, true, false, top);
  }

  static Span plain(String text, float left, float right, float top) {
    return new Span(text, left, right, false, false, top);
  }

  /** One body line of page 1 holding {@code spans}, its top the highest of theirs. */
  static LayoutLine line(float size, Span... spans) {
    Span first = spans[0];
    Span last = spans[spans.length - 1];
    float top = Float.MAX_VALUE;
    for (Span s : spans) {
      top = Math.min(top, s.top());
    }
    return new LayoutLine(List.of(spans), 1, first.left(), top, last.right(), size, LayoutLine.Zone.BODY,
        false, false);
  }
}
