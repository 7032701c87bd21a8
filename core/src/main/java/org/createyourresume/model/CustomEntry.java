package org.createyourresume.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of a {@link CustomSection}, laid out like a job: title, subtitle, dates, bullets. */
public record CustomEntry(
    String title,
    String subtitle,
    String location,
    String startDate,
    String endDate,
    String url,
    String summary,
    List<String> highlights,
    Map<String, JsonNode> unknown) {

  public CustomEntry {
    highlights = Unknown.list(highlights);
    unknown = Unknown.fields(unknown);
  }

  /** The bullets, empty when absent. */
  public List<String> highlightList() {
    return Unknown.orEmpty(highlights);
  }
}
