package org.createyourresume.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A section JSON Resume has no place for (talks, patents, teaching, …). Its {@code id} names it
 * in {@link Design#sectionOrder()} and {@link Design#hiddenSections()}.
 */
public record CustomSection(
    String id, String title, List<CustomEntry> entries, Map<String, JsonNode> unknown) {

  public CustomSection {
    entries = Unknown.list(entries);
    unknown = Unknown.fields(unknown);
  }

  /** The entries, empty when absent. */
  public List<CustomEntry> entryList() {
    return Unknown.orEmpty(entries);
  }
}
