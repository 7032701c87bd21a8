package org.createyourresume.web.resume;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.createyourresume.json.JsonResumeException;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Problem;
import org.createyourresume.web.render.RequestBodies;
import org.createyourresume.web.resume.ResumeRepository.SaveOutcome;
import org.createyourresume.web.system.ApiProblem;
import org.createyourresume.web.system.RateLimited;
import org.createyourresume.web.system.RateLimited.Kind;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resumes saved online, reachable only with their edit token ({@code Authorization: Bearer}), and
 * their read-only share links. A missing or wrong token is answered exactly like a missing resume:
 * 404, or {@code {"exists": false}} from the status endpoint, which answers 200 either way so that
 * an editor can check without an error. Every save names the version it is based on ({@code
 * If-Match}); a stale one is a 412.
 */
@RestController
@Tag(name = "Saved resumes", description = "Save a resume online, edit it from any device, share"
    + " a read-only link")
@SecurityRequirement(name = "editToken")
class ResumeController {

  /** How long after the last recorded visit another visit is written down (for retention). */
  private static final Duration TOUCH_EVERY = Duration.ofHours(12);
  private static final long MAX_SETTINGS_BYTES = 1024;
  private static final String PHOTO_POINTER = "/basics/image";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ResumeRepository repository;
  private final JsonResumeReader reader;
  private final StoreProperties properties;
  private final StorageCompaction compaction;
  private final Clock clock = Clock.systemUTC();

  ResumeController(
      ResumeRepository repository, JsonResumeReader reader, StoreProperties properties,
      StorageCompaction compaction) {
    this.repository = repository;
    this.reader = reader;
    this.properties = properties;
    this.compaction = compaction;
  }

  /** The answer to a save: the new version and how long the resume is kept. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Saved(
      String id, long version, Instant updatedAt, Instant expiresAt, long retentionDays,
      String editToken, String editUrl, String shareId, String shareUrl, String pdfUrl) {}

  /** A share link. */
  record Share(String shareId, String url, String pdfUrl, boolean indexable) {}

