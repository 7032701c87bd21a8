package org.createyourresume.web.learn;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block of {@code key: value} lines between two {@code ---} lines at the top of a lesson or
 * course file, and the Markdown after it. Only the keys a file may have are accepted, each once
 * and with a value; a value may contain colons and may be wrapped in one pair of quotes.
 *
 * @param fields the values by key, in file order
 * @param body the Markdown after the closing {@code ---}
 * @param bodyLine the file's line number (1-based) of the body's first line
 */
record FrontMatter(Map<String, String> fields, String body, int bodyLine) {

  private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*:(.*)");
  private static final String FENCE = "---";

  /**
   * Reads the front matter of {@code text}, reporting each problem to {@code problems} with its
   * line; returns {@code null} if there is no usable front matter at all.
   */
  static FrontMatter read(String text, Set<String> keys, Problems problems) {
    String normal = text.startsWith("\uFEFF") ? text.substring(1) : text;
    normal = normal.replace("\r\n", "\n").replace('\r', '\n');
    String[] lines = normal.split("\n", -1);
    if (!lines[0].strip().equals(FENCE)) {
      problems.add(1, "the file must start with front matter: a line \"---\", then "
          + String.join(", ", keys) + " as \"key: value\" lines, then \"---\"");
      return null;
    }
    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals(FENCE)) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      problems.add(1, "the front matter is not closed by a \"---\" line");
      return null;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < close; i++) {
      int line = i + 1;
      String raw = lines[i];
      if (raw.isBlank()) {
        continue;
      }
      Matcher m = FIELD.matcher(raw.strip());
      if (!m.matches()) {
        problems.add(line, "expected \"key: value\" in the front matter, found \""
            + shorten(raw.strip()) + "\"");
        continue;
      }
      String key = m.group(1);
      String value = unquote(m.group(2).strip());
      if (!keys.contains(key)) {
        problems.add(line, "unknown front matter key \"" + key + "\" (allowed: "
            + String.join(", ", keys) + ")");
      } else if (!seen.add(key)) {
        problems.add(line, "\"" + key + "\" is given twice");
      } else if (value.isEmpty()) {
        problems.add(line, "\"" + key + "\" has no value");
      } else {
        fields.put(key, value);
      }
    }
    for (String key : keys) {
      if (!seen.contains(key)) {
        problems.add(close + 1, "the front matter has no \"" + key + "\"");
      }
    }
    String body = String.join("\n", List.of(lines).subList(close + 1, lines.length));
    return new FrontMatter(fields, body, close + 2);
  }

  String get(String key) {
    return fields.get(key);
  }

  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      char last = value.charAt(value.length() - 1);
      if ((first == '"' || first == '\'') && first == last) {
        return value.substring(1, value.length() - 1).strip();
      }
    }
    return value;
  }

  static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "…" : text;
  }
}
