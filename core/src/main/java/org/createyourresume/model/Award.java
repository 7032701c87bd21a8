package org.createyourresume.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of {@code awards}. */
public record Award(
    String title, String date, String awarder, String summary, Map<String, JsonNode> unknown) {

  public Award {
    unknown = Unknown.fields(unknown);
  }
}
