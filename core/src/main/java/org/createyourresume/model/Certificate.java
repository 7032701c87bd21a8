package org.createyourresume.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of {@code certificates}. */
public record Certificate(
    String name, String date, String url, String issuer, Map<String, JsonNode> unknown) {

  public Certificate {
    unknown = Unknown.fields(unknown);
  }
}