  /**
   * Whether the resume exists for this key, and if so its version and share link: what an editor
   * needs to know before it reads or saves, answered 200 either way.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Status(boolean exists, Long version, Boolean shared, Share share) {
    static final Status MISSING = new Status(false, null, null, null);
  }

  @Operation(
      summary = "Save a resume online",
      description = "Stores the JSON Resume document in the body (drafts are stored as they are;"
          + " they need not be valid yet) and answers its id and edit token. The token is the only"
          + " key: it is shown once and stored only as a hash. With share=true a read-only link is"
          + " made at once. 400 not a JSON object, 413 over the size limit, 422 a photo"
          + " (basics.image) that is not a web address or a PNG or JPEG data URI within its"
          + " limits, 429 too many.",
      requestBody = @RequestBody(required = true, content = @Content(
          mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(type = "object", description = "JSON Resume 1.x"))))
  @PostMapping(path = "/api/resumes",
      consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"})
  @SecurityRequirements
  @RateLimited(Kind.CREATE)
  ResponseEntity<Saved> create(
      @Parameter(description = "also make a read-only share link")
          @RequestParam(defaultValue = "false") boolean share,
      @Parameter(description = "with share=true: let search engines index the shared page")
          @RequestParam(defaultValue = "false") boolean indexable,
      HttpServletRequest request) throws IOException {
    String document = document(request);
    String id = Capabilities.newId();
    String token = Capabilities.newToken();
    String shareId = share ? Capabilities.newShareId() : null;
    Instant now = now();
    repository.insert(id, Capabilities.hash(token), document, shareId, share && indexable, now);
    String base = base();
    Saved body =
        new Saved(id, 1, now, now.plus(properties.retention()), properties.retentionDays(),
            token, base + "/editor#id=" + id + "&key=" + token,
            shareId, shareId == null ? null : base + "/r/" + shareId,
            shareId == null ? null : base + "/r/" + shareId + ".pdf");
    return ResponseEntity.created(URI.create("/api/resumes/" + id))
        .eTag(etag(1))
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  @Operation(
      summary = "Read a saved resume",
      description = "The document as last saved, with its version in ETag. If-None-Match with"
          + " that ETag gives 304 when nothing changed. 404 when there is no such resume or the"
          + " token does not open it.")
  @GetMapping(path = "/api/resumes/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @RateLimited(Kind.SAVE)
  ResponseEntity<String> read(
      @PathVariable String id,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.AUTHORIZATION,
          required = false) String authorization,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    authorize(id, authorization);
    Instant now = now();
    repository.touch(id, now, now.minus(TOUCH_EVERY));
    StoredResume resume = repository.find(id).orElseThrow(ApiProblem::noResume);
    // RFC 9110 13.1.2: "*" matches any current representation, and this one exists
    if (ifNoneMatch != null
        && (ifNoneMatch.strip().equals("*") || versions(ifNoneMatch).contains(resume.version()))) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag(resume.version()))
          .cacheControl(CacheControl.noStore()).build();
    }
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.APPLICATION_JSON, java.nio.charset.StandardCharsets.UTF_8))
        .eTag(etag(resume.version()))
        .lastModified(resume.updatedAt())
        .cacheControl(CacheControl.noStore())
        .body(resume.document());
  }

  @Operation(
      summary = "Whether a saved resume exists, its version and share link",
      description = "Always 200, so that checking costs no error: {\"exists\": true, \"version\":"
          + " 7, \"shared\": true, \"share\": {shareId, url, pdfUrl, indexable}} for the"
          + " resume this token opens, or {\"exists\": false} when there is no such resume or"
          + " the token does not open it (the same answer either way). Counts as the owner's"
          + " visit for retention, like a read.")
  @GetMapping(path = "/api/resumes/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
  @RateLimited(Kind.SAVE)
  ResponseEntity<Status> status(
      @PathVariable String id,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.AUTHORIZATION,
          required = false) String authorization) {
    Status status = Status.MISSING;
    if (opens(id, authorization)) {
      Instant now = now();
      repository.touch(id, now, now.minus(TOUCH_EVERY));
      status = repository.summary(id)
          .map(resume -> new Status(true, resume.version(), resume.shareId() != null,
              resume.shareId() == null ? null
                  : share(resume.shareId(), resume.shareIndexable())))
          .orElse(Status.MISSING);
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(status);
  }

  @Operation(
      summary = "Save a new version",
      description = "Replaces the document. If-Match must carry the ETag of the version the"
          + " change is based on: 428 without it, 412 (with currentVersion) when the resume was"
          + " saved elsewhere in between; nothing is overwritten silently. The new ETag is in the"
          + " answer. Drafts need not be valid, but a bad photo (basics.image) is a 422.",
      requestBody = @RequestBody(required = true, content = @Content(
          mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(type = "object", description = "JSON Resume 1.x"))))
  @PutMapping(path = "/api/resumes/{id}",
      consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"})
  @RateLimited(Kind.SAVE)
  ResponseEntity<Saved> save(
      @PathVariable String id,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.AUTHORIZATION,
          required = false) String authorization,
      @Parameter(description = "the ETag of the version this change is based on, e.g. \"3\"")
          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      HttpServletRequest request) throws IOException {
    authorize(id, authorization);
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      throw ApiProblem.versionRequired();
    }
    // a tag that is not one of our versions (a weak one, say) matches nothing: a 412 below
    long basedOn = firstVersion(ifMatch).orElse(-1);
    String document = document(request);
    Instant now = now();
    SaveOutcome outcome = repository.save(id, basedOn, document, now);
    if (outcome instanceof SaveOutcome.Saved saved) {
      return ResponseEntity.ok()
          .eTag(etag(saved.version()))
          .cacheControl(CacheControl.noStore())
          .body(new Saved(id, saved.version(), saved.updatedAt(),
              saved.updatedAt().plus(properties.retention()), properties.retentionDays(),
              null, null, null, null, null));
    }
    if (outcome instanceof SaveOutcome.Stale stale) {
      throw ApiProblem.staleVersion(stale.current());
    }
    throw ApiProblem.noResume();
  }

  @Operation(
      summary = "Delete a saved resume",
      description = "Deletes the resume and its share link at once; afterwards the edit link"
          + " answers 404 and the share link 410 (no longer shared).")
  @DeleteMapping("/api/resumes/{id}")
  @RateLimited(Kind.SAVE)
  ResponseEntity<Void> delete(
      @PathVariable String id,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.AUTHORIZATION,
          required = false) String authorization) {
    authorize(id, authorization);
    if (!repository.delete(id, now())) {
      throw ApiProblem.noResume();
    }
    compaction.requested();
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "The resume's share link", description = "404 when it is not shared.")
  @GetMapping("/api/resumes/{id}/share")
  @RateLimited(Kind.SHARE)
  ResponseEntity<Share> share(
      @PathVariable String id,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.AUTHORIZATION,
          required = false) String authorization) {
    authorize(id, authorization);
    StoredResume resume = repository.find(id).orElseThrow(ApiProblem::noResume);
    if (resume.shareId() == null) {
      throw ApiProblem.noShare();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(share(resume.shareId(), resume.shareIndexable()));
  }

  @Operation(
      summary = "Make a new share link",
      description = "Makes a read-only link /r/{shareId} (and its PDF /r/{shareId}.pdf),"
          + " replacing any earlier link, which then answers 410 (no longer shared). Body"
          + " (optional):"
          + " {\"indexable\": true} lets search engines index the page; by default it carries"
          + " noindex.")
  @PostMapping("/api/resumes/{id}/share")
  @RateLimited(Kind.SHARE)
  ResponseEntity<Share> createShare(
      @PathVariable String id,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.AUTHORIZATION,
          required = false) String authorization,
      HttpServletRequest request) throws IOException {
    authorize(id, authorization);
    boolean indexable = indexable(request, false);
    String shareId = Capabilities.newShareId();
    if (!repository.share(id, shareId, indexable, now())) {
      throw ApiProblem.noResume();
    }
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
        .body(share(shareId, indexable));
  }

  @Operation(
      summary = "Change the share link's settings",
      description = "Body: {\"indexable\": true|false}. The link stays the same. 404 when not"
          + " shared.")
  @PatchMapping("/api/resumes/{id}/share")
  @RateLimited(Kind.SHARE)
  ResponseEntity<Share> updateShare(
      @PathVariable String id,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.AUTHORIZATION,
          required = false) String authorization,
      HttpServletRequest request) throws IOException {
    authorize(id, authorization);
    boolean indexable = indexable(request, null);
    if (!repository.setIndexable(id, indexable, now())) {
      throw repository.version(id).isPresent() ? ApiProblem.noShare() : ApiProblem.noResume();
    }
    StoredResume resume = repository.find(id).orElseThrow(ApiProblem::noResume);
    if (resume.shareId() == null) {
      throw ApiProblem.noShare();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(share(resume.shareId(), resume.shareIndexable()));
  }

  @Operation(summary = "Revoke the share link",
      description = "The link answers 410 (no longer shared) from now on; a new one can be made"
          + " later.")
  @DeleteMapping("/api/resumes/{id}/share")
  @RateLimited(Kind.SHARE)
  ResponseEntity<Void> revokeShare(
      @PathVariable String id,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.AUTHORIZATION,
          required = false) String authorization) {
    authorize(id, authorization);
    if (!repository.share(id, null, false, now())) {
      throw ApiProblem.noResume();
    }
    return ResponseEntity.noContent().build();
  }

  /**
   * Lets the request through only with the resume's edit token. The lookup and the constant-time
   * comparison run whether or not the resume exists and whether or not a token was sent, so
   * neither the answer nor its timing tells a missing resume from a wrong key.
   */
  private void authorize(String id, String authorization) {
    if (!opens(id, authorization)) {
      throw ApiProblem.noResume();
    }
  }

