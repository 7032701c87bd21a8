package org.createyourresume.render.theme;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.createyourresume.model.DateFormat;
import org.createyourresume.model.Design;
import org.createyourresume.model.Margins;
import org.createyourresume.model.PageSize;
import org.createyourresume.render.RenderDiagnostic;

/**
 * Applies a resume's design settings to a theme. A setting that is missing takes the theme's
 * default; one that is invalid does too, with a diagnostic, so that a render never fails on
 * style.
 */
public final class StyleResolver {

  private static final Pattern COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
  private static final String POINTER = "/meta/createYourResume/";
  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  private final Set<String> fontFamilies;

  /** @param fontFamilies the font families that can be rendered */
  public StyleResolver(Set<String> fontFamilies) {
    this.fontFamilies = fontFamilies;
  }

  public Style resolve(Design design, Theme theme, Consumer<RenderDiagnostic> diagnostics) {
    String font = theme.fontFamily();
    if (design.fontFamily() != null) {
      String wanted =
          fontFamilies.stream()
              .filter(f -> f.equalsIgnoreCase(design.fontFamily()))
              .findFirst()
              .orElse(null);
      if (wanted == null) {
        ignored(diagnostics, "fontFamily", "unknown font \"" + design.fontFamily() + "\"", font);
      } else {
        font = wanted;
      }
    }
    String accent = theme.accentColor();
    if (design.accentColor() != null) {
      if (COLOUR.matcher(design.accentColor()).matches()) {
        accent = design.accentColor();
      } else {
        ignored(diagnostics, "accentColor", "\"" + design.accentColor() + "\" is not a colour",
            accent);
      }
    }
    accent = longHex(accent);
    Margins m = design.margins() == null ? Margins.all(Double.NaN) : design.margins();
    PageSize pageSize = PageSize.A4;
    if (design.pageSize() != null) {
      pageSize = PageSize.ofLabel(design.pageSize()).orElse(null);
      if (pageSize == null) {
        ignored(diagnostics, "pageSize", "\"" + design.pageSize() + "\" is not a page size", "A4");
        pageSize = PageSize.A4;
      }
    }
    DateFormat dateFormat = DateFormat.SHORT_MONTH;
    if (design.dateFormat() != null) {
      dateFormat = DateFormat.ofPattern(design.dateFormat()).orElse(null);
      if (dateFormat == null) {
        ignored(diagnostics, "dateFormat", "\"" + design.dateFormat() + "\" is not a date format",
            DateFormat.SHORT_MONTH.pattern());
        dateFormat = DateFormat.SHORT_MONTH;
      }
    }
    return new Style(
        theme,
        font,
        within(design.fontSize(), 7, 16, theme.fontSize(), "fontSize", diagnostics),
        accent,
        mix(accent, 0.9),
        within(m.top(), 5, 50, theme.margins().get(0), "margins/top", diagnostics),
        within(m.right(), 5, 50, theme.margins().get(1), "margins/right", diagnostics),
        within(m.bottom(), 5, 50, theme.margins().get(2), "margins/bottom", diagnostics),
        within(m.left(), 5, 50, theme.margins().get(3), "margins/left", diagnostics),
        within(design.lineSpacing(), 0.9, 2.5, theme.lineSpacing(), "lineSpacing", diagnostics),
        pageSize,
        dateFormat,
        locale(design.language(), diagnostics));
  }

  private static double within(
      Double value, double min, double max, double fallback, String field,
      Consumer<RenderDiagnostic> diagnostics) {
    if (value == null || value.isNaN()) {
      return fallback;
    }
    if (value < min || value > max) {
      ignored(diagnostics, field, value + " is out of range (" + min + " to " + max + ")",
          String.valueOf(fallback));
      return fallback;
    }
    return value;
  }

  private static Locale locale(String tag, Consumer<RenderDiagnostic> diagnostics) {
    if (tag == null || tag.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
      String language = locale.getLanguage();
      if (ISO_LANGUAGES.contains(language) || language.length() == 3) {
        return locale;
      }
    } catch (IllformedLocaleException e) {
      // reported below
    }
    ignored(diagnostics, "language", "\"" + tag + "\" is not a language tag", "en");
    return Locale.ENGLISH;
  }

  private static void ignored(
      Consumer<RenderDiagnostic> diagnostics, String field, String why, String used) {
    diagnostics.accept(
        new RenderDiagnostic(
            "design.ignored", POINTER + field, why + "; the template's " + used + " is used"));
  }

  static String longHex(String colour) {
    String c = colour.toLowerCase(Locale.ROOT);
    if (c.length() == 4) {
      return "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
    }
    return c;
  }

  /** {@code colour} moved towards white by {@code whiteShare} (0–1). */
  static String mix(String colour, double whiteShare) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    int r = blend((rgb >> 16) & 0xff, whiteShare);
    int g = blend((rgb >> 8) & 0xff, whiteShare);
    int b = blend(rgb & 0xff, whiteShare);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  private static int blend(int channel, double whiteShare) {
    return (int) Math.round(channel + (255 - channel) * whiteShare);
  }
}
