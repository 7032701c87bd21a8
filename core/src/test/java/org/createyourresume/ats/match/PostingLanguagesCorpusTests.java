package org.createyourresume.ats.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The German, French and Spanish postings (src/test/resources/postings-languages), in the format
 * of {@link PostingCorpusTests} with a {@code language:} line. {@code heldback/} (two per
 * language) was written and committed before any rule for these languages, {@code heldback-2/}
 * (three per language) before the second round of rules; only their totals are printed. The floors
 * are the figures last measured (after the third round: 4 of 6 titles, 26 of 28 required and 12 of
 * 13 preferred items; 8 of 9 titles, 31 of 39 and 15 of 19 in the second set). Figures
 * are recorded in docs/ATS.md.
 */
class PostingLanguagesCorpusTests {

  private static List<PostingCorpusTests.Posting> corpus;
  private static List<PostingCorpusTests.Posting> secondHeldBack;

  @BeforeAll
  static void load() throws IOException, URISyntaxException {
    List<PostingCorpusTests.Posting> all = new ArrayList<>();
    for (String part : List.of("tuning", "heldback")) {
      Path dir = Path.of(PostingLanguagesCorpusTests.class.getResource("/postings-languages/" + part).toURI());
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".txt")).sorted()
            .map(p -> PostingCorpusTests.read(p, part.equals("heldback"))).forEach(all::add);
      }
    }
    corpus = List.copyOf(all);
    secondHeldBack = read("heldback-2");
  }

  private static List<PostingCorpusTests.Posting> read(String part) throws IOException, URISyntaxException {
    Path dir = Path.of(PostingLanguagesCorpusTests.class.getResource("/postings-languages/" + part).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> PostingCorpusTests.read(p, true)).toList();
    }
  }

  private static List<PostingCorpusTests.Posting> part(boolean heldBack, String language) {
    return corpus.stream().filter(p -> p.heldBack() == heldBack && (language == null || p.language().equals(language))).toList();
  }

  @Test
  void everyLanguageHasTwelveTuningPostingsAndFiveHeldBack() {
    for (String language : List.of("de", "fr", "es")) {
      assertThat(part(false, language)).as(language).hasSizeGreaterThanOrEqualTo(12);
      assertThat(part(true, language)).as(language).hasSize(2);
      assertThat(secondHeldBack).as(language).filteredOn(p -> p.language().equals(language)).hasSize(3);
    }
  }

  @Test
  void tuningPartMeetsTheTargets() {
    for (String language : List.of("de", "fr", "es")) {
      System.out.println(PostingCorpusTests.score(part(false, language)).row("tuning " + language));
    }
    PostingCorpusTests.Score s = PostingCorpusTests.score(part(false, null));
    System.out.println(s.row("tuning"));
    s.misses().forEach(m -> System.out.println("  miss " + m));
    assertAtLeast(s, 95, 95, 90);
  }

  /** Measured, never tuned on: only totals are printed; the floors are the figures recorded. */
  @Test
  void heldBackPartStaysAtItsMeasuredFloor() {
    PostingCorpusTests.Score s = PostingCorpusTests.score(part(true, null));
    System.out.println(s.row("held back"));
    assertAtLeast(s, 66.6, 92.8, 92.2);
  }

  /** The second held-back set, written before the second round of rules: measured, never tuned on. */
  @Test
  void secondHeldBackPartStaysAtItsMeasuredFloor() {
    PostingCorpusTests.Score s = PostingCorpusTests.score(secondHeldBack);
    System.out.println(s.row("held back 2"));
    assertAtLeast(s, 88.8, 79.4, 78.8);
  }

  /** Every language told right, no preferred item above a required one, and the rates at least as given. */
  private static void assertAtLeast(PostingCorpusTests.Score s, double titles, double required, double preferred) {
    assertThat(s.misses()).noneMatch(m -> m.contains(": language "));
    assertThat(s.titleRate()).as("title exact").isGreaterThanOrEqualTo(titles);
    assertThat(s.requiredRecall()).as("required recall").isGreaterThanOrEqualTo(required);
    assertThat(s.preferredRecall()).as("preferred recall").isGreaterThanOrEqualTo(preferred);
    assertThat(s.orderingViolations()).as("preferred above required").isZero();
  }
}