  /** Whether the token in {@code authorization} opens resume {@code id} (see {@link #authorize}). */
  private boolean opens(String id, String authorization) {
    if (!Capabilities.isId(id)) {
      return false;
    }
    String token = bearer(authorization);
    String stored = repository.tokenHash(id).orElse(null);
    return Capabilities.matches(token, stored);
  }

  private static String bearer(String authorization) {
    if (authorization == null) {
      return null;
    }
    String value = authorization.strip();
    if (value.length() > 7 && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return value.substring(7).strip();
    }
    return null;
  }

  /**
   * The request body, if it is a JSON object no larger than the limit whose photo, if any, is
   * one we accept. Drafts need not be valid otherwise.
   */
  private String document(HttpServletRequest request) throws IOException {
    String text = RequestBodies.readText(request, properties.maxDocumentSize().toBytes());
    try {
      // a photo is refused at once, unlike other errors: it is bytes, not text being typed
      List<Problem> photo = reader.read(text).errors().stream()
          .filter(p -> p.pointer().equals(PHOTO_POINTER))
          .toList();
      if (!photo.isEmpty()) {
        throw ApiProblem.invalidResume(photo);
      }
    } catch (JsonResumeException e) {
      if (e.code().equals(JsonResumeException.SYNTAX) || e.code().equals(JsonResumeException.EMPTY)
          || e.code().equals(JsonResumeException.NOT_OBJECT)) {
        throw ApiProblem.malformedJson(
            "The request body must be a JSON object: a JSON Resume document { … }"
                + (e.line() > 0 ? " (the error is at line " + e.line() + ", column " + e.column()
                    + ")." : "."),
            e.line(), e.column(), e.code());
      }
      throw RequestBodies.notAResume(e, true);
    }
    return text;
  }

