package org.createyourresume.web.letter;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.createyourresume.importer.LetterImportResult;
import org.createyourresume.letter.Letters;
import org.createyourresume.model.Problem;
import tools.jackson.databind.JsonNode;

/** The answer to a letter import: the letter found in the file and what to review before keeping it. */
record LetterImportResponse(
    @Schema(type = "object", description = "The letter, as it is kept in meta.createYourResume.letters")
        JsonNode letter,
    @Schema(description = "What the file was: PDF, DOCX, TEXT or MARKDOWN")
        String format,
    @Schema(description = "The writer's own lines found in the file (name, address, contact); the letter takes"
        + " its sender from the resume instead")
        List<String> sender,
    @Schema(description = "What was guessed or left out, each with the letter field it concerns")
        List<Warning> warnings,
    @Schema(description = "The fields whose value was guessed (JSON pointers within the letter); each has a"
        + " warning saying why. Every other field was read as it was printed.")
        List<String> unsureFields) {

  /**
   * One warning.
   *
   * @param pointer the JSON pointer of the letter field it concerns, {@code ""} for the whole letter
   * @param code our stable identifier: import.unsure (a guess) or import.left-out
   * @param message what happened, in plain words
   */
  record Warning(String pointer, String code, String message) {
    static Warning of(Problem problem) {
      return new Warning(problem.pointer(), problem.code(), problem.message());
    }
  }

  static LetterImportResponse of(LetterImportResult result) {
    return new LetterImportResponse(
        Letters.toTree(result.letter()),
        result.format().name(),
        result.sender(),
        result.warnings().stream().map(Warning::of).toList(),
        result.unsureFields());
  }
}
