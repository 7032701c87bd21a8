package org.createyourresume.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One group of {@code skills}: a name (e.g. "Languages"), a level and its keywords. */
public record Skill(String name, String level, List<String> keywords, Map<String, JsonNode> unknown) {

  public Skill {
    keywords = Unknown.list(keywords);
    unknown = Unknown.fields(unknown);
  }

  /** The keywords, empty when absent. */
  public List<String> keywordList() {
    return Unknown.orEmpty(keywords);
  }
}
