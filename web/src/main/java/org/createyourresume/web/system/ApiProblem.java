package org.createyourresume.web.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private final HttpStatus status;
  private final String type;
  private final String title;
  private final String detail;
  private final transient Map<String, Object> properties;
  private final Integer retryAfterSeconds;

  private ApiProblem(
      HttpStatus status, String type, String title, String detail, Map<String, Object> properties,
      Integer retryAfterSeconds) {
    super(title, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.properties = properties;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** 404: no {@code what} with this id. */
  public static ApiProblem notFound(String what, String id) {
    return new ApiProblem(
        HttpStatus.NOT_FOUND, "not-found", "Not found",
        "There is no " + what + " with the id \"" + shorten(id) + "\".",
        Map.of("parameter", "id"), null);
  }

  /** 400: a query parameter has a value we cannot use. */
  public static ApiProblem badParameter(String parameter, String detail) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", detail,
        Map.of("parameter", parameter), null);
  }

  /** 400: the body is not a JSON document (or not an object), with where the reader stopped. */
  public static ApiProblem malformedJson(String detail, int line, int column) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("pointer", "");
    if (line > 0) {
      props.put("line", line);
      props.put("column", column);
    }
    return new ApiProblem(
        HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", detail, props, null);
  }

  /** 400: the body is not UTF-8 text, or is empty. */
  public static ApiProblem unreadableBody(String detail) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body", detail,
        Map.of("pointer", ""), null);
  }

  /** 413: the body is over {@code maxBytes}. */
  public static ApiProblem tooLarge(long maxBytes) {
    return new ApiProblem(
        HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request body too large",
        "The request body is larger than " + maxBytes + " bytes, the most this server accepts.",
        Map.of("maxBytes", maxBytes), null);
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
        HttpStatus.UNPROCESSABLE_CONTENT, "invalid-resume", "Invalid resume", detail,
        Map.of("errors", list), null);
  }

  /** 422: a resume the renderer refuses as it is (for example, over a size limit). */
  public static ApiProblem unrenderable(String code, String detail) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT, "invalid-resume", "Invalid resume", detail,
        Map.of("errors", List.of(Map.of("pointer", "", "path", "(document)", "code", code,
            "message", detail))), null);
  }

  /** 503: every render worker is busy and the queue is full; try again after a while. */
  public static ApiProblem busy(int retryAfterSeconds) {
    return new ApiProblem(
        HttpStatus.SERVICE_UNAVAILABLE, "busy", "Server busy",
        "Every renderer is busy right now. Please retry in " + retryAfterSeconds + " s.",
        Map.of(), retryAfterSeconds);
  }

  /** 503: the render did not finish in time. */
  public static ApiProblem timedOut(int retryAfterSeconds) {
    return new ApiProblem(
        HttpStatus.SERVICE_UNAVAILABLE, "timeout", "Render timed out",
        "The render took too long and was stopped. Please retry in a moment.",
        Map.of(), retryAfterSeconds);
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

  String detail() {
    return detail;
  }

  Map<String, Object> properties() {
    return properties;
  }

  /** Seconds for {@code Retry-After}, or {@code null}. */
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
