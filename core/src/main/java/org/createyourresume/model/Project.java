package org.createyourresume.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of {@code projects}. */
public record Project(
    String name,
    String description,
    List<String> highlights,
    List<String> keywords,
    String startDate,
    String endDate,
    String url,
    List<String> roles,
    String entity,
    String type,
    Map<String, JsonNode> unknown) {

  public Project {
    highlights = Unknown.list(highlights);
    keywords = Unknown.list(keywords);
    roles = Unknown.list(roles);
    unknown = Unknown.fields(unknown);
  }

  /** The highlights, empty when absent. */
  public List<String> highlightList() {
    return Unknown.orEmpty(highlights);
  }

  /** The keywords, empty when absent. */
  public List<String> keywordList() {
    return Unknown.orEmpty(keywords);
  }

  /** The roles, empty when absent. */
  public List<String> roleList() {
    return Unknown.orEmpty(roles);
  }
}
