package org.createyourresume.web.render;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.createyourresume.json.JsonResumeException;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.json.ReadResult;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Severity;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.PageFit;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.RenderResult;
import org.createyourresume.render.ResumeFileName;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.system.ApiProblem;
import org.createyourresume.web.system.RateLimited;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/render}: a JSON Resume document in, a PDF (or normalised JSON) out; and {@code
 * POST /api/render/fit}: the design settings that fit it on a number of pages.
 */
@RestController
@Tag(name = "Render", description = "Turn a JSON Resume document into a file")
class RenderController {

  private final ResumeRenderer renderer;
  private final JsonResumeReader reader;
  private final RenderPool pool;
  private final RenderProperties properties;

  RenderController(
      ResumeRenderer renderer, JsonResumeReader reader, RenderPool pool,
      RenderProperties properties) {
    this.renderer = renderer;
    this.reader = reader;
    this.pool = pool;
    this.properties = properties;
  }

  @Operation(
      summary = "Render a resume",
      description =
          "Reads the JSON Resume document in the body (our design settings live in"
              + " meta.createYourResume), validates it and renders it. Errors are"
              + " application/problem+json: 400 malformed JSON (with line and column) or a bad"
              + " parameter, 413 a body over the size limit, 415 a body that is not JSON, 422 an"
              + " invalid resume (every error with its JSON pointer and path), 429 with"
              + " Retry-After when this client made too many renders, 503 with Retry-After when"
              + " every renderer is busy.",
      requestBody =
          @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema = @Schema(type = "object", description = "JSON Resume 1.x"))),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "The file, named Firstname_Lastname_Resume.<ext> in Content-Disposition",
            content = {
              @Content(mediaType = "application/pdf", schema = @Schema(type = "string",
                  format = "binary")),
              @Content(mediaType = "application/json", schema = @Schema(type = "object"))
            }),
        @ApiResponse(responseCode = "400", description = "Malformed JSON or bad parameter",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "413", description = "Body too large",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "415", description = "Body is not application/json",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "422", description = "Invalid resume",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "503", description = "Busy; retry after Retry-After seconds",
            content = @Content(mediaType = "application/problem+json"))
      })
  @PostMapping(
      path = "/api/render",
      consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"})
  @RateLimited(RateLimited.Kind.RENDER)
  ResponseEntity<byte[]> render(
      @Parameter(description = "Template id (see GET /api/templates); default: the resume's own"
          + " choice, else classic")
          @RequestParam(required = false) String template,
      @Parameter(description = "pdf (default), docx, txt (plain text for forms), md (Markdown),"
          + " html (a single-file page) or json (the normalised JSON Resume)",
          schema = @Schema(allowableValues = {"pdf", "docx", "txt", "md", "html", "json"}))
          @RequestParam(required = false) String format,
      @Parameter(description = "txt only: wrap lines at this many characters (20 or more);"
          + " 0, the default, keeps lines whole")
          @RequestParam(defaultValue = "0") int width,
      @Parameter(description = "txt only: ASCII punctuation (\"-\" bullets and dashes)")
          @RequestParam(defaultValue = "false") boolean ascii,
      @Parameter(description = "For a live preview: the same file, returned at once when the"
          + " printed page has not changed since a recent preview (its creation date is then that"
          + " preview's). Downloads leave it out.")
          @RequestParam(defaultValue = "false") boolean preview,
      HttpServletRequest request) throws IOException {
    if (width != 0 && (width < 20 || width > 1000)) {
      throw ApiProblem.badParameter("width", "Use 0 (no wrapping) or a width from 20 to 1000.");
    }
    if (format != null && format.isBlank()) {
      // an empty value is a mistake in the address, not a request for the default
      throw ApiProblem.badParameter(
          "format", "The format is empty; choose one of " + formatIds() + ", or leave it out for"
              + " pdf.");
    }
    OutputFormat output =
        OutputFormat.of(format == null ? "pdf" : format.strip())
            .orElseThrow(
                () ->
                    ApiProblem.badParameter(
                        "format", "Unknown format; choose one of " + formatIds() + "."));
    String templateId = checkedTemplate(template);
    Resume resume = read(RequestBodies.readText(request, properties.maxRequestSize().toBytes()));
    RenderResult result =
        pool.run(
            () -> {
              RenderOptions options = new RenderOptions(output, templateId, width, ascii);
              return preview
                  ? renderer.renderPreview(resume, options)
                  : renderer.render(resume, options);
            });
    return ResponseEntity.ok()
        .contentType(mediaType(output))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(ResumeFileName.of(resume, output), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Template", result.template())
        .header("X-Page-Count", String.valueOf(result.pages()))
        .header("X-Render-Warnings", String.valueOf(result.diagnostics().size()))
        .header("X-Missing-Characters", missingCharacters(result))
        .cacheControl(CacheControl.noStore())
        .body(result.content());
  }

  private static final java.util.regex.Pattern CODE_POINT = java.util.regex.Pattern.compile("U\\+[0-9A-F]{4,6}");

  /**
   * Where text no bundled font can show was left out, in ASCII for a header: "/work/0/name
   * U+16A0; /basics/label U+1F680", empty when nothing was. The editor shows it under the preview,
   * so the user learns it before downloading.
   */
  static String missingCharacters(RenderResult result) {
    return result.diagnostics().stream()
        .filter(d -> d.id().equals("glyph.missing"))
        .map(d -> d.pointer() + " " + CODE_POINT.matcher(d.message()).results()
            .map(java.util.regex.MatchResult::group).collect(Collectors.joining(" ")))
        .collect(Collectors.joining("; "));
  }

  /** The most pages a fit may aim at: more is not a resume any more, and costs more layouts. */
  static final int MAX_FIT_PAGES = 10;

  @Operation(
      summary = "Fit a resume on a number of pages",
      description =
          "Finds the base font size, line spacing and margins that fit the JSON Resume document"
              + " in the body on `pages` pages (default 1) in the template, changing as little"
              + " as can be seen: line spacing first (down to 1.05), then margins (down to 10 mm"
              + " top and bottom, 12 mm at the sides), then the font size (down to 9.5 pt;"
              + " headings keep their proportion). Settings are only ever lowered, never below"
              + " a value the user already chose. A resume that already fits comes back"
              + " unchanged; one that cannot fit gets the tightest readable settings and how"
              + " much is left over (lines, share of a page and a sentence to show). Write"
              + " `design` into meta.createYourResume to apply it. Nothing is stored. Errors as"
              + " for POST /api/render, plus 400 for `pages` outside 1 to " + MAX_FIT_PAGES
              + ". Counts against the render rate limit.",
      requestBody =
          @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema = @Schema(type = "object", description = "JSON Resume 1.x"))),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "Whether it fits, the settings to use and what is left over",
            content =
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = FitResponse.class))),
        @ApiResponse(responseCode = "400", description = "Malformed JSON or bad parameter",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "413", description = "Body too large",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "415", description = "Body is not application/json",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "422", description = "Invalid resume",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "503", description = "Busy; retry after Retry-After seconds",
            content = @Content(mediaType = "application/problem+json"))
      })
  @PostMapping(
      path = "/api/render/fit",
      consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @RateLimited(RateLimited.Kind.RENDER)
  ResponseEntity<FitResponse> fit(
      @Parameter(description = "Template id (see GET /api/templates); default: the resume's own"
          + " choice, else classic")
          @RequestParam(required = false) String template,
      @Parameter(description = "How many pages to fit on, 1 to " + MAX_FIT_PAGES,
          schema = @Schema(type = "integer", minimum = "1", maximum = "10", defaultValue = "1"))
          @RequestParam(defaultValue = "1") String pages,
      HttpServletRequest request) throws IOException {
    int target = pageCount(pages);
    String templateId = checkedTemplate(template);
    Resume resume = read(RequestBodies.readText(request, properties.maxRequestSize().toBytes()));
    PageFit fit =
        pool.run(() -> renderer.fit(resume, RenderOptions.pdf().withTemplate(templateId), target));
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(FitResponse.of(fit));
  }

  private static int pageCount(String pages) {
    String text = pages.strip();
    if (text.matches("[0-9]{1,3}")) {
      int count = Integer.parseInt(text);
      if (count >= 1 && count <= MAX_FIT_PAGES) {
        return count;
      }
    }
    throw ApiProblem.badParameter(
        "pages", "Use a whole number of pages from 1 to " + MAX_FIT_PAGES + ".");
  }

  private String checkedTemplate(String template) {
    if (template == null || template.isBlank()) {
      return null;
    }
    List<String> ids = renderer.templates().stream().map(TemplateInfo::id).toList();
    String id = template.strip();
    if (!ids.contains(id)) {
      throw ApiProblem.badParameter(
          "template", "Unknown template; choose one of " + String.join(", ", ids) + ".");
    }
    return id;
  }

  private Resume read(String json) {
    ReadResult result;
    try {
      result = reader.read(json);
    } catch (JsonResumeException e) {
      throw RequestBodies.notAResume(e, looksLikeObject(json));
    }
    if (!result.isValid()) {
      throw ApiProblem.invalidResume(result.errors());
    }
    List<Problem> skipped = result.warnings().stream()
        .filter(p -> p.code().equals(SKIPPED))
        .map(RenderController::asError)
        .toList();
    if (!skipped.isEmpty()) {
      // a value of the wrong kind would be left out of the file without a word: refuse instead
      throw ApiProblem.invalidResume(skipped);
    }
    return result.resume();
  }

  /** The reader's code for a value it had to leave out, being of the wrong kind. */
  private static final String SKIPPED = "type.mismatch";

  private static Problem asError(Problem skipped) {
    String message = skipped.message().endsWith("; skipped")
        ? skipped.message().substring(0, skipped.message().length() - "; skipped".length())
        : skipped.message();
    return new Problem(Severity.ERROR, skipped.code(), skipped.pointer(), message, skipped.line(),
        skipped.column());
  }

  private static boolean looksLikeObject(String json) {
    String text = json.stripLeading();
    return text.isEmpty() || text.charAt(0) == '{';
  }

  private static MediaType mediaType(OutputFormat format) {
    MediaType type = MediaType.parseMediaType(format.mediaType());
    boolean text = type.getType().equals("text") || type.getSubtype().endsWith("json");
    return text ? new MediaType(type, StandardCharsets.UTF_8) : type;
  }

  private static String formatIds() {
    return Arrays.stream(OutputFormat.values()).map(OutputFormat::id)
        .collect(Collectors.joining(", "));
  }
}
