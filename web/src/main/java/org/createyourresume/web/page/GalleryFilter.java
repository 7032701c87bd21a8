package org.createyourresume.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.i18n.Messages;

/**
 * What the template gallery is narrowed to, read from the query of {@code /templates}: {@code
 * columns=1|2}, {@code photo=yes|no}, {@code style=} one of {@link TemplateInfo#STYLES} and {@code
 * bestFor=} one of {@link TemplateInfo#AUDIENCES}. A missing or empty parameter means "any"; other
 * parameters are none of the gallery's business and are ignored.
 *
 * @param columns 1 or 2, or {@code null} for any
 * @param photo whether the design has a photo slot, or {@code null} for any
 * @param style one of {@link TemplateInfo#STYLES}, or {@code null} for any
 * @param bestFor one of {@link TemplateInfo#AUDIENCES}, or {@code null} for any
 */
record GalleryFilter(Integer columns, Boolean photo, String style, String bestFor) {

  /** Every template. */
  static final GalleryFilter ANY = new GalleryFilter(null, null, null, null);

  static final String COLUMNS = "columns";
  static final String PHOTO = "photo";
  static final String STYLE = "style";
  static final String BEST_FOR = "bestFor";

  GalleryFilter {
    if (columns != null && columns != 1 && columns != 2) {
      throw new IllegalArgumentException("columns is 1 or 2");
    }
    if (style != null && !TemplateInfo.STYLES.contains(style)) {
      throw new IllegalArgumentException("unknown style " + style);
    }
    if (bestFor != null && !TemplateInfo.AUDIENCES.contains(bestFor)) {
      throw new IllegalArgumentException("unknown audience " + bestFor);
    }
  }

  /**
   * The filter a query asks for, as the servlet API gives parameters (each name with its values).
   *
   * @throws BadFilter naming the first parameter whose value is not one the gallery offers, or
   *     that is given twice with different values
   */
  static GalleryFilter parse(Map<String, String[]> query) {
    String columns = single(query, COLUMNS);
    String photo = single(query, PHOTO);
    String style = single(query, STYLE);
    String bestFor = single(query, BEST_FOR);
    return new GalleryFilter(
        columns == null ? null : switch (columns) {
          case "1" -> 1;
          case "2" -> 2;
          default -> throw new BadFilter(COLUMNS, columns, List.of("1", "2"));
        },
        photo == null ? null : switch (photo) {
          case "yes" -> true;
          case "no" -> false;
          default -> throw new BadFilter(PHOTO, photo, List.of("yes", "no"));
        },
        oneOf(STYLE, style, TemplateInfo.STYLES),
        oneOf(BEST_FOR, bestFor, TemplateInfo.AUDIENCES));
  }

  /** The one value of a parameter, lower case; {@code null} when absent or empty. */
  private static String single(Map<String, String[]> query, String name) {
    String[] values = query.get(name);
    String found = null;
    for (String value : values == null ? new String[0] : values) {
      String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
      if (v.isEmpty()) {
        continue;
      }
      if (found != null && !found.equals(v)) {
        // two different answers to one question: the page cannot show both
        throw new BadFilter(name, found + "\" and \"" + v, List.of());
      }
      found = v;
    }
    return found;
  }

  private static String oneOf(String name, String value, List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      throw new BadFilter(name, value, allowed);
    }
    return value;
  }

  /** Whether {@code template} is one this filter lets through. */
  boolean matches(TemplateInfo template) {
    return (columns == null || columns == template.columns())
        && (photo == null || photo == template.photo())
        && (style == null || style.equals(template.style()))
        && (bestFor == null || template.bestFor().contains(bestFor));
  }

  /** Whether this filter lets every template through. */
  boolean isAny() {
    return columns == null && photo == null && style == null && bestFor == null;
  }

  /** How many questions this filter answers, as the folded filter form says it: "2 chosen". */
  String chosenLabel(Messages t) {
    long chosen =
        java.util.stream.Stream.of(columns, photo, style, bestFor).filter(v -> v != null).count();
    return chosen == 0 ? "" : t.get("templates.chosen", chosen);
  }

  /** The query that asks for this filter, without {@code ?}: empty for {@link #ANY}. */
  String query() {
    List<String> parts = new ArrayList<>();
    if (columns != null) {
      parts.add(COLUMNS + "=" + columns);
    }
    if (photo != null) {
      parts.add(PHOTO + "=" + (photo ? "yes" : "no"));
    }
    if (style != null) {
      parts.add(STYLE + "=" + style);
    }
    if (bestFor != null) {
      parts.add(BEST_FOR + "=" + bestFor);
    }
    return String.join("&", parts);
  }

  /** How the gallery names a style or an audience value: "Modern", "IT". */
  static String label(String value, Messages t) {
    // each key written out, so that the bundle tests see it used
    return t.get(switch (value) {
      case "traditional" -> "templates.style.traditional";
      case "modern" -> "templates.style.modern";
      case "minimal" -> "templates.style.minimal";
      case "bold" -> "templates.style.bold";
      case "fresher" -> "templates.audience.fresher";
      case "experienced" -> "templates.audience.experienced";
      case "manager" -> "templates.audience.manager";
      case "it" -> "templates.audience.it";
      case "academic" -> "templates.audience.academic";
      default -> throw new IllegalArgumentException("no words for " + value);
    });
  }

  /**
   * A filter value the gallery does not offer.
   *
   * @see #parameter()
   */
  static final class BadFilter extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String shown;
    private final List<String> allowed;

    BadFilter(String parameter, String value, List<String> allowed) {
      super(parameter, null, false, false);
      this.parameter = parameter;
      String printable = value.replaceAll("\\p{Cntrl}", "?");
      this.shown = printable.length() > 40 ? printable.substring(0, 37) + "…" : printable;
      this.allowed = List.copyOf(allowed);
    }

    /** The query parameter at fault. */
    String parameter() {
      return parameter;
    }

    /** What was wrong and what to send instead, written for a person (in English, for the API). */
    String detail() {
      return allowed.isEmpty()
          ? "The filter " + parameter + " was given twice, as \"" + shown + "\"; give it once."
          : "The filter " + parameter + "=\"" + shown + "\" is not one the gallery offers: use "
              + String.join(", ", allowed) + ", or leave it out for any.";
    }

    /** The same, in the words of the page's language. */
    String detail(Messages t) {
      return allowed.isEmpty()
          ? t.get("templates.bad-filter.twice", parameter, shown)
          : t.get("templates.bad-filter.value", parameter, shown, String.join(", ", allowed));
    }
  }
}
