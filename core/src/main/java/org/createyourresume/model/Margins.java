package org.createyourresume.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Page margins in millimetres; a {@code null} side takes the template's default. */
public record Margins(
    Double top, Double right, Double bottom, Double left, Map<String, JsonNode> unknown) {

  public Margins {
    unknown = Unknown.fields(unknown);
  }

  /** The same margin on all four sides. */
  public static Margins all(double millimetres) {
    return new Margins(millimetres, millimetres, millimetres, millimetres, null);
  }
}
