package org.createyourresume.web.letter;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsOptions;
import org.createyourresume.compose.Citation;
import org.createyourresume.compose.LetterChecker;
import org.createyourresume.compose.LetterDraft;
import org.createyourresume.compose.LetterDrafter;
import org.createyourresume.compose.LetterReport;
import org.createyourresume.json.JsonResumeException;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.json.ReadResult;
import org.createyourresume.letter.Letter;
import org.createyourresume.letter.Letters;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Severity;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.RenderResult;
import org.createyourresume.render.ResumeFileName;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.render.RenderPool;
import org.createyourresume.web.render.RenderProperties;
import org.createyourresume.web.render.RequestBodies;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/letters/…}: a resume's cover letter rendered in the resume's design, a starter
 * draft from a job posting, and the letter's checks. Letters travel inside the resume document
 * (meta.createYourResume.letters), so saving a resume online saves its letters with it.
 */
@RestController
@Tag(name = "Cover letters", description = "Render, draft and check cover letters")
class LetterController {

  /** The longest job posting read, in characters. */
  static final int MAX_POSTING = 100_000;

  private static final Set<String> FIELDS = Set.of("resume", "jobDescription", "letter", "grammar");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ResumeRenderer renderer;
  private final JsonResumeReader reader;
  private final RenderPool pool;
  private final RenderProperties properties;
  private final LetterDrafter drafter;
  private final LetterChecker checker;

  LetterController(ResumeRenderer renderer, JsonResumeReader reader, RenderPool pool,
      RenderProperties properties, AtsChecker ats) {
    this.renderer = renderer;
    this.reader = reader;
    this.pool = pool;
    this.properties = properties;
    this.drafter = new LetterDrafter(ats);
    this.checker = new LetterChecker(ats);
  }

