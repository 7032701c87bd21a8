package org.createyourresume.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One job in {@code work}; {@code name} is the employer. */
public record Work(
    String name,
    String location,
    String description,
    String position,
    String url,
    String startDate,
    String endDate,
    String summary,
    List<String> highlights,
    Map<String, JsonNode> unknown) {

  public Work {
    highlights = Unknown.list(highlights);
    unknown = Unknown.fields(unknown);
  }

  /** The highlights, empty when absent. */
  public List<String> highlightList() {
    return Unknown.orEmpty(highlights);
  }
}
