package org.createyourresume.web.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** What a request says about its client, for pages that answer browsers and API clients alike. */
public final class BrowserRequests {
  private BrowserRequests() {}

  /**
   * Whether the client asked for HTML by name (a browser), rather than accepting anything: such a
   * client gets an HTML page where an API client gets problem+json. An unreadable Accept header
   * counts as not asking.
   */
  public static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(t -> !t.isWildcardType() && t.isCompatibleWith(MediaType.TEXT_HTML));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
