package org.createyourresume.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of {@code references}. */
public record Reference(String name, String reference, Map<String, JsonNode> unknown) {

  public Reference {
    unknown = Unknown.fields(unknown);
  }
}
