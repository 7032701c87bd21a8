package org.createyourresume.web.system;

import java.net.URI;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.createyourresume.model.Problem;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with everything {@link ProblemDetailsAdvice} needs to answer it as
 * {@code application/problem+json}. The detail is text written for the client by our code; it
 * never carries another exception's message.
 */
public final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final String TYPE_PREFIX = "urn:createyourresume:problem:";

  /** The English bundle: the words of a problem when the request's language has none. */
  private static final ResourceBundle ENGLISH =
      ResourceBundle.getBundle("i18n.messages", Locale.ROOT);

  private final HttpStatus status;
  private final String type;
  private final String key;
  private final String title;
  private final String detail;
  private final transient Object[] detailArgs;
  private final boolean ownWords;
  private final transient Map<String, Object> properties;
  private final Integer retryAfterSeconds;

  /**
   * A problem whose detail is written by the caller (often with the core's words), so it stays
   * as it is in every language; its title is the bundle's {@code problem.<key>.title}.
   */
  private ApiProblem(
      HttpStatus status, String type, String key, String detail, Map<String, Object> properties,
      Integer retryAfterSeconds) {
    this(status, type, key, detail, null, properties, retryAfterSeconds);
  }

  /**
   * A problem in our own words: title and detail come from the bundles
   * ({@code problem.<key>.title}, {@code problem.<key>.detail} with {@code args}), so that
   * {@link ProblemDetailsAdvice} can answer in the request's language; {@link #detail()} is the
   * English.
   */
  private static ApiProblem worded(
      HttpStatus status, String type, String key, Object[] args, Map<String, Object> properties,
      Integer retryAfterSeconds) {
    return new ApiProblem(status, type, key, null, args, properties, retryAfterSeconds);
  }

  private ApiProblem(
      HttpStatus status, String type, String key, String detail, Object[] detailArgs,
      Map<String, Object> properties, Integer retryAfterSeconds) {
    super(ENGLISH.getString(titleKey(key)), null, false, false);
    this.status = status;
    this.type = type;
    this.key = key;
    this.title = ENGLISH.getString(titleKey(key));
    this.ownWords = detail == null;
    this.detailArgs = detailArgs;
    this.detail = detail != null ? detail : english(detailKey(key), detailArgs);
    this.properties = properties;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The bundle key of the title of problems made with {@code key}. */
  static String titleKey(String key) {
    return "problem." + key + ".title";
  }

  /** The bundle key of the detail of problems made with {@code key}. */
  static String detailKey(String key) {
    return "problem." + key + ".detail";
  }

  /** The message as Spring formats it: MessageFormat only when there are arguments. */
  private static String english(String key, Object[] args) {
    String pattern = ENGLISH.getString(key);
    return args == null || args.length == 0
        ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
  }

  /** 404: no {@code what} with this id. */
  public static ApiProblem notFound(String what, String id) {
    return new ApiProblem(
        HttpStatus.NOT_FOUND, "not-found", "not-found",
        "There is no " + what + " with the id \"" + shorten(id) + "\".",
        Map.of("parameter", "id"), null);
  }

  /**
   * 404 for a saved resume: there is none with this id, or the key sent does not open it. Both
   * cases give the same answer, so a guess learns nothing.
   */
  public static ApiProblem noResume() {
    return worded(HttpStatus.NOT_FOUND, "not-found", "no-resume", null, Map.of(), null);
  }

  /**
   * 404 for a share link that does not lead to a resume and never did, as far as this server
   * knows (never made, or revoked so long ago that the server has forgotten it).
   */
  public static ApiProblem noShare() {
    return worded(HttpStatus.NOT_FOUND, "not-found", "no-share", null, Map.of(), null);
  }

  /**
   * 410 for a share link whose owner stopped sharing: turned it off, replaced it with a new link,
   * or deleted the resume.
   */
  public static ApiProblem shareRevoked() {
    return worded(HttpStatus.GONE, "share-revoked", "share-revoked", null, Map.of(), null);
  }

  /** 412: the save was based on an older version than the one stored. */
  public static ApiProblem staleVersion(long currentVersion) {
    return worded(
        HttpStatus.PRECONDITION_FAILED, "stale-version", "stale-version",
        new Object[] {String.valueOf(currentVersion)},
        Map.of("currentVersion", currentVersion, "currentETag", "\"" + currentVersion + "\""),
        null);
  }

  /** 428: a save must say which version it is based on. */
  public static ApiProblem versionRequired() {
    return worded(HttpStatus.PRECONDITION_REQUIRED, "version-required", "version-required", null,
        Map.of("header", "If-Match"), null);
  }

  /** 429: this client sent too many requests of one kind; try again after a while. */
  public static ApiProblem tooManyRequests(String limit, int retryAfterSeconds) {
    return worded(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "rate-limited",
        new Object[] {limit, String.valueOf(retryAfterSeconds)}, Map.of("limit", limit),
        retryAfterSeconds);
  }

  /** 400: a request whose body or header we cannot use, for a reason written for the client. */
  public static ApiProblem badRequest(String detail, String pointerOrHeader, boolean header) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST, "bad-request", "bad-request", detail,
        Map.of(header ? "header" : "pointer", pointerOrHeader), null);
  }

  /**
   * 400: a field of the request (a property of a JSON body, or a part of a multipart upload) is
   * missing, unknown or of the wrong kind.
   */
  public static ApiProblem badField(String field, String detail) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST, "bad-field", "bad-field", detail, Map.of("field", field), null);
  }

  /** 413: one field of the request is over its limit, {@code limit} counted in {@code unit}. */
  public static ApiProblem fieldTooLarge(String field, String detail, String unit, long limit) {
    return new ApiProblem(
        HttpStatus.CONTENT_TOO_LARGE, "too-large", "field-too-large", detail,
        Map.of("field", field, unit, limit), null);
  }

  /**
   * 422: an uploaded file (or pasted text) that cannot be used as it is: of an unknown type,
   * damaged, protected by a password, hostile, or too slow to read. {@code code} is the core's
   * stable code for why (the checker's or the importer's).
   */
  public static ApiProblem fileRefused(String field, String code, String detail) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT, "file-refused", "file-refused", detail,
        Map.of("field", field, "code", code), null);
  }

  /**
   * 422: an uploaded file over one of the reader's limits that is not its size in bytes (rows of
   * a LinkedIn export, for instance), named by {@code unit} with the {@code limit}, so that a
   * client can say which limit without reading the sentence.
   */
  public static ApiProblem fileOverLimit(String field, String code, String detail, String unit, long limit) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT, "file-refused", "file-refused", detail,
        Map.of("field", field, "code", code, unit, limit), null);
  }

  /**
   * The core's explanation of a refused file ("the file is …", "resume.pdf is …") as the sentence
   * of a problem's detail. Only a first word that is a plain lower-case word is capitalised: a
   * message may start with the file's own name or a field ("work[0]…"), which keep their case.
   *
   * @param fallback the sentence when the core gave no message
   */
  public static String sentence(String message, String fileName, String fallback) {
    if (message == null || message.isBlank()) {
      return fallback;
    }
    String text = message.strip();
    boolean name = fileName != null && !fileName.isEmpty() && text.startsWith(fileName);
    if (!name && text.matches("(?s)\\p{Ll}+\\s.*")) {
      text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
    return text.matches("(?s).*[.!?]$") ? text : text + ".";
  }

  /** 400: a query parameter has a value we cannot use. */
  public static ApiProblem badParameter(String parameter, String detail) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST, "bad-parameter", "bad-parameter", detail,
        Map.of("parameter", parameter), null);
  }

  /** 400: the query string is not percent-encoded UTF-8 ({@code %ff}). */
  public static ApiProblem malformedQuery() {
    return worded(HttpStatus.BAD_REQUEST, "malformed-query", "malformed-query", null, Map.of(),
        null);
  }

  /** 400: a multipart upload with more parts than the form has fields, by far. */
  public static ApiProblem tooManyParts(long limit) {
    return worded(HttpStatus.BAD_REQUEST, "too-many-parts", "too-many-parts",
        new Object[] {String.valueOf(limit)}, Map.of("maxParts", limit), null);
  }

  /** 400: one part of a multipart upload has a header over the limit. */
  public static ApiProblem partHeaderTooLarge(long limit) {
    return worded(HttpStatus.BAD_REQUEST, "part-header-too-large", "part-header-too-large",
        new Object[] {size(limit)},
        Map.of("maxPartHeaderBytes", limit), null);
  }

  /** The longest file name an upload may have: what common file systems allow. */
  public static final int MAX_FILE_NAME_LENGTH = 255;

  /** 400: an uploaded file's name is longer than {@link #MAX_FILE_NAME_LENGTH} characters. */
  public static ApiProblem fileNameTooLong(String part) {
    int max = MAX_FILE_NAME_LENGTH;
    return worded(HttpStatus.BAD_REQUEST, "file-name-too-long", "file-name-too-long",
        new Object[] {String.valueOf(max)}, Map.of("field", part, "maxLength", max), null);
  }

  /** 400: the body is not a JSON document (or not an object), with where the reader stopped. */
  public static ApiProblem malformedJson(String detail, int line, int column) {
    return malformedJson(detail, line, column, null);
  }

  /**
   * 400: the body is not a JSON document, or goes beyond the reader's limits; {@code code} is
   * the core's stable code for why (or null).
   */
  public static ApiProblem malformedJson(String detail, int line, int column, String code) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("pointer", "");
    if (code != null) {
      props.put("code", code);
    }
    if (line > 0) {
      props.put("line", line);
      props.put("column", column);
    }
    return new ApiProblem(
        HttpStatus.BAD_REQUEST, "malformed-json", "malformed-json", detail, props, null);
  }

  /** 400: the body is not UTF-8 text, or is empty. */
  public static ApiProblem unreadableBody(String detail) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST, "unreadable-body", "unreadable-body", detail,
        Map.of("pointer", ""), null);
  }

  /** 413: the body is over {@code maxBytes}. */
  public static ApiProblem tooLarge(long maxBytes) {
    return worded(HttpStatus.CONTENT_TOO_LARGE, "too-large", "body-too-large",
        new Object[] {String.valueOf(maxBytes)},
        Map.of("maxBytes", maxBytes), null);
  }

  /** 400: a multipart request without its file. */
  public static ApiProblem missingFile(String part, String detail) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST, "missing-file", "missing-file", detail, Map.of("field", part),
        null);
  }

  /** 413: an uploaded file over {@code maxBytes}. */
  public static ApiProblem fileTooLarge(String part, long maxBytes) {
    return worded(HttpStatus.CONTENT_TOO_LARGE, "too-large", "file-too-large",
        new Object[] {size(maxBytes)},
        Map.of("field", part, "maxBytes", maxBytes), null);
  }

  /** 422: the resume was read, but has errors; each names its field. */
  public static ApiProblem invalidResume(List<Problem> errors) {
    List<Map<String, Object>> list =
        errors.stream().map(ApiProblem::error).toList();
    String detail =
        errors.size() == 1
            ? "The resume has 1 error: " + errors.get(0).path() + ": " + errors.get(0).message()
            : "The resume has " + errors.size() + " errors; each is listed in \"errors\".";
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT, "invalid-resume", "invalid-resume", detail,
        Map.of("errors", list), null);
  }

  /** 422: a resume the renderer refuses as it is (for example, over a size limit). */
  public static ApiProblem unrenderable(String code, String detail) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT, "invalid-resume", "invalid-resume", detail,
        Map.of("errors", List.of(Map.of("pointer", "", "path", "(document)", "code", code,
            "message", detail))), null);
  }

  /**
   * 503: every worker of the pool that renders and checks resumes is busy and its queue is full;
   * try again after a while.
   */
  public static ApiProblem busy(int retryAfterSeconds) {
    return worded(HttpStatus.SERVICE_UNAVAILABLE, "busy", "busy",
        new Object[] {String.valueOf(retryAfterSeconds)}, Map.of(), retryAfterSeconds);
  }

  /** 503: the render (or check) did not finish in time. */
  public static ApiProblem timedOut(int retryAfterSeconds) {
    return worded(HttpStatus.SERVICE_UNAVAILABLE, "timeout", "timeout", null, Map.of(),
        retryAfterSeconds);
  }

  private static Map<String, Object> error(Problem p) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("pointer", p.pointer());
    e.put("path", p.path());
    e.put("code", p.code());
    e.put("message", p.message());
    if (p.line() > 0) {
      e.put("line", p.line());
      e.put("column", p.column());
    }
    return e;
  }

  /** "10 MB", "64 KB" or "1000 bytes". */
  private static String size(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
  }

  private static String shorten(String text) {
    String single = text.replaceAll("\\p{Cntrl}", "?");
    return single.length() > 60 ? single.substring(0, 57) + "…" : single;
  }

  /** The HTTP status this problem is answered with. */
  public HttpStatus status() {
    return status;
  }

  URI type() {
    return URI.create(TYPE_PREFIX + type);
  }

  String title() {
    return title;
  }

  /** The English detail. */
  String detail() {
    return detail;
  }

  /** The bundle key the title is written under in every language. */
  String localTitleKey() {
    return titleKey(key);
  }

  /**
   * The bundle key the detail is written under in every language, or {@code null} when the
   * detail is the caller's text and stays as it is.
   */
  String localDetailKey() {
    return ownWords ? detailKey(key) : null;
  }

  /** The arguments of the localized detail. */
  Object[] localDetailArgs() {
    return detailArgs;
  }

  Map<String, Object> properties() {
    return properties;
  }

  /** Seconds for {@code Retry-After}, or {@code null}. */
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
