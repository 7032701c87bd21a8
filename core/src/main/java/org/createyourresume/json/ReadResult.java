package org.createyourresume.json;

import java.util.List;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;

/**
 * A resume read from JSON, with every problem found on the way, errors first.
 *
 * @param resume what could be read; never null
 * @param problems warnings about adjusted or skipped values and, if validated, errors
 */
public record ReadResult(Resume resume, List<Problem> problems) {

  public ReadResult {
    problems = List.copyOf(problems);
  }

  /** Whether no problem is an error. */
  public boolean isValid() {
    return problems.stream().noneMatch(Problem::isError);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
