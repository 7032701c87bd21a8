package org.createyourresume.web.learn;

import java.util.List;

/**
 * The lesson files break the rules in {@code learn/README.md}: broken front matter, a missing or
 * misnumbered lesson, raw HTML, a link to a lesson or heading that does not exist. It is thrown
 * while the catalogue loads, so the app does not start (and the build's tests fail) until the
 * files are fixed; the message lists every problem as {@code file:line: what is wrong}.
 */
final class LearnContentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  LearnContentException(List<String> problems) {
    super(message(problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code file:line: message}, in the order found. */
  List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    return "The learning centre's lesson files have "
        + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        + " (see learn/README.md):\n  " + String.join("\n  ", problems);
  }
}
