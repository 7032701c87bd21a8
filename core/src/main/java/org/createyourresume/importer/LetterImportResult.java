package org.createyourresume.importer;

import java.util.List;
import org.createyourresume.letter.Letter;
import org.createyourresume.model.Problem;

/**
 * What a cover letter import produced.
 *
 * @param letter the letter read from the file; never null. Its sender is not in it: a letter
 *     takes the sender from the resume it is kept with
 * @param format what the file was: PDF, DOCX, TEXT or MARKDOWN
 * @param sender the writer's own lines found in the file (name, address, contact), set aside
 * @param warnings what was guessed or left out, each with the JSON pointer of the letter field it
 *     concerns ({@code ""}: the whole letter); shown to the user for review
 */
public record LetterImportResult(Letter letter, ImportFormat format, List<String> sender, List<Problem> warnings) {

  public LetterImportResult {
    sender = List.copyOf(sender);
    warnings = List.copyOf(warnings);
  }

  /**
   * The fields whose value the importer guessed at, as JSON pointers within the letter, in the
   * order of the warnings that name them; each has a warning saying what it was unsure of.
   */
  public List<String> unsureFields() {
    return warnings.stream().filter(w -> ImportResult.GUESS_CODES.contains(w.code()) && !w.pointer().isEmpty())
        .map(Problem::pointer).distinct().toList();
  }
}
