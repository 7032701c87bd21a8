package org.createyourresume.web.importer;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.createyourresume.importer.ImportResult;
import org.createyourresume.json.JsonResumeWriter;
import org.createyourresume.model.Problem;
import tools.jackson.databind.JsonNode;

/**
 * The answer to an import: the resume found in the file, what the file was, and every warning
 * to review before the resume replaces anything.
 */
record ImportResponse(
    @Schema(type = "object", description = "The resume read from the file, as a JSON Resume document")
        JsonNode resume,
    @Schema(description = "What the file was: PDF, DOCX, TEXT, MARKDOWN, LINKEDIN, JSON_RESUME or FRESH")
        String format,
    @Schema(description = "What was uncertain, guessed or left out, each with the field it concerns")
        List<Warning> warnings,
    @Schema(description = "The fields whose value was guessed (JSON pointers); each has a warning saying what"
        + " was unsure. Every other field was read as it was printed.")
        List<String> unsureFields) {

  /**
   * One warning.
   *
   * @param pointer the JSON pointer of the field it concerns, {@code ""} for the whole resume
   * @param path the same place as people read it, e.g. {@code work[0].startDate}
   * @param code our stable identifier
   * @param message what happened, in plain words
   */
  record Warning(String pointer, String path, String code, String message) {
    static Warning of(Problem problem) {
      return new Warning(problem.pointer(), problem.path(), problem.code(), problem.message());
    }
  }

  static ImportResponse of(ImportResult result, JsonResumeWriter writer) {
    return new ImportResponse(
        writer.toTree(result.resume()),
        result.format().name(),
        result.warnings().stream().map(Warning::of).toList(),
        result.unsureFields());
  }
}
