package org.createyourresume.web.ats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsReport;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.web.render.RenderPool;
import org.createyourresume.web.render.RequestBodies;
import org.createyourresume.web.system.ApiProblem;
import org.createyourresume.web.system.RateLimited;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * {@code POST /api/ats/check}: a resume in (a JSON Resume document, pasted text, or an uploaded
 * PDF, DOCX or JSON file), the ATS report out, in the same JSON form as {@code cyr check --json}.
 * Checks run on the bounded pool that renders, so a burst of checks and renders together never
 * takes more than its workers; uploads are held in memory only and forgotten with the answer.
 */
@RestController
@Tag(name = "ATS check", description = "Read a resume the way an applicant tracking system does")
class AtsCheckController {

  private final AtsChecker checker;
  private final JsonResumeReader reader;
  private final RenderPool pool;
  private final AtsProperties properties;
  private final FindingWords words;

  AtsCheckController(AtsChecker checker, JsonResumeReader reader, RenderPool pool,
      AtsProperties properties, FindingWords words) {
    this.checker = checker;
    this.reader = reader;
    this.pool = pool;
    this.properties = properties;
    this.words = words;
  }

  @Operation(
      summary = "Check a resume as an ATS reads it",
      description =
          "Extracts the text as an applicant tracking system does, parses it into fields (the"
              + " \"ATS view\"), and answers a 0-100 score with its parts, every finding (id,"
              + " severity, category, title, explanation, fix, examples, points) best fix first,"
              + " the extracted text, the parsed fields and, with a job description, the job"
              + " match. A JSON Resume document is rendered in its own template and read back;"
              + " fields that do not read back exactly are listed in \"differences\". Spelling and"
              + " grammar are checked only once the checker has started (\"grammar\" in the answer"
              + " says whether they were). Errors are application/problem+json naming the"
              + " \"field\": 400 a malformed body or a missing, unknown or mistyped field, 413 a"
              + " file or job description over its limit, 415 another Content-Type, 422 a file"
              + " refused (damaged, password-protected, hostile, over 20 pages, too slow to read:"
              + " \"code\" says which) or an invalid resume, 429 with Retry-After over the rate"
              + " limit, 503 with Retry-After when every worker is busy. Files are checked in"
              + " memory and never stored. The findings' title, explanation and fix are in the"
              + " language of Accept-Language (or the lang cookie) when it is one of the"
              + " interface's (Content-Language says which), as problem details are; everything"
              + " else, ids and arguments included, never changes with the language.",
      requestBody =
          @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schemaProperties = {
                      @SchemaProperty(name = "resume", schema = @Schema(type = "object",
                          description = "A JSON Resume document (or send \"text\" instead)")),
                      @SchemaProperty(name = "text", schema = @Schema(type = "string",
                          description = "The resume as plain text, as pasted")),
                      @SchemaProperty(name = "jobDescription", schema = @Schema(type = "string",
                          description = "A job posting to match against (optional)")),
                      @SchemaProperty(name = "grammar", schema = @Schema(type = "boolean",
                          defaultValue = "true",
                          description = "Check English spelling and grammar if the checker has"
                              + " started; a request never waits for it"))
                    }),
                @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schemaProperties = {
                      @SchemaProperty(name = "file", schema = @Schema(type = "string",
                          format = "binary",
                          description = "The resume: PDF, DOCX or JSON Resume (at most 10 MB, 20"
                              + " pages)")),
                      @SchemaProperty(name = "jobDescription", schema = @Schema(type = "string",
                          description = "A job posting to match against (optional)")),
                      @SchemaProperty(name = "grammar", schema = @Schema(type = "boolean",
                          defaultValue = "true"))
                    })
              }),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(implementation = AtsReport.class))),
        @ApiResponse(responseCode = "400", description = "Malformed body or bad field",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "413", description = "File or job description too large",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "415", description = "Neither JSON nor multipart/form-data",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "422", description = "File refused, or invalid resume",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "429", description = "Too many checks; retry after Retry-After",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "503", description = "Busy; retry after Retry-After seconds",
            content = @Content(mediaType = "application/problem+json"))
      })
  @PostMapping(
      path = "/api/ats/check",
      consumes = {
        MediaType.APPLICATION_JSON_VALUE, "application/*+json", MediaType.MULTIPART_FORM_DATA_VALUE
      })
  @RateLimited(RateLimited.Kind.CHECK)
  ResponseEntity<byte[]> check(HttpServletRequest request) throws IOException {
    CheckInput.Limits limits =
        new CheckInput.Limits(
            checker.limits().maxBytes(), properties.maxJobDescription(), properties.grammar());
    MultipartHttpServletRequest upload =
        WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    CheckInput input =
        upload != null
            ? CheckInput.fromUpload(upload, limits)
            : CheckInput.fromJson(
                RequestBodies.readText(request, properties.maxRequestSize().toBytes()), reader,
                limits);
    AtsReport report;
    try {
      report = pool.run(() -> input.check(checker));
    } catch (AtsException e) {
      if (!e.isUserError()) {
        throw e;
      }
      throw refused(e, input);
    }
    Locale language = LocaleContextHolder.getLocale();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
        .body(words.inLanguage(report, language).toJson(false).getBytes(StandardCharsets.UTF_8));
  }

  /** A file the checker refused, as the problem for the field it came in. */
  private ApiProblem refused(AtsException e, CheckInput input) {
    String field = input.field();
    String detail = ApiProblem.sentence(e.getMessage(),
        input.file() == null ? null : input.file().name(), "The file cannot be checked.");
    return switch (e.code()) {
      case "file.too-large" ->
          ApiProblem.fieldTooLarge(field, detail, "maxBytes", checker.limits().maxBytes());
      case "file.too-long" ->
          ApiProblem.fieldTooLarge(field, detail, "maxCharacters", checker.limits().maxCharacters());
      case "request.cancelled" -> ApiProblem.timedOut(pool.retryAfterSeconds());
      default -> ApiProblem.fileRefused(field, e.code(), detail);
    };
  }
}
