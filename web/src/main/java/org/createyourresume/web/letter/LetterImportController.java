package org.createyourresume.web.letter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.createyourresume.importer.ImportException;
import org.createyourresume.importer.LetterImportResult;
import org.createyourresume.importer.LetterImporter;
import org.createyourresume.json.JsonResumeException;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Basics;
import org.createyourresume.web.render.RenderPool;
import org.createyourresume.web.system.ApiProblem;
import org.createyourresume.web.system.RateLimited;
import org.createyourresume.web.system.UploadedFiles;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/letters/import}: a cover letter someone already has (PDF, DOCX, text or
 * Markdown) in, its fields and the warnings to review out. Like a resume import, the file is read
 * in memory on the bounded worker pool, refused for the same reasons, and never stored or logged.
 */
@RestController
@Tag(name = "Cover letters", description = "Render, draft and check cover letters")
class LetterImportController {

  /** The form field the file comes in. */
  static final String FILE = "file";

  /** The optional form field with the resume the letter is for, as JSON. */
  static final String RESUME = "resume";

  private final LetterImporter importer;
  private final JsonResumeReader reader;
  private final RenderPool pool;

  LetterImportController(LetterImporter importer, JsonResumeReader reader, RenderPool pool) {
    this.importer = importer;
    this.reader = reader;
    this.pool = pool;
  }

  @Operation(
      summary = "Import a cover letter file",
      description =
          "Reads the letter in the form field \"file\" (a PDF, DOCX, plain text or Markdown file) into"
              + " the fields of a letter: recipient (name, title, company, address), date (YYYY-MM-DD when"
              + " its day and month can be told apart), subject and role, greeting, body paragraphs, closing"
              + " and signature. The writer's own block is returned apart (\"sender\"): a letter takes its"
              + " sender from the resume. With the optional form field \"resume\" (the JSON Resume the letter"
              + " is for) the writer's lines and signature are compared with the resume's name. Every guessed"
              + " value is listed in \"unsureFields\" (JSON pointers within the letter) with a warning saying"
              + " why. Nothing is stored. Errors are application/problem+json naming the field: 400 no file"
              + " or a \"resume\" that is not JSON, 413 over the size limit, 415 not a multipart form, 422 a"
              + " file that cannot be imported (with its code: file.type, file.corrupt, file.encrypted,"
              + " file.hostile, file.no-text, ...), 429 with Retry-After when this client imported too"
              + " often, 503 with Retry-After when the server is busy.",
      responses = {
        @ApiResponse(responseCode = "200", description = "The letter and the warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(implementation = LetterImportResponse.class))),
        @ApiResponse(responseCode = "400", description = "No file, or a resume that is not JSON",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "413", description = "File too large",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "415", description = "Not multipart/form-data",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "422", description = "A file that cannot be imported",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "429", description = "Too many imports; retry after Retry-After seconds",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "503", description = "Busy; retry after Retry-After seconds",
            content = @Content(mediaType = "application/problem+json"))
      })
  @PostMapping(
      path = "/api/letters/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @RateLimited(RateLimited.Kind.IMPORT)
  ResponseEntity<LetterImportResponse> importLetter(
      @Parameter(description = "The letter file (.pdf, .docx, .txt, .md)")
          @RequestParam(name = FILE, required = false) MultipartFile file,
      @Parameter(description = "The JSON Resume the letter is for (optional)")
          @RequestParam(name = RESUME, required = false) String resume)
      throws IOException {
    byte[] content = UploadedFiles.read(file, FILE, "letter", importer.limits().maxBytes());
    Basics basics = basics(resume);
    String name = file.getOriginalFilename();
    LetterImportResult result;
    try {
      result = pool.run(() -> importer.importFile(content, name, basics));
    } catch (ImportException e) {
      String detail = ApiProblem.sentence(e.getMessage(), name, "The file cannot be imported.");
      if (e.code().equals("request.cancelled")) {
        // the work was stopped from outside (the server shutting down), not for the file
        throw ApiProblem.timedOut(pool.retryAfterSeconds());
      }
      throw ApiProblem.fileRefused(FILE, e.code(), detail);
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.APPLICATION_JSON)
        .body(LetterImportResponse.of(result));
  }

  /** The resume's basics, to compare the letter's writer with; null without a resume. */
  private Basics basics(String resume) {
    if (resume == null || resume.isBlank()) {
      return null;
    }
    try {
      return reader.read(resume).resume().basics();
    } catch (JsonResumeException e) {
      throw ApiProblem.badField(RESUME, "\"resume\" must be the JSON Resume the letter is for: " + e.getMessage());
    }
  }
}
