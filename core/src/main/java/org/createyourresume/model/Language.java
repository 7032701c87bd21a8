package org.createyourresume.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of {@code languages}: a spoken language and how well. */
public record Language(String language, String fluency, Map<String, JsonNode> unknown) {

  public Language {
    unknown = Unknown.fields(unknown);
  }
}
