package org.createyourresume.ats.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.createyourresume.ats.parse.TextLanguage;

/**
 * The curated skills vocabulary ({@code skills.tsv}): canonical names with their kinds, synonyms
 * and acronyms, indexed by the first stem of each name for phrase matching.
 */
final class SkillVocabulary {

  /** One vocabulary entry. */
  record Entry(String name, KeywordKind kind, int order) {}

  /**
   * One way of writing an entry: its stems, its words as written (lower case), and {@code
   * exactCase} when it must match case-sensitively. Names of products and certifications
   * ({@code surfaceOnly}) match their words as written, not their stems, so that "Excel" is not
   * found in "excellent". {@code ownName} says it is the entry's own name, not a synonym.
   */
  record Phrase(Entry entry, List<String> stems, List<String> words, String exactCase, boolean surfaceOnly, boolean ownName) {}

  /** One line of skills.tsv: a name, its kind, its synonyms and whether it matches case-sensitively. */
  private record Row(Entry entry, List<String> synonyms, boolean exact, boolean asWritten) {}

  private static final List<Row> ROWS = rows();
  private static final Map<TextLanguage, SkillVocabulary> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<String, List<Phrase>> byFirstStem;
  private final Map<String, List<Phrase>> byName;
  private final Set<String> allNames;
  private final Set<String> allNamesLowerCase;
  private final Set<String> normalisedNamesLowerCase;

  private SkillVocabulary(Map<String, List<Phrase>> byFirstStem, Set<String> allNames) {
    this.byFirstStem = byFirstStem;
    this.allNames = allNames;
    Set<String> lower = new java.util.HashSet<>();
    allNames.forEach(n -> lower.add(n.toLowerCase(java.util.Locale.ROOT)));
    this.allNamesLowerCase = Set.copyOf(lower);
    Set<String> normalised = new java.util.HashSet<>();
    allNames.forEach(n -> normalised.add(TextAnalysis.normalise(n).toLowerCase(java.util.Locale.ROOT)));
    this.normalisedNamesLowerCase = Set.copyOf(normalised);
    Map<String, List<Phrase>> names = new HashMap<>();
    byFirstStem.values().forEach(list -> list.forEach(
        p -> names.computeIfAbsent(p.entry().name(), k -> new ArrayList<>()).add(p)));
    this.byName = Map.copyOf(names);
  }

  /** Every way of writing the entry named {@code name}. */
  List<Phrase> phrases(String name) {
    return byName.getOrDefault(name, List.of());
  }

  /** The vocabulary stemmed the English way. */
  static SkillVocabulary get() {
    return get(TextLanguage.ENGLISH);
  }

  /**
   * The vocabulary stemmed the way {@code language} stems text: names are the same words in
   * every language ("Java", "SQL"), but a posting's tokens and the vocabulary's stems must come
   * from the same analysis to meet. Built on first use, then shared.
   */
  static SkillVocabulary get(TextLanguage language) {
    return BY_LANGUAGE.computeIfAbsent(language, l -> index(TextAnalysis.of(l)));
  }

  /** The phrases starting with this stem, longest first. */
  List<Phrase> startingWith(String stem) {
    return byFirstStem.getOrDefault(stem, List.of());
  }

  /** Every name and synonym as {@link TextAnalysis#normalise} writes it ("cplusplus"), in lower case. */
  Set<String> normalisedNamesLowerCase() {
    return normalisedNamesLowerCase;
  }

  /** Every name and synonym in lower case. */
  Set<String> namesLowerCase() {
    return allNamesLowerCase;
  }

  /** Every name and synonym, as written: the spelling checker's user dictionary uses them. */
  Set<String> names() {
    return allNames;
  }

  private static SkillVocabulary index(TextAnalysis analysis) {
    Map<String, List<Phrase>> index = new HashMap<>();
    Set<String> names = new LinkedHashSet<>();
    for (Row row : ROWS) {
      add(analysis, index, row.entry(), row.entry().name(), row.exact() ? row.entry().name() : null, row.asWritten(), true);
      names.add(row.entry().name());
      for (String synonym : row.synonyms()) {
        add(analysis, index, row.entry(), synonym, null, row.asWritten(), false);
        names.add(synonym);
      }
    }
    Map<String, List<Phrase>> sorted = new HashMap<>();
    index.forEach((k, v) -> {
      List<Phrase> list = new ArrayList<>(v);
      // Of two phrases of one length, an entry's own name comes before another entry's synonym
      // written the same: "IFRS" is the entry IFRS, though Accounting lists it among its names too.
      list.sort(Comparator.comparingInt((Phrase p) -> -p.stems().size())
          .thenComparing((Phrase p) -> !p.ownName())
          .thenComparingInt(p -> p.entry().order()));
      sorted.put(k, List.copyOf(list));
    });
    return new SkillVocabulary(Map.copyOf(sorted), Set.copyOf(names));
  }

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = SkillVocabulary.class.getResourceAsStream("/org/createyourresume/ats/skills.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int order = 0;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String name = cols[0].strip();
        KeywordKind kind = switch (cols[1].strip()) {
          case "SKILL" -> KeywordKind.HARD_SKILL;
          case "TOOL" -> KeywordKind.TOOL;
          case "CERTIFICATION" -> KeywordKind.CERTIFICATION;
          case "SOFT_SKILL" -> KeywordKind.SOFT_SKILL;
          case "LANGUAGE" -> KeywordKind.LANGUAGE;
          default -> throw new IllegalStateException("unknown kind in skills.tsv: " + cols[1]);
        };
        boolean exact = cols.length > 3 && cols[3].strip().equals("case");
        boolean asWritten = cols.length > 3 && cols[3].strip().equals("word");
        Entry entry = new Entry(name, kind, order++);
        List<String> synonyms = new ArrayList<>();
        if (cols.length > 2 && !cols[2].isBlank()) {
          for (String synonym : cols[2].split("\\|")) {
            synonyms.add(synonym.strip());
          }
        }
        rows.add(new Row(entry, List.copyOf(synonyms), exact, asWritten));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rows);
  }

  private static void add(TextAnalysis analysis, Map<String, List<Phrase>> index, Entry entry, String text, String exactCase,
      boolean asWritten, boolean ownName) {
    List<TextAnalysis.Token> tokens = analysis.phraseTokens(text);
    if (tokens.isEmpty()) {
      return;
    }
    List<String> stems = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (TextAnalysis.Token t : tokens) {
      stems.add(t.stem());
      words.add(t.original().toLowerCase(java.util.Locale.ROOT));
    }
    boolean surfaceOnly = asWritten || entry.kind() == KeywordKind.TOOL || entry.kind() == KeywordKind.CERTIFICATION
        || entry.kind() == KeywordKind.LANGUAGE;
    index.computeIfAbsent(stems.get(0), k -> new ArrayList<>())
        .add(new Phrase(entry, stems, words, exactCase, surfaceOnly, ownName));
  }
}
