package org.createyourresume.render;

import java.util.List;
import java.util.Objects;

/**
 * A template as users pick it.
 *
 * @param id what to pass as the template, e.g. {@code classic}
 * @param name display name
 * @param description one sentence on its look and who it suits
 * @param fontFamily its default font family
 * @param accentColor its default accent colour, {@code #rrggbb}; always one of {@code swatches}
 * @param swatches accent colours chosen to suit it, six to eight, the default among them; each
 *     dark enough for text on white (contrast at least 4.5:1), since the accent colours names
 *     and headings
 * @param columns 1, or 2 for a design with a sidebar
 * @param photo whether the design has a photo slot (the photo prints only when the resume has one)
 * @param style its look, one of {@link #STYLES}
 * @param bestFor who it suits best, some of {@link #AUDIENCES}
 */
public record TemplateInfo(
    String id, String name, String description, String fontFamily, String accentColor,
    List<Swatch> swatches, int columns, boolean photo, String style, List<String> bestFor) {

  /** The looks a template may have, as the gallery filters them. */
  public static final List<String> STYLES = List.of("traditional", "modern", "minimal", "bold");

  /** The people a template may suit best, as the gallery filters them. */
  public static final List<String> AUDIENCES =
      List.of("fresher", "experienced", "manager", "it", "academic");

  public TemplateInfo {
    swatches = List.copyOf(swatches);
    bestFor = List.copyOf(bestFor);
    if (columns != 1 && columns != 2) {
      throw new IllegalArgumentException("template " + id + ": columns is 1 or 2");
    }
    if (!STYLES.contains(style)) {
      throw new IllegalArgumentException("template " + id + ": unknown style " + style);
    }
    if (bestFor.isEmpty() || !AUDIENCES.containsAll(bestFor)) {
      throw new IllegalArgumentException("template " + id + ": bestFor must name some of "
          + AUDIENCES);
    }
  }

  /**
   * An accent colour offered with a template.
   *
   * @param name what to call it, e.g. {@code Navy}
   * @param color {@code #rrggbb}
   */
  public record Swatch(String name, String color) {

    public Swatch {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(color, "color");
    }
  }
}
