package org.createyourresume.web.system;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.web.i18n.InterfaceLanguage;
import org.createyourresume.web.i18n.LanguageCookieResolver;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a request that failed where none of our handlers could speak: refused by the
 * servlet container before the application saw it, or sent to the error page. Browsers get the
 * site's HTML error page for the status; everyone else an RFC 9457 problem in our own words, with
 * a stable type. Nothing from the failure itself (an exception's message, a stack trace) is ever
 * part of it.
 */
final class ErrorReplies {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TYPE_PREFIX = "urn:createyourresume:problem:";
  private static final Map<String, String> PAGES = new ConcurrentHashMap<>();
  private static final Pattern MARKER = Pattern.compile("\\{\\{([a-z0-9.-]+)}}");

  private ErrorReplies() {}

  /** A reply ready to send: its media type (with charset) and its text. */
  record Reply(String contentType, String body) {}

  /** What a failure with {@code status} is called, and what the client should know about it. */
  record Meaning(String type, String title, String detail) {}

  /** Our words for a status that reached the error path. */
  static Meaning meaning(int status) {
    return switch (status) {
      case 400 -> new Meaning("malformed-request", "Bad request",
          "The request could not be read: its address or headers are not valid for this server"
              + " (for example an encoded slash %2F or a NUL byte %00 in the path, a malformed"
              + " percent-encoding, or headers larger than the server accepts).");
      case 404 -> new Meaning("not-found", "Not found", "There is nothing at this address.");
      case 405 -> new Meaning("method-not-allowed", "Method not allowed",
          "This address does not answer that HTTP method; the Allow header lists the ones it"
              + " does.");
      case 408 -> new Meaning("request-timeout", "Request timeout",
          "The request took too long to arrive. Please send it again.");
      case 413 -> new Meaning("too-large", "Too large",
          "The request is larger than this server accepts.");
      case 414 -> new Meaning("uri-too-long", "URI too long",
          "The address is longer than this server accepts.");
      case 431 -> new Meaning("headers-too-large", "Request headers too large",
          "The request's headers are larger than this server accepts.");
      case 503 -> new Meaning("busy", "Server busy",
          "The server cannot answer right now. Please retry in a moment.");
      default -> {
        if (status >= 500) {
          yield new Meaning("internal-error", "Internal error",
              "Something went wrong on our side. Please try again; if it keeps happening, report"
                  + " it.");
        }
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Request refused" : known.getReasonPhrase();
        yield new Meaning("http-" + status, reason,
            "The request was refused (HTTP " + status + " " + reason + ").");
      }
    };
  }

  /**
   * The reply to {@code request}, which failed with {@code status}; {@code path} is the address
   * the client asked for (an error dispatch has its own).
   */
  static Reply reply(HttpServletRequest request, int status, String path) {
    boolean api = path != null && path.startsWith("/api/");
    if (!api && BrowserRequests.wantsPage(request)) {
      return new Reply("text/html;charset=UTF-8",
          worded(page(status), LanguageCookieResolver.language(request)));
    }
    Meaning meaning = meaning(status);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", TYPE_PREFIX + meaning.type());
    problem.put("title", meaning.title());
    problem.put("status", status);
    problem.put("detail", meaning.detail());
    if (path != null && !path.isEmpty() && path.length() <= 200 && path.startsWith("/")) {
      problem.put("instance", path.replaceAll("\\p{Cntrl}", "?"));
    }
    return new Reply("application/problem+json;charset=UTF-8", JSON.writeValueAsString(problem));
  }

  /**
   * The site's page for {@code status}: its own, else the one for its class (4xx, 5xx). The pages
   * hold {@code {{key}}} where their words go, filled from the interface's bundles by
   * {@link #worded}; they are not static files, so no one is served the page unfilled.
   */
  private static String page(int status) {
    String own = PAGES.computeIfAbsent("/error-pages/" + status + ".html", ErrorReplies::read);
    if (!own.isEmpty()) {
      return own;
    }
    return PAGES.computeIfAbsent(
        "/error-pages/" + (status >= 500 ? "5xx" : "4xx") + ".html", ErrorReplies::read);
  }

  /**
   * The page with its {@code {{key}}} markers filled in {@code language} (escaped for HTML) and
   * {@code {{lang}}} its tag. The bundles are read without Spring: Tomcat's own refusals come
   * here before the application sees the request.
   */
  static String worded(String page, InterfaceLanguage language) {
    ResourceBundle words =
        ResourceBundle.getBundle("i18n.messages", language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Matcher marker = MARKER.matcher(page);
    StringBuilder html = new StringBuilder(page.length() + 256);
    while (marker.find()) {
      String key = marker.group(1);
      String text = key.equals("lang") ? language.tag() : words.getString(key);
      StringOutput escaped = new StringOutput();
      Escape.htmlContent(text, escaped);
      marker.appendReplacement(html, Matcher.quoteReplacement(escaped.toString()));
    }
    marker.appendTail(html);
    return html.toString();
  }

  private static String read(String resource) {
    try (InputStream in = ErrorReplies.class.getResourceAsStream(resource)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
