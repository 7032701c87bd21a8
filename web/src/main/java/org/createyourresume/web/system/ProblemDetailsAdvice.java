package org.createyourresume.web.system;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.createyourresume.render.RenderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place errors become responses: RFC 9457 {@code application/problem+json}, naming the
 * field or parameter at fault. Bad input is a 4xx with our own words; only a bug is a 500, and
 * then the response says nothing about its cause (the log does).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  /** The largest upload, for the 413 answer (the servlet container reports no size). */
  private final long maxUploadBytes;

  /** The largest multipart request, to tell its refusal from a part header's. */
  private final long maxUploadRequestBytes;

  /** The bundles problems are worded in, in the request's language. */
  private final MessageSource messages;

  ProblemDetailsAdvice(ObjectProvider<MultipartConfigElement> multipart, MessageSource messages) {
    this.messages = messages;
    MultipartConfigElement config = multipart.getIfAvailable();
    this.maxUploadBytes = config == null ? -1 : config.getMaxFileSize();
    this.maxUploadRequestBytes = config == null ? -1 : config.getMaxRequestSize();
  }

  /**
   * A query string whose percent-encoding is not UTF-8 ({@code ?q=%ff}): the container refuses
   * to decode it when a parameter is first read. The client's mistake, so no stack trace.
   */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ProblemDetail> malformedQuery(
      InvalidParameterException e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    LOG.debug("malformed query string on {} {}", request.getMethod(), request.getRequestURI(), e);
    if (wantsPage(request)) {
      response.sendError(HttpStatus.BAD_REQUEST.value());
      return null;
    }
    return apiProblem(ApiProblem.malformedQuery(), request);
  }

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(
      ApiProblem problem, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ((problem.status() == HttpStatus.NOT_FOUND || problem.status() == HttpStatus.GONE)
        && wantsPage(request)) {
      // a person following a dead link gets an HTML page: "not found", or (410, only ever a
      // share link) "no longer shared"
      response.sendError(problem.status().value());
      return null;
    }
    return apiProblem(problem, request);
  }

  private ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem, HttpServletRequest request) {
    // title and our own details in the request's language; the English is the fallback, and
    // field names, codes and the core's sentences stay as they are
    Locale locale = LocaleContextHolder.getLocale();
    String detail =
        problem.localDetailKey() == null
            ? problem.detail()
            : messages.getMessage(problem.localDetailKey(), problem.localDetailArgs(),
                problem.detail(), locale);
    ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), detail);
    body.setType(problem.type());
    body.setTitle(messages.getMessage(problem.localTitleKey(), null, problem.title(), locale));
    body.setInstance(URI.create(request.getRequestURI()));
    problem.properties().forEach(body::setProperty);
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (problem.retryAfterSeconds() != null) {
      response.header(HttpHeaders.RETRY_AFTER, String.valueOf(problem.retryAfterSeconds()));
    }
    return response.body(body);
  }

  /** A render the core refused (user error) or could not do (a bug). */
  @ExceptionHandler(RenderException.class)
  ResponseEntity<ProblemDetail> render(RenderException e, HttpServletRequest request) {
    if (e.isUserError()) {
      String detail =
          e.code().startsWith("limit.")
              ? "The resume is larger than this server renders (" + e.code() + ")."
              : "The resume cannot be rendered as it is (" + e.code() + ").";
      return apiProblem(ApiProblem.unrenderable(e.code(), detail), request);
    }
    LOG.error("render failed on {}", request.getRequestURI(), e);
    return internalError(request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    LOG.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
    return internalError(request);
  }

  private ResponseEntity<ProblemDetail> internalError(HttpServletRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            messages.getMessage("problem.internal.detail", null, locale));
    body.setTitle(messages.getMessage("problem.internal.title", null, locale));
    body.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.internalServerError()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    ProblemDetail body = ex.getBody();
    MediaType sent = ex.getContentType();
    List<MediaType> supported = ex.getSupportedMediaTypes();
    boolean uploads = supported.stream().anyMatch(MediaType.MULTIPART_FORM_DATA::isCompatibleWith);
    boolean json = supported.stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith);
    body.setDetail(
        (json
                ? "Send the resume as application/json"
                    + (uploads ? ", or a file as multipart/form-data" : "")
                : "Send the file as multipart/form-data, in a form field named \"file\"")
            + (sent == null ? " (the request had no Content-Type)." : ", not " + sent.getType()
                + "/" + sent.getSubtype() + "."));
    body.setProperty("header", "Content-Type");
    body.setProperty(
        "supported", ex.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
    return handleExceptionInternal(ex, body, headers, status, request);
  }

  /**
   * An upload over {@code spring.servlet.multipart.max-file-size} or {@code max-request-size}:
   * refused while the servlet container read it, before any controller saw it.
   */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    long max = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() : maxUploadBytes;
    String size = max % (1024 * 1024) == 0 ? max / (1024 * 1024) + " MB" : max / 1024 + " KB";
    ApiProblem problem = uploadLimit(ex);
    if (problem == null) {
      problem =
          ApiProblem.fieldTooLarge("file",
              "The upload is larger than this server accepts (" + size + "). A resume is rarely"
                  + " over 1 MB: save it without large pictures and try again.",
              "maxBytes", max);
    }
    ResponseEntity<ProblemDetail> answer =
        apiProblem(problem, ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class));
    return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
        .body(answer.getBody());
  }

  /**
   * The multipart limit that is not about bytes, if that is what refused the upload: too many
   * parts, or a part whose header (its name, file name and type) is over the container's limit.
   * Spring reports every multipart limit as "size exceeded"; the container's exception says
   * which limit it was.
   */
  private ApiProblem uploadLimit(Throwable refusal) {
    for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
      if (cause instanceof FileCountLimitExceededException count) {
        return ApiProblem.tooManyParts(count.getLimit());
      }
      if (cause instanceof FileSizeLimitExceededException) {
        return null;
      }
      if (cause instanceof SizeLimitExceededException size
          && size.getPermittedSize() != maxUploadRequestBytes) {
        // the only other size the container counts in a multipart body: one part's header
        return ApiProblem.partHeaderTooLarge(size.getPermittedSize());
      }
    }
    return null;
  }

  /** A multipart body that cannot be read (cut short, no boundary, not multipart at all). */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadableUpload(HttpServletRequest request) {
    return apiProblem(
        ApiProblem.unreadableBody(
            "The upload could not be read as multipart/form-data; send the file as the part"
                + " \"file\"."),
        request);
  }

  /** Pages get the HTML error page; API clients get problem+json. */
  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    if (request instanceof NativeWebRequest web
        && web.getNativeRequest() instanceof HttpServletRequest servlet
        && web.getNativeResponse() instanceof HttpServletResponse response
        && wantsPage(servlet)) {
      try {
        response.sendError(HttpStatus.NOT_FOUND.value());
        return null;
      } catch (IOException e) {
        // fall through to the problem document
      }
    }
    ProblemDetail body = ex.getBody();
    body.setDetail(
        messages.getMessage("problem.no-resource.detail", null, LocaleContextHolder.getLocale()));
    return handleExceptionInternal(ex, body, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode,
      WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(ex, body, headers, statusCode, request);
    if (response != null && response.getBody() instanceof ProblemDetail) {
      return ResponseEntity.status(response.getStatusCode())
          .headers(response.getHeaders())
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(response.getBody());
    }
    return response;
  }

  private static boolean wantsPage(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/") && BrowserRequests.wantsPage(request);
  }
}
