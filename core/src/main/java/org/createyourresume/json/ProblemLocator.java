package org.createyourresume.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.createyourresume.model.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds the line and column of each problem's JSON pointer in the source text, so messages can
 * point at the user's file. A pointer to a field that is not in the text (a missing value) is
 * located at its nearest parent that is.
 */
final class ProblemLocator {
  private ProblemLocator() {}

  /**
   * @param renames for fields read under another name: model pointer → source pointer; a problem
   *     the validator found at a model pointer is located at the source field it came from
   */
  static List<Problem> locate(String json, List<Problem> problems, Map<String, String> renames) {
    if (problems.isEmpty()) {
      return problems;
    }
    Map<String, int[]> places = new HashMap<>();
    try (JsonParser parser = JsonResumeReader.parser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        // at a field name this is the field; at the start of a container, the container itself
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        if (!places.containsKey(pointer)) {
          TokenStreamLocation at = parser.currentTokenLocation();
          places.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        }
      }
    } catch (JacksonException e) {
      return problems;
    }
    List<Problem> located = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      String pointer = source(problem.pointer(), renames);
      int[] place = places.get(pointer);
      while (place == null && !pointer.isEmpty()) {
        pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        place = places.get(pointer);
      }
      located.add(place == null ? problem : problem.at(place[0], place[1]));
    }
    return located;
  }

  /** The source pointer of a model pointer: its longest renamed prefix replaced. */
  private static String source(String pointer, Map<String, String> renames) {
    String prefix = pointer;
    while (!prefix.isEmpty()) {
      String renamed = renames.get(prefix);
      if (renamed != null) {
        return renamed + pointer.substring(prefix.length());
      }
      prefix = prefix.substring(0, prefix.lastIndexOf('/'));
    }
    return pointer;
  }
}
