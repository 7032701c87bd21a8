package org.createyourresume.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Resolves each request's interface language with {@link InterfaceLanguage#choose}: the
 * {@code lang} cookie, else Accept-Language, else English. Only languages we have bundles for
 * are ever resolved, so {@code <html lang>} always names the language the page is written in.
 * A new choice ({@code ?lang=de}, through Spring's LocaleChangeInterceptor) is kept in the cookie
 * for a year and applies to the request that made it.
 */
public final class LanguageCookieResolver implements LocaleResolver {

  /** The cookie that keeps a visitor's explicit choice. */
  static final String COOKIE = "lang";

  private static final String CHOSEN = LanguageCookieResolver.class.getName() + ".chosen";
  private static final Duration KEPT = Duration.ofDays(365);

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return language(request).locale();
  }

  /**
   * The interface language of the request, also where Spring MVC is not involved (the servlet
   * container's own error pages).
   */
  public static InterfaceLanguage language(HttpServletRequest request) {
    if (request.getAttribute(CHOSEN) instanceof InterfaceLanguage chosen) {
      return chosen;
    }
    return InterfaceLanguage.choose(cookie(request), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    if (locale == null) {
      return;
    }
    // a language we have no bundle for is ignored rather than refused: the page still shows
    InterfaceLanguage.of(locale.toLanguageTag()).ifPresent(language -> {
      request.setAttribute(CHOSEN, language);
      if (response != null) {
        ResponseCookie cookie =
            ResponseCookie.from(COOKIE, language.tag()).path("/").maxAge(KEPT).sameSite("Lax")
                .secure(request.isSecure()).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
      }
    });
  }

  private static String cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }
}
