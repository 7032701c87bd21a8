package org.createyourresume.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.createyourresume.model.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object leniently: a value of the wrong type is converted when the
 * meaning is clear and skipped otherwise, always with a warning naming the field. Whatever it was
 * not asked for comes back from {@link #unknown()} so it can be written out again.
 */
final class FieldReader {

  private final JsonNode node;
  private final String pointer;
  private final String canonical;
  private final List<Problem> problems;
  private final Map<String, String> renames;
  private final Set<String> consumed = new HashSet<>();

  private FieldReader(
      JsonNode node, String pointer, String canonical, List<Problem> problems,
      Map<String, String> renames) {
    this.node = node;
    this.pointer = pointer;
    this.canonical = canonical;
    this.problems = problems;
    this.renames = renames;
  }

  /**
   * A reader over the document root.
   *
   * @param problems receives every adjustment, located by pointers into the source
   * @param renames receives, for every field read under an older name, the pointer it has in the
   *     model and the pointer it had in the source
   */
  static FieldReader root(JsonNode node, List<Problem> problems, Map<String, String> renames) {
    return of(node, "", "", problems, renames);
  }

  /** A reader over {@code node}, or {@code null} (with a warning) when it is not an object. */
  private static FieldReader of(
      JsonNode node, String pointer, String canonical, List<Problem> problems,
      Map<String, String> renames) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      problems.add(
          Problem.warning(
              "type.mismatch", pointer, "expected an object, found " + kind(node) + "; skipped"));
      return null;
    }
    return new FieldReader(node, pointer, canonical, problems, renames);
  }

  /** A reader over a nested object value, or {@code null} (with a warning). */
  FieldReader nested(JsonNode value, String sourcePointer, String canonicalPointer) {
    return of(value, sourcePointer, canonicalPointer, problems, renames);
  }

  String pointer() {
    return pointer;
  }

  String canonical() {
    return canonical;
  }

  List<Problem> problems() {
    return problems;
  }

  /**
   * The value under {@code name}, or under the first other name present, marking it read. When
   * both are present the standard name wins and the other is kept, unshown, with a warning.
   */
  private Named pick(String name, String... otherNames) {
    if (node.has(name)) {
      consumed.add(name);
      for (String other : otherNames) {
        if (node.has(other)) {
          problems.add(
              Problem.warning(
                  "field.duplicate",
                  Pointers.child(pointer, other),
                  "ignored because \"" + name + "\" is also present (kept in the file, not shown)"));
        }
      }
      return new Named(name, node.get(name));
    }
    for (String other : otherNames) {
      if (node.has(other)) {
        consumed.add(other);
        String source = Pointers.child(pointer, other);
        renames.put(Pointers.child(canonical, name), source);
        problems.add(
            Problem.warning(
                "field.renamed", source, "read as \"" + name + "\", the standard name of this field"));
        return new Named(other, node.get(other));
      }
    }
    return null;
  }

  private record Named(String name, JsonNode value) {}

  /** A text field. Numbers and booleans are read as their text; objects and arrays skipped. */
  String text(String name, String... legacyNames) {
    Named field = pick(name, legacyNames);
    return field == null ? null : textValue(field.value(), Pointers.child(pointer, field.name()));
  }

  /** A date field: JSON Resume form kept as is, other common forms converted with a warning. */
  String date(String name, String... legacyNames) {
    return date(false, name, legacyNames);
  }

  /** An end date: like {@link #date}, and "Present", "current" … mean no end date. */
  String endDate(String name) {
    return date(true, name);
  }

  private String date(boolean end, String name, String... legacyNames) {
    Named field = pick(name, legacyNames);
    if (field == null) {
      return null;
    }
    String where = Pointers.child(pointer, field.name());
    String text = textValue(field.value(), where);
    if (text == null || text.isEmpty()) {
      return text;
    }
    if (end && DateText.meansOngoing(text)) {
      problems.add(
          Problem.warning(
              "date.ongoing",
              where,
              "\"" + text + "\" read as no end date, which shows as \"Present\""));
      return null;
    }
    String normalised = DateText.normalise(text);
    if (normalised != null && !normalised.equals(text)) {
      problems.add(
          Problem.warning(
              "date.normalised", where, "\"" + text + "\" read as \"" + normalised + "\""));
      return normalised;
    }
    return text;
  }

  /** A number field; a numeric text is converted with a warning. */
  Double number(String name) {
    Named field = pick(name);
    if (field == null || field.value().isNull()) {
      return null;
    }
    JsonNode value = field.value();
    String where = Pointers.child(pointer, name);
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (value.isString()) {
      try {
        double parsed = Double.parseDouble(value.stringValue().strip());
        problems.add(
            Problem.warning(
                "type.coerced", where, "expected a number, found text; read as " + parsed));
        return parsed;
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.add(
        Problem.warning(
            "type.mismatch", where, "expected a number, found " + kind(value) + "; skipped"));
    return null;
  }

  /** A list of texts. A single text is read as a list of one. */
  List<String> texts(String name, String... legacyNames) {
    Named field = pick(name, legacyNames);
    if (field == null || field.value().isNull()) {
      return null;
    }
    String where = Pointers.child(pointer, field.name());
    JsonNode value = field.value();
    if (value.isString()) {
      problems.add(
          Problem.warning("type.coerced", where, "expected a list, found text; read as one item"));
      return List.of(value.stringValue());
    }
    if (!value.isArray()) {
      problems.add(
          Problem.warning(
              "type.mismatch", where, "expected a list of texts, found " + kind(value) + "; skipped"));
      return null;
    }
    List<String> texts = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      String text = textValue(value.get(i), Pointers.index(where, i));
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  /** A nested object, or {@code null} when absent or not an object. */
  FieldReader object(String name, String... legacyNames) {
    Named field = pick(name, legacyNames);
    return field == null
        ? null
        : nested(field.value(), Pointers.child(pointer, field.name()), Pointers.child(canonical, name));
  }

  /** The raw value of a field, marking it read; for values that need their own handling. */
  JsonNode raw(String name) {
    Named field = pick(name);
    return field == null ? null : field.value();
  }

  /** A list of objects, each read by {@code mapper}; items that are not objects are skipped. */
  <T> List<T> objects(String name, Function<FieldReader, T> mapper, String... legacyNames) {
    Named field = pick(name, legacyNames);
    if (field == null || field.value().isNull()) {
      return null;
    }
    String where = Pointers.child(pointer, field.name());
    return objectsOf(field.value(), where, Pointers.child(canonical, name), mapper);
  }

  /** Reads {@code value}, at {@code where} in the source and {@code model} in the model, as a list of objects. */
  <T> List<T> objectsOf(JsonNode value, String where, String model, Function<FieldReader, T> mapper) {
    if (!value.isArray()) {
      problems.add(
          Problem.warning(
              "type.mismatch", where, "expected a list, found " + kind(value) + "; skipped"));
      return null;
    }
    List<T> items = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      FieldReader item = nested(value.get(i), Pointers.index(where, i), Pointers.index(model, i));
      if (item != null) {
        items.add(mapper.apply(item));
      }
    }
    return items;
  }

  /** An object whose values are all texts, in document order. */
  Map<String, String> textMap(String name) {
    FieldReader map = object(name);
    if (map == null) {
      return null;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String key : map.node.propertyNames()) {
      map.consumed.add(key);
      String text = map.textValue(map.node.get(key), Pointers.child(map.pointer, key));
      if (text != null) {
        texts.put(key, text);
      }
    }
    return texts;
  }

  /** The fields nobody asked for, in document order. */
  Map<String, JsonNode> unknown() {
    Map<String, JsonNode> rest = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!consumed.contains(field.getKey())) {
        rest.put(field.getKey(), field.getValue());
      }
    }
    return rest;
  }

  private String textValue(JsonNode value, String where) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isString()) {
      return value.stringValue();
    }
    if (value.isNumber() || value.isBoolean()) {
      String text = value.asString();
      problems.add(
          Problem.warning(
              "type.coerced",
              where,
              "expected text, found " + kind(value) + "; read as \"" + text + "\""));
      return text;
    }
    problems.add(
        Problem.warning("type.mismatch", where, "expected text, found " + kind(value) + "; skipped"));
    return null;
  }

  static String kind(JsonNode value) {
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isNumber()) {
      return "a number";
    }
    if (value.isBoolean()) {
      return "true/false";
    }
    if (value.isString()) {
      return "text";
    }
    return "null";
  }
}
