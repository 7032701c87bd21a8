package org.createyourresume.ats.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists the content checks use, read once from the class path. */
final class WordLists {
  private WordLists() {}

  static final Set<String> ACTION_VERBS = words("action-verbs.txt");
  static final List<String> WEAK_OPENERS = lines("weak-openers.txt");
  static final List<String> BUZZWORDS = lines("buzzwords.txt");

  /** Past forms that do not end in "-ed". */
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("led", "lead"), Map.entry("built", "build"), Map.entry("ran", "run"),
      Map.entry("won", "win"), Map.entry("wrote", "write"), Map.entry("taught", "teach"),
      Map.entry("drove", "drive"), Map.entry("grew", "grow"), Map.entry("sold", "sell"),
      Map.entry("kept", "keep"), Map.entry("held", "handle"), Map.entry("oversaw", "oversee"),
      Map.entry("undertook", "undertake"), Map.entry("rebuilt", "rebuild"), Map.entry("made", "create"),
      Map.entry("brought", "deliver"), Map.entry("began", "start"), Map.entry("founded", "found"),
      Map.entry("spoke", "present"), Map.entry("set", "set"), Map.entry("cut", "cut"),
      Map.entry("shut", "close"), Map.entry("chose", "select"), Map.entry("gave", "present"),
      Map.entry("took", "own"), Map.entry("met", "meet"), Map.entry("rewrote", "write"),
      Map.entry("overhauled", "overhaul"), Map.entry("co-founded", "found"), Map.entry("co-led", "lead"));

  /** Whether {@code word} is an action verb in base, past, third-person or -ing form. */
  static boolean actionVerb(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
    if (w.isEmpty()) {
      return false;
    }
    if (ACTION_VERBS.contains(w) || IRREGULAR.containsKey(w)) {
      return true;
    }
    for (String base : bases(w)) {
      if (ACTION_VERBS.contains(base)) {
        return true;
      }
    }
    return false;
  }

  /** Candidate base forms: "planned" → plan, "applied" → apply, "leads" → lead, "building" → build. */
  private static List<String> bases(String w) {
    List<String> out = new ArrayList<>();
    for (String suffix : new String[] {"ed", "d", "es", "s", "ing"}) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        String stem = w.substring(0, w.length() - suffix.length());
        out.add(stem);
        out.add(stem + "e");
        if (stem.endsWith("i")) {
          out.add(stem.substring(0, stem.length() - 1) + "y");
        }
        if (stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
          out.add(stem.substring(0, stem.length() - 1));
        }
      }
    }
    return out;
  }

  private static Set<String> words(String name) {
    Set<String> words = new HashSet<>();
    for (String line : lines(name)) {
      for (String w : line.split("\\s+")) {
        if (!w.isBlank()) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return Set.copyOf(words);
  }

  private static List<String> lines(String name) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = WordLists.class.getResourceAsStream("/org/createyourresume/ats/" + name);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(lines);
  }
}
