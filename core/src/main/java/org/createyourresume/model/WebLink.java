package org.createyourresume.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a URL the user typed becomes: a link target that can only open a web page or an email,
 * and the short form printed on the page. Shared by the validator and the renderer so that the
 * warning and the output always agree.
 */
public final class WebLink {
  private WebLink() {}

  private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:");

  /**
   * The link for {@code url}: as written when it is http(s) or mailto; with {@code https://} in
   * front when it has no scheme but looks like an address ("linkedin.com/in/ann", "//ann.dev");
   * empty for anything else ({@code javascript:}, {@code data:}, {@code file:}, text).
   */
  public static Optional<String> href(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String u = url.strip();
    if (u.contains(" ")) {
      return Optional.empty();
    }
    if (!SCHEME.matcher(u).find()) {
      String bare = u.replaceFirst("^/+", "");
      return bare.contains(".") ? Optional.of("https://" + bare) : Optional.empty();
    }
    String lower = u.toLowerCase(Locale.ROOT);
    boolean web = lower.startsWith("https://") || lower.startsWith("http://");
    if (web && lower.replaceFirst("^https?://", "").isEmpty()) {
      return Optional.empty();
    }
    return web || lower.startsWith("mailto:") ? Optional.of(u) : Optional.empty();
  }

  /** "https://www.linkedin.com/in/ann/" → "linkedin.com/in/ann". */
  public static String display(String url) {
    String shown =
        url.strip()
            .replaceFirst("(?i)^https?://", "")
            .replaceFirst("^/+", "")
            .replaceFirst("(?i)^www\\.", "");
    return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
  }
}
