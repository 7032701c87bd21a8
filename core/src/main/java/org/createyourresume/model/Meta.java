package org.createyourresume.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code meta}: JSON Resume's place for tooling configuration, where our {@link Design} lives
 * under the key {@value #DESIGN_KEY} so that other JSON Resume tools still read our files.
 */
public record Meta(
    String canonical,
    String version,
    String lastModified,
    Design design,
    Map<String, JsonNode> unknown) {

  /** The key of our extension object inside {@code meta}. */
  public static final String DESIGN_KEY = "createYourResume";

  public Meta {
    unknown = Unknown.fields(unknown);
  }
}
