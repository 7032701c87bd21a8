package org.createyourresume.web.importer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.createyourresume.importer.ImportException;
import org.createyourresume.importer.ImportResult;
import org.createyourresume.importer.ResumeImporter;
import org.createyourresume.json.JsonResumeWriter;
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
 * {@code POST /api/import}: a resume file in (PDF, DOCX, text, Markdown, LinkedIn export ZIP,
 * JSON Resume or FRESH), the JSON Resume document found in it and the warnings to review out.
 * The file is read in memory on the bounded worker pool and never stored or logged.
 */
@RestController
@Tag(name = "Import", description = "Turn a resume file into a JSON Resume document")
class ImportController {

  /** The form field the file comes in. */
  static final String FILE = "file";

  private final ResumeImporter importer;
  private final RenderPool pool;
  private final JsonResumeWriter writer = new JsonResumeWriter();

  ImportController(ResumeImporter importer, RenderPool pool) {
    this.importer = importer;
    this.pool = pool;
  }

  @Operation(
      summary = "Import a resume file",
      description =
          "Reads the file in the form field \"file\": a PDF or DOCX resume, plain text or"
              + " Markdown, a LinkedIn data export ZIP, a JSON Resume (any dialect) or FRESH"
              + " document. Answers the resume as a JSON Resume document with every warning"
              + " (what was uncertain, guessed or left out) located by JSON pointer, for a person"
              + " to review. Nothing is stored. Errors are application/problem+json naming the"
              + " field \"file\": 400 no file, 413 over the size limit, 415 not a multipart form,"
              + " 422 a file that cannot be imported (with its code: file.type, file.corrupt,"
              + " file.encrypted, file.hostile, file.no-text, file.too-many-rows with maxRows, ...), 429 with Retry-After when"
              + " this client imported too often, 503 with Retry-After when the server is busy.",
      responses = {
        @ApiResponse(responseCode = "200", description = "The resume and the warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(implementation = ImportResponse.class))),
        @ApiResponse(responseCode = "400", description = "No file",
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
      path = "/api/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @RateLimited(RateLimited.Kind.IMPORT)
  ResponseEntity<ImportResponse> importFile(
      @Parameter(description = "The resume file (.pdf, .docx, .txt, .md, .zip, .json)")
          @RequestParam(name = FILE, required = false) MultipartFile file)
      throws IOException {
    byte[] content = UploadedFiles.read(file, FILE, "resume", importer.limits().maxBytes());
    String name = file.getOriginalFilename();
    ImportResult result;
    try {
      result = pool.run(() -> importer.importFile(content, name));
    } catch (ImportException e) {
      String detail = ApiProblem.sentence(e.getMessage(), name, "The file cannot be imported.");
      throw switch (e.code()) {
        case "file.too-many-rows" ->
            ApiProblem.fileOverLimit(FILE, e.code(), detail, "maxRows", importer.limits().maxRows());
        // the work was stopped from outside (the server shutting down), not for the file
        case "request.cancelled" -> ApiProblem.timedOut(pool.retryAfterSeconds());
        default -> ApiProblem.fileRefused(FILE, e.code(), detail);
      };
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.APPLICATION_JSON)
        .body(ImportResponse.of(result, writer));
  }

}
