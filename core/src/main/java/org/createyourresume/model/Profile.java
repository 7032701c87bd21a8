package org.createyourresume.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of {@code basics.profiles}: a social or professional network. */
public record Profile(String network, String username, String url, Map<String, JsonNode> unknown) {

  public Profile {
    unknown = Unknown.fields(unknown);
  }
}
