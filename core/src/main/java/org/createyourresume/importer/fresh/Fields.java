package org.createyourresume.importer.fresh;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.createyourresume.model.Problem;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one FRESH object, read leniently: a number where text belongs is read as text, a
 * value of the wrong kind is skipped with a warning, and every field nobody read can be reported
 * with its JSON pointer, so that nothing is dropped silently.
 */
final class Fields {

  private final JsonNode node;
  private final String pointer;
  private final List<Problem> warnings;
  private final Runnable checkpoint;
  private final Set<String> read = new HashSet<>();

  /**
   * @param checkpoint run for every item of every list read, so that the caller's deadline (or a
   *     cancelled request) can stop a document of very many items by throwing
   */
  Fields(JsonNode node, String pointer, List<Problem> warnings, Runnable checkpoint) {
    this.node = node;
    this.pointer = pointer;
    this.warnings = warnings;
    this.checkpoint = checkpoint;
  }

  String pointer() {
    return pointer;
  }

  List<Problem> warnings() {
    return warnings;
  }

  /** A text field; numbers and booleans as their text. */
  String text(String name) {
    JsonNode value = take(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isString()) {
      String text = value.stringValue().strip();
      return text.isEmpty() ? null : text;
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.asString();
    }
    skipped(name, "expected text");
    return null;
  }

  /** A list of texts; a single text is a list of one. */
  List<String> texts(String name) {
    JsonNode value = take(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isString()) {
      return List.of(value.stringValue());
    }
    if (!value.isArray()) {
      skipped(name, "expected a list of texts");
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      checkpoint.run();
      JsonNode item = value.get(i);
      if (item.isString() && !item.stringValue().isBlank()) {
        texts.add(item.stringValue().strip());
      } else if (item.isNumber()) {
        texts.add(item.asString());
      } else if (!item.isNull()) {
        warnings.add(Problem.warning("fresh.skipped", pointer + "/" + name + "/" + i,
            "expected text; this item was left out"));
      }
    }
    return texts;
  }

  /** A nested object, or null when absent (or, with a warning, not an object). */
  Fields object(String name) {
    JsonNode value = take(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      skipped(name, "expected an object");
      return null;
    }
    return new Fields(value, pointer + "/" + name, warnings, checkpoint);
  }

  /** A list of objects; other items are skipped with a warning. */
  List<Fields> objects(String name) {
    JsonNode value = take(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      skipped(name, "expected a list");
      return List.of();
    }
    List<Fields> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      checkpoint.run();
      JsonNode item = value.get(i);
      if (item.isObject()) {
        items.add(new Fields(item, pointer + "/" + name + "/" + i, warnings, checkpoint));
      } else {
        warnings.add(Problem.warning("fresh.skipped", pointer + "/" + name + "/" + i,
            "expected an object; this item was left out"));
      }
    }
    return items;
  }

  /** The raw value of a field, marked read. */
  JsonNode raw(String name) {
    return take(name);
  }

  boolean has(String name) {
    return node.has(name);
  }

  /** Marks fields as read without using them (they carry nothing a resume shows). */
  void ignore(String... names) {
    read.addAll(List.of(names));
  }

  /** Warns about every field not read, each by its pointer. */
  void reportUnread(String where) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!read.contains(field.getKey())) {
        warnings.add(Problem.warning("fresh.unmapped", pointer + "/" + field.getKey(),
            "\"" + field.getKey() + "\" has no place in " + where + " in JSON Resume and was left out"));
      }
    }
  }

  private JsonNode take(String name) {
    read.add(name);
    return node.get(name);
  }

  private void skipped(String name, String expected) {
    warnings.add(Problem.warning("fresh.skipped", pointer + "/" + name, expected + "; the value was left out"));
  }
}