  @Operation(
      summary = "Render a cover letter",
      description = "Renders one of the letters of the JSON Resume document in the body"
          + " (meta.createYourResume.letters; `letter` picks it by id, else the first) in the"
          + " resume's template or `template`: the same header, fonts, accent and margins as the"
          + " resume, the sender's name and contact lines from basics. Placeholder text left in the"
          + " letter (\"[Company]\") is counted in X-Render-Warnings and listed in"
          + " X-Letter-Placeholders. Errors are application/problem+json as for POST /api/render;"
          + " a resume without letters is 422 with the pointer /meta/createYourResume/letters, an"
          + " unknown letter id 400 naming the parameter `letter`.",
      requestBody = @RequestBody(required = true, content = @Content(
          mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(type = "object", description = "JSON Resume 1.x with letters"))),
      responses = {
        @ApiResponse(responseCode = "200", description = "The file, named"
            + " Firstname_Lastname_Cover_Letter.<ext> in Content-Disposition", content = {
              @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))}),
        @ApiResponse(responseCode = "400", description = "Malformed JSON or bad parameter",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "413", description = "Body too large",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "422", description = "Invalid resume, or no letter in it",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "503", description = "Busy; retry after Retry-After seconds",
            content = @Content(mediaType = "application/problem+json"))
      })
  @PostMapping(path = "/api/letters/render", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"})
  @RateLimited(RateLimited.Kind.RENDER)
  ResponseEntity<byte[]> render(
      @Parameter(description = "Template id (see GET /api/templates); default: the resume's own")
          @RequestParam(required = false) String template,
      @Parameter(description = "pdf (default), docx, txt, md, html or json (the letter's object)",
          schema = @Schema(allowableValues = {"pdf", "docx", "txt", "md", "html", "json"}))
          @RequestParam(required = false) String format,
      @Parameter(description = "The letter's id; default: the resume's first letter")
          @RequestParam(required = false) String letter,
      HttpServletRequest request) throws IOException {
    OutputFormat output = OutputFormat.of(format == null ? "pdf" : format.strip()).orElseThrow(
        () -> ApiProblem.badParameter("format", "Unknown format; choose one of pdf, docx, txt, md, html, json."));
    String templateId = checkedTemplate(template);
    Resume resume = resume(RequestBodies.readText(request, properties.maxRequestSize().toBytes()));
    Letter chosen = letter(resume, letter);
    RenderResult result = pool.run(() -> renderer.renderLetter(resume, chosen, new RenderOptions(output, templateId)));
    List<String> placeholders = result.diagnostics().stream()
        .filter(d -> d.id().equals("letter.placeholder")).map(d -> d.pointer()).distinct().toList();
    MediaType type = MediaType.parseMediaType(output.mediaType());
    if (type.getType().equals("text") || type.getSubtype().endsWith("json")) {
      type = new MediaType(type, StandardCharsets.UTF_8);
    }
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(ResumeFileName.ofLetter(resume, output), StandardCharsets.UTF_8).build().toString())
        .header("X-Template", result.template())
        .header("X-Page-Count", String.valueOf(result.pages()))
        .header("X-Render-Warnings", String.valueOf(result.diagnostics().size()))
        .header("X-Letter-Placeholders", String.join(",", placeholders))
        .cacheControl(CacheControl.noStore())
        .body(result.content());
  }

  /**
   * A starter draft and how it was made.
   *
   * @param letter the draft, in the shape it takes in meta.createYourResume.letters
   * @param role the job title read from the posting, or null
   * @param company the company read from the posting, or null
   * @param requirements the posting's top requirements, most important first
   * @param citations the resume's achievements the draft quotes, with their JSON pointers
   */
  record DraftResponse(JsonNode letter, String role, String company, List<String> requirements,
      List<Citation> citations) {}

  @Operation(
      summary = "Draft a cover letter from a job posting",
      description = "Body: {\"resume\": JSON Resume, \"jobDescription\": text}. Writes a"
          + " deterministic starter draft without AI: an opening naming the role and company read"
          + " from the posting, a paragraph quoting the resume's own achievements that answer the"
          + " posting's top requirements (with their numbers), and a closing. Every paragraph has"
          + " \"generated\": true, for the user to rewrite. What the posting does not say is left"
          + " as \"[Role]\" or \"[Company]\". Nothing is stored.",
      responses = {
        @ApiResponse(responseCode = "200", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(implementation = DraftResponse.class))),
        @ApiResponse(responseCode = "400", description = "Malformed JSON or a missing or bad field",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "413", description = "Body or posting too large",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "422", description = "Invalid resume",
            content = @Content(mediaType = "application/problem+json"))
      })
  @PostMapping(path = "/api/letters/draft", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @RateLimited(RateLimited.Kind.RENDER)
  ResponseEntity<DraftResponse> draft(HttpServletRequest request) throws IOException {
    JsonNode body = body(request);
    Resume resume = resume(body);
    String posting = posting(body, true);
    LetterDraft draft = pool.run(() -> atsCall(() -> drafter.draft(resume, posting, LocalDate.now())));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new DraftResponse(
        Letters.toTree(draft.letter()), draft.role(), draft.company(), draft.requirements(), draft.citations()));
  }

  @Operation(
      summary = "Check a cover letter",
      description = "Body: {\"resume\": JSON Resume with letters, \"letter\": id (default: the"
          + " first), \"jobDescription\": text (default: the letter's own posting), \"grammar\":"
          + " true to include spelling and grammar when the checker has started}. Checks the"
          + " length (250 to 400 words), that the company and role are named, the posting's top"
          + " keywords, leftover placeholders (errors), paragraphs still in the draft's words,"
          + " and spelling and grammar. Each finding has a stable code and the JSON pointer of"
          + " its field inside the letter.",
      responses = {
        @ApiResponse(responseCode = "200", description = "The findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(implementation = LetterReport.class))),
        @ApiResponse(responseCode = "400", description = "Malformed JSON or a bad field",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "422", description = "Invalid resume, or no letter in it",
            content = @Content(mediaType = "application/problem+json"))
      })
  @PostMapping(path = "/api/letters/check", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @RateLimited(RateLimited.Kind.RENDER)
  ResponseEntity<LetterReport> check(HttpServletRequest request) throws IOException {
    JsonNode body = body(request);
    Resume resume = resume(body);
    JsonNode id = body.get("letter");
    if (id != null && !id.isNull() && !id.isString()) {
      throw ApiProblem.badField("letter", "\"letter\" is the letter's id, a string.");
    }
    Letter letter = letter(resume, id == null || id.isNull() ? null : id.stringValue());
    String posting = posting(body, false);
    JsonNode grammar = body.get("grammar");
    if (grammar != null && !grammar.isNull() && !grammar.isBoolean()) {
      throw ApiProblem.badField("grammar", "\"grammar\" is true or false.");
    }
    AtsOptions.Grammar mode = grammar != null && grammar.asBoolean() ? AtsOptions.Grammar.IF_READY : AtsOptions.Grammar.OFF;
    LetterReport report = pool.run(() -> atsCall(() -> checker.check(resume, letter, posting, mode)));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(report);
  }

  private interface AtsWork<T> {
    T run();
  }

  /** The ATS checker refuses a resume it cannot render: the client's input, so a 422. */
  private static <T> T atsCall(AtsWork<T> work) {
    try {
      return work.run();
    } catch (AtsException e) {
      if (e.isUserError()) {
        throw ApiProblem.unrenderable(e.code(), e.getMessage());
      }
      throw e;
    }
  }

  private JsonNode body(HttpServletRequest request) throws IOException {
    String text = RequestBodies.readText(request, properties.maxRequestSize().toBytes());
    JsonNode body;
    try {
      body = JSON.readTree(text);
    } catch (JacksonException e) {
      throw ApiProblem.malformedJson("The body is not valid JSON.", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
    }
    if (body == null || !body.isObject()) {
      throw ApiProblem.badRequest("The body must be a JSON object with \"resume\".", "", false);
    }
    for (String name : body.propertyNames()) {
      if (!FIELDS.contains(name)) {
        throw ApiProblem.badField(name, "Unknown field \"" + name + "\"; the body may have "
            + String.join(", ", FIELDS.stream().sorted().toList()) + ".");
      }
    }
    return body;
  }

  private Resume resume(JsonNode body) {
    JsonNode node = body.get("resume");
    if (node == null || !node.isObject()) {
      throw ApiProblem.badField("resume", "\"resume\" must be a JSON Resume document (an object).");
    }
    return valid(reader.read(node));
  }

  private Resume resume(String json) {
    ReadResult result;
    try {
      result = reader.read(json);
    } catch (JsonResumeException e) {
      String text = json.stripLeading();
      throw RequestBodies.notAResume(e, text.isEmpty() || text.charAt(0) == '{');
    }
    return valid(result);
  }

  private static Resume valid(ReadResult result) {
    if (!result.isValid()) {
      throw ApiProblem.invalidResume(result.errors());
    }
    List<Problem> letterProblems = new ArrayList<>();
    Letters.read(result.resume(), letterProblems);
    if (!letterProblems.isEmpty()) {
      // a letter's value of the wrong kind would be left out without a word: refuse instead
      throw ApiProblem.invalidResume(letterProblems.stream()
          .map(p -> new Problem(Severity.ERROR, p.code(), p.pointer(), p.message().replace("; skipped", ""), 0, 0))
          .toList());
    }
    return result.resume();
  }

  private static String posting(JsonNode body, boolean required) {
    JsonNode node = body.get("jobDescription");
    if (node == null || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
      if (required) {
        throw ApiProblem.badField("jobDescription", "Paste the job posting as \"jobDescription\" to draft a letter.");
      }
      return null;
    }
    if (!node.isString()) {
      throw ApiProblem.badField("jobDescription", "\"jobDescription\" is the posting's text, a string.");
    }
    String text = node.stringValue();
    if (text.length() > MAX_POSTING) {
      throw ApiProblem.fieldTooLarge("jobDescription", "The job posting has " + text.length()
          + " characters; at most " + MAX_POSTING + " are read.", "maxCharacters", MAX_POSTING);
    }
    return text;
  }

  private static Letter letter(Resume resume, String id) {
    List<Letter> letters = Letters.read(resume);
    if (letters.isEmpty()) {
      throw ApiProblem.invalidResume(List.of(Problem.error("letter.none", Letters.POINTER,
          "the resume has no cover letter; add one, or draft one with POST /api/letters/draft")));
    }
    if (id == null || id.isBlank()) {
      return letters.get(0);
    }
    return letters.stream().filter(l -> id.strip().equals(l.id())).findFirst().orElseThrow(() ->
        ApiProblem.badParameter("letter", "No letter with this id; the resume has "
            + String.join(", ", letters.stream().map(l -> String.valueOf(l.id())).toList()) + "."));
  }

  private String checkedTemplate(String template) {
    if (template == null || template.isBlank()) {
      return null;
    }
    List<String> ids = renderer.templates().stream().map(TemplateInfo::id).toList();
    if (!ids.contains(template.strip())) {
      throw ApiProblem.badParameter("template", "Unknown template; choose one of " + String.join(", ", ids) + ".");
    }
    return template.strip();
  }
}