  /** {"indexable": bool} from an optional small body; {@code fallback} when absent. */
  private static boolean indexable(HttpServletRequest request, Boolean fallback)
      throws IOException {
    boolean empty = request.getContentLengthLong() == 0
        || (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") == null);
    if (empty) {
      if (fallback == null) {
        throw ApiProblem.badRequest("Send {\"indexable\": true} or {\"indexable\": false}.",
            "/indexable", false);
      }
      return fallback;
    }
    String text = RequestBodies.readText(request, MAX_SETTINGS_BYTES);
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JacksonException e) {
      throw ApiProblem.malformedJson("The body must be {\"indexable\": true} or"
          + " {\"indexable\": false}.", 0, 0);
    }
    JsonNode value = node == null ? null : node.get("indexable");
    if (value == null || !value.isBoolean()) {
      if (fallback != null && value == null && node != null && node.isObject()) {
        return fallback;
      }
      throw ApiProblem.badRequest("\"indexable\" must be true or false.", "/indexable", false);
    }
    return value.booleanValue();
  }

  private Share share(String shareId, boolean indexable) {
    String url = base() + "/r/" + shareId;
    return new Share(shareId, url, url + ".pdf", indexable);
  }

  private static String base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** The first strong entity tag of an If-Match header as a version; empty if there is none. */
  private static OptionalLong firstVersion(String header) {
    java.util.List<Long> versions = versions(header);
    return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(0));
  }

  /** The versions named by the strong entity tags of a header ({@code "3", "4"}). */
  static java.util.List<Long> versions(String header) {
    java.util.List<Long> versions = new java.util.ArrayList<>();
    for (String part : header.split(",")) {
      String tag = part.strip().toLowerCase(Locale.ROOT);
      if (tag.length() > 2 && tag.length() < 22 && tag.startsWith("\"") && tag.endsWith("\"")) {
        try {
          long version = Long.parseLong(tag.substring(1, tag.length() - 1));
          if (version > 0) {
            versions.add(version);
          }
        } catch (NumberFormatException e) {
          // not one of ours: it matches nothing
        }
      }
    }
    return versions;
  }
}
