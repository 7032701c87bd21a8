package org.createyourresume.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of {@code publications}. */
public record Publication(
    String name,
    String publisher,
    String releaseDate,
    String url,
    String summary,
    Map<String, JsonNode> unknown) {

  public Publication {
    unknown = Unknown.fields(unknown);
  }
}
