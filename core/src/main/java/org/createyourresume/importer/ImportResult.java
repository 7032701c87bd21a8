package org.createyourresume.importer;

import java.util.List;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;

/**
 * What an import produced.
 *
 * @param resume the resume read from the file; never null
 * @param format what the file was
 * @param warnings what was uncertain, guessed or skipped, each with the JSON pointer of the
 *     field it concerns (empty pointer: the whole document); shown to the user for review
 */
public record ImportResult(Resume resume, ImportFormat format, List<Problem> warnings) {

  public ImportResult {
    warnings = List.copyOf(warnings);
  }
}
