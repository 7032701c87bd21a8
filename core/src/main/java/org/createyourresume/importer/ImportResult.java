package org.createyourresume.importer;

import java.util.List;
import java.util.Set;
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

  /**
   * The warning codes that mean a field's value is a guess (rather than something left out):
   * which piece is the school, the name's capitals, employer and title that may be swapped, a
   * summary taken from unheaded text, a two-digit year, a detail read from a page footer, and an
   * entry or field the confidence model doubts (at a list: an entry may be missing, or the
   * section was read incompletely; at the empty pointer: the whole document).
   */
  public static final Set<String> GUESS_CODES = Set.of("import.unsure", "import.order-guessed",
      "import.summary-guessed", "import.date-guessed", "import.header-footer", "import.low-confidence");

  public ImportResult {
    warnings = List.copyOf(warnings);
  }

  /**
   * The fields whose value the importer guessed at, as JSON pointers in the order of the
   * warnings that name them: every other field was read as it was printed. Each has a warning
   * saying what it was unsure of.
   */
  public List<String> unsureFields() {
    return warnings.stream().filter(w -> GUESS_CODES.contains(w.code())).map(Problem::pointer).distinct().toList();
  }
}
