package org.createyourresume.web.system;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.web.i18n.InterfaceLanguage;
import org.createyourresume.web.i18n.LanguageCookieResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a request that failed where none of our handlers could speak: refused by the
 * servlet container before the application saw it, or sent to the error page. Browsers get the
 * site's HTML error page for the status; everyone else an RFC 9457 problem in our own words, with
 * a stable type, worded (as the page is) in the language of the cookie or Accept-Language. Nothing from the failure itself (an exception's message, a stack trace) is ever
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

  /**
   * What a failure with {@code status} is called, and what the client should know about it: the
   * problem's stable type, and the bundle keys of its title and detail ({@code
   * problem.reply.<key>.title} and {@code .detail}) with the detail's arguments.
   */
  record Meaning(String type, String key, Object... detailArguments) {}

  /** Our words for a status that reached the error path. */
  static Meaning meaning(int status) {
    return switch (status) {
      case 400 -> new Meaning("malformed-request", "malformed-request");
      case 404 -> new Meaning("not-found", "not-found");
      case 405 -> new Meaning("method-not-allowed", "method-not-allowed");
      case 408 -> new Meaning("request-timeout", "request-timeout");
      case 413 -> new Meaning("too-large", "too-large");
      case 414 -> new Meaning("uri-too-long", "uri-too-long");
      case 431 -> new Meaning("headers-too-large", "headers-too-large");
      case 503 -> new Meaning("busy", "busy");
      default -> status >= 500
          ? new Meaning("internal-error", "internal-error")
          : new Meaning("http-" + status, "refused", status);
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
    ResourceBundle words = bundle(LanguageCookieResolver.language(request));
    String key = "problem.reply." + meaning.key();
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", TYPE_PREFIX + meaning.type());
    problem.put("title", words.getString(key + ".title"));
    problem.put("status", status);
    problem.put("detail", meaning.detailArguments().length == 0
        ? words.getString(key + ".detail")
        : new MessageFormat(words.getString(key + ".detail"), words.getLocale())
            .format(meaning.detailArguments()));
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
   * {@code {{lang}}} its tag.
   */
  static String worded(String page, InterfaceLanguage language) {
    ResourceBundle words = bundle(language);
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

  /**
   * The interface's bundle of {@code language}, read without Spring: Tomcat's own refusals come
   * here before the application sees the request.
   */
  private static ResourceBundle bundle(InterfaceLanguage language) {
    return ResourceBundle.getBundle("i18n.messages", language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String read(String resource) {
    try (InputStream in = ErrorReplies.class.getResourceAsStream(resource)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
