package org.createyourresume.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of {@code volunteer}. */
public record Volunteer(
    String organization,
    String position,
    String url,
    String startDate,
    String endDate,
    String summary,
    List<String> highlights,
    Map<String, JsonNode> unknown) {

  public Volunteer {
    highlights = Unknown.list(highlights);
    unknown = Unknown.fields(unknown);
  }

  /** The highlights, empty when absent. */
  public List<String> highlightList() {
    return Unknown.orEmpty(highlights);
  }
}
