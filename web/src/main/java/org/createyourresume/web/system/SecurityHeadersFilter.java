package org.createyourresume.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response. Scripts may only come from this server as files: no inline
 * script, no {@code eval}; the page may not be framed by other sites.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

  /** Our pages and API: every script and style is a file from this origin. */
  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
          + "font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; "
          + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The springdoc API browser sets inline styles on its elements; its scripts are still files
   * only.
   */
  static final String API_BROWSER_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
          + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * A lesson diagram opened on its own: it may style itself, and nothing else; sandboxed, so
   * even a script that slipped past the start-up check could not run.
   */
  static final String DIAGRAM_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    apply(request.getRequestURI(), response);
    chain.doFilter(request, response);
  }

  /**
   * Error pages too: a request refused before any handler (a method the container does not
   * allow, such as TRACE) is answered by the error dispatch alone, and must carry the headers.
   */
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  /**
   * Sets the headers for a response to {@code path}; also used where no filter runs (the
   * container's own error reports, see {@link ProblemReportValve}).
   */
  static void apply(String path, HttpServletResponse response) {
    String where = path == null ? "" : path;
    response.setHeader(
        "Content-Security-Policy",
        where.startsWith("/swagger-ui") ? API_BROWSER_POLICY
            : where.startsWith("/learn/") && where.endsWith(".svg") ? DIAGRAM_POLICY : POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  }
}
