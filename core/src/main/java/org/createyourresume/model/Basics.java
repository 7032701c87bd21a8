package org.createyourresume.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** {@code basics}: who the resume is about and how to reach them. */
public record Basics(
    String name,
    String label,
    String image,
    String email,
    String phone,
    String url,
    String summary,
    Location location,
    List<Profile> profiles,
    Map<String, JsonNode> unknown) {

  public Basics {
    profiles = Unknown.list(profiles);
    unknown = Unknown.fields(unknown);
  }

  /** The profiles, empty when absent. */
  public List<Profile> profileList() {
    return Unknown.orEmpty(profiles);
  }
}
