package org.createyourresume.ats.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The section headings an ATS recognises, in English and in the other languages the renderer
 * supports, read from {@code sections.tsv}. Immutable; {@link #with(String, SectionKind)} gives a
 * copy that knows one more heading (an importer learning a user's own heading, say).
 */
public final class SectionVocabulary {

  private static final SectionVocabulary STANDARD = load();

  private final Map<String, SectionKind> byKey;
  private final Map<String, SectionKind> byCompactKey;

  private SectionVocabulary(Map<String, SectionKind> byKey) {
    this.byKey = Map.copyOf(byKey);
    Map<String, SectionKind> compact = new HashMap<>();
    byKey.forEach((k, v) -> compact.putIfAbsent(k.replace(" ", ""), v));
    this.byCompactKey = Map.copyOf(compact);
  }

  /** The bundled vocabulary. */
  public static SectionVocabulary standard() {
    return STANDARD;
  }

  /** This vocabulary plus one heading. */
  public SectionVocabulary with(String heading, SectionKind kind) {
    Map<String, SectionKind> more = new HashMap<>(byKey);
    more.put(TextNorm.key(heading), kind);
    return new SectionVocabulary(more);
  }

  /** The kind of section a heading names, if it is a known heading. */
  public Optional<SectionKind> kindOf(String heading) {
    String text = TextNorm.letterSpaced(heading) ? TextNorm.collapseLetterSpacing(heading) : heading;
    // "Honors & Awards" is "honors and awards"
    String key = TextNorm.key(text.replace("&", " and "));
    SectionKind kind = byKey.get(key);
    if (kind == null) {
      kind = byCompactKey.get(key.replace(" ", ""));
    }
    return Optional.ofNullable(kind);
  }

  private static SectionVocabulary load() {
    Map<String, SectionKind> map = new HashMap<>();
    try (InputStream in = SectionVocabulary.class.getResourceAsStream(
            "/org/createyourresume/ats/sections.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        SectionKind kind = SectionKind.valueOf(parts[0].strip());
        for (String heading : parts[1].split("\\|")) {
          map.putIfAbsent(TextNorm.key(heading), kind);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SectionVocabulary(map);
  }
}
