package org.createyourresume.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of {@code education}; {@code studyType} is the degree, {@code area} the subject. */
public record Education(
    String institution,
    String url,
    String area,
    String studyType,
    String startDate,
    String endDate,
    String score,
    List<String> courses,
    Map<String, JsonNode> unknown) {

  public Education {
    courses = Unknown.list(courses);
    unknown = Unknown.fields(unknown);
  }

  /** The courses, empty when absent. */
  public List<String> courseList() {
    return Unknown.orEmpty(courses);
  }
}
