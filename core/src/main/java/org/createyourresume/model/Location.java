package org.createyourresume.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** {@code basics.location}. */
public record Location(
    String address,
    String postalCode,
    String city,
    String countryCode,
    String region,
    Map<String, JsonNode> unknown) {

  public Location {
    unknown = Unknown.fields(unknown);
  }
}
