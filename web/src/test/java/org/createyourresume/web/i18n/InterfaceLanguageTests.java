package org.createyourresume.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which interface language a request gets: the choice, else Accept-Language, else English. */
class InterfaceLanguageTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "de-DE             | de",
        "de-DE,de;q=0.9,en;q=0.8 | de",
        "fr-CA,fr;q=0.9    | fr",
        "pt-BR             | pt",
        "es-419            | es",
        "hi-IN,en;q=0.5    | hi",
        "ja-JP,de;q=0.5    | de",
        "ja-JP             | en",
        "de;q=0,fr         | fr",
        "*                 | en",
        "en-GB             | en",
      })
  void acceptLanguageGivesTheFirstOfOurLanguagesInTheBrowsersOrder(String header, String tag) {
    assertThat(InterfaceLanguage.fromAcceptLanguage(header).tag()).isEqualTo(tag);
  }

  @Test
  void anUnreadableOrMissingHeaderGivesEnglish() {
    assertThat(InterfaceLanguage.fromAcceptLanguage(null)).isEqualTo(InterfaceLanguage.DEFAULT);
    assertThat(InterfaceLanguage.fromAcceptLanguage("")).isEqualTo(InterfaceLanguage.DEFAULT);
    assertThat(InterfaceLanguage.fromAcceptLanguage(";;;q=x")).isEqualTo(InterfaceLanguage.DEFAULT);
    assertThat(InterfaceLanguage.DEFAULT.tag()).isEqualTo("en");
  }

  @Test
  void theExplicitChoiceWinsOverTheBrowser() {
    assertThat(InterfaceLanguage.choose("hi", "de-DE").tag()).isEqualTo("hi");
    assertThat(InterfaceLanguage.choose("pt_BR", "de-DE").tag()).isEqualTo("pt");
    // a cookie naming a language we do not have is ignored, not obeyed
    assertThat(InterfaceLanguage.choose("xx", "fr").tag()).isEqualTo("fr");
    assertThat(InterfaceLanguage.choose(null, null).tag()).isEqualTo("en");
  }

  @Test
  void theResolverReadsTheCookieBeforeAcceptLanguage() {
    LanguageCookieResolver resolver = new LanguageCookieResolver();
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", "de-DE");
    assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.GERMAN);
    request.setCookies(new Cookie("lang", "es"));
    assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("es");
  }

  @Test
  void aNewChoiceIsKeptInACookieAndAppliesAtOnce() {
    LanguageCookieResolver resolver = new LanguageCookieResolver();
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", "de-DE");
    MockHttpServletResponse response = new MockHttpServletResponse();
    resolver.setLocale(request, response, Locale.forLanguageTag("fr-CA"));
    assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.FRENCH);
    assertThat(response.getHeader("Set-Cookie")).startsWith("lang=fr;").contains("Path=/")
        .contains("SameSite=Lax").contains("Max-Age=31536000");
  }

  @Test
  void aChoiceWeHaveNoBundleForChangesNothing() {
    LanguageCookieResolver resolver = new LanguageCookieResolver();
    MockHttpServletRequest request = new MockHttpServletRequest();
    MockHttpServletResponse response = new MockHttpServletResponse();
    resolver.setLocale(request, response, Locale.JAPANESE);
    assertThat(response.getHeader("Set-Cookie")).isNull();
    assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
  }
}
