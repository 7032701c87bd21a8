package org.createyourresume.ats.checks;

import java.util.function.Consumer;
import org.createyourresume.ats.Finding;

/** One check of a resume: reads the context, reports findings. Stateless and thread-safe. */
public interface Check {

  /** Reports what it finds in {@code resume} to {@code findings}. */
  void run(CheckContext resume, Consumer<Finding> findings);
}
