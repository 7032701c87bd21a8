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
 */
public record TemplateInfo(
    String id, String name, String description, String fontFamily, String accentColor,
    List<Swatch> swatches) {

  public TemplateInfo {
    swatches = List.copyOf(swatches);
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
