package org.createyourresume.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of {@code interests}. */
public record Interest(String name, List<String> keywords, Map<String, JsonNode> unknown) {

  public Interest {
    keywords = Unknown.list(keywords);
    unknown = Unknown.fields(unknown);
  }

  /** The keywords, empty when absent. */
  public List<String> keywordList() {
    return Unknown.orEmpty(keywords);
  }
}
