package org.createyourresume.web.i18n;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Wires the interface languages into Spring MVC: the resolver every request's locale comes from,
 * {@code ?lang=xx} on any page as the switcher's way to make (and keep) a choice, and the
 * Devanagari face the pages fall back to for Hindi.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

  /** Spring MVC looks the resolver up by this bean name. */
  @Bean(name = "localeResolver")
  LocaleResolver localeResolver() {
    return new LanguageCookieResolver();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName(LanguageCookieResolver.COOKIE);
    // ?lang=<anything odd> shows the page in the current language instead of failing it
    change.setIgnoreInvalidLocale(true);
    // the API speaks through Accept-Language only, and never reads a query it has no use for
    registry.addInterceptor(change).excludePathPatterns("/api/**", "/actuator/**");
  }

  /**
   * The core's Noto Sans Devanagari (OFL), served for the interface: many computers have no
   * Devanagari font, and Hindi would show as empty boxes. The style sheet names it with a
   * {@code unicode-range}, so a browser fetches it only for pages with Devanagari text and only
   * when no font of its own has the letters.
   */
  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/fonts/devanagari/**")
        .addResourceLocations("classpath:/org/createyourresume/render/fonts/noto-sans-devanagari/");
  }
}
