package org.createyourresume.web.i18n;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Wires the interface languages into Spring MVC: the resolver every request's locale comes from,
 * and {@code ?lang=xx} on any page as the switcher's way to make (and keep) a choice.
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
}
