package org.createyourresume.web.learn;

import java.util.ArrayList;
import java.util.List;

/** Collects content problems as {@code file:line: message}, so all of them are reported at once. */
final class Problems {

  private final List<String> all = new ArrayList<>();
  private String file = "";
  private int lineOffset;

  /** Further problems are in {@code path}; their line numbers are counted from its first line. */
  Problems in(String path) {
    this.file = path;
    this.lineOffset = 0;
    return this;
  }

  /** Further line numbers are of a part of the file that starts on line {@code firstLine}. */
  Problems from(int firstLine) {
    this.lineOffset = firstLine - 1;
    return this;
  }

  void add(int line, String message) {
    all.add(file + ":" + (line + lineOffset) + ": " + message);
  }

  boolean isEmpty() {
    return all.isEmpty();
  }

  List<String> all() {
    return List.copyOf(all);
  }

  /** Throws a {@link LearnContentException} listing every problem, if there is any. */
  void throwIfAny() {
    if (!all.isEmpty()) {
      throw new LearnContentException(all);
    }
  }
}
