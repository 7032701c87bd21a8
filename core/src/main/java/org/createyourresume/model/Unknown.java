package org.createyourresume.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Defensive copies shared by the records of this package. */
final class Unknown {
  private Unknown() {}

  /** Unknown JSON fields, in document order, never null. */
  static Map<String, JsonNode> fields(Map<String, JsonNode> fields) {
    if (fields == null || fields.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** An immutable copy, keeping {@code null} (absent) apart from an empty list. */
  static <T> List<T> list(List<T> list) {
    return list == null ? null : List.copyOf(list);
  }

  /** The list, or an empty one when absent. */
  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
