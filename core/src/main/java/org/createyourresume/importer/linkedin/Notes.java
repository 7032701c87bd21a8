package org.createyourresume.importer.linkedin;

import java.util.ArrayList;
import java.util.List;
import org.createyourresume.model.Problem;

/** The warnings of one import, in the order they were found. */
final class Notes {

  private final List<Problem> problems = new ArrayList<>();

  /**
   * Notes something uncertain or left out.
   *
   * @param code our stable code, {@code linkedin.…}
   * @param pointer the JSON pointer of the resume field it concerns ({@code ""}: the whole)
   * @param message what happened, naming the file, row and column
   */
  void add(String code, String pointer, String message) {
    problems.add(Problem.warning(code, pointer, message));
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }
}
