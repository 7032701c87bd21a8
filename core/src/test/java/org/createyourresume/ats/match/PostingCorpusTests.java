package org.createyourresume.ats.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ResumeParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job-posting corpus (src/test/resources/postings): postings written for the test, in three
 * directories. {@code tuning/} is what rules and vocabulary were tuned on; {@code heldback/} was
 * written and committed before the tuning it measures and is never tuned on, so only its totals
 * are printed; {@code heldback-2/} is a second held-back set by another author, written before
 * that author changed any rule, and reported on its own in the same way. Each posting states, above a {@code ---} line, the title, required and preferred
 * items a careful reader takes from it; an item may give other names it goes by ("Go|Golang").
 * Figures are printed and recorded in docs/ATS.md.
 */
class PostingCorpusTests {

  /** One posting with what it should yield; each item is its accepted names. */
  record Posting(String id, String title, List<List<String>> required, List<List<String>> preferred, boolean heldBack,
      String text, String language) {}

  /** How the matcher did on a set of postings. */
  record Score(int postings, int titles, int required, int requiredFound, int preferred, int preferredFound,
      int orderingViolations, List<String> misses) {

    double titleRate() {
      return 100.0 * titles / postings;
    }

    double requiredRecall() {
      return 100.0 * requiredFound / required;
    }

    double preferredRecall() {
      return 100.0 * preferredFound / preferred;
    }

    String row(String name) {
      return String.format(Locale.ROOT, "| %s | %d | %.1f %% | %.1f %% (%d/%d) | %.1f %% (%d/%d) | %d |", name, postings,
          titleRate(), requiredRecall(), requiredFound, required, preferredRecall(), preferredFound, preferred,
          orderingViolations);
    }
  }

  private static List<Posting> corpus;
  private static List<Posting> secondHeldBack;
  private static final JobMatcher MATCHER = new JobMatcher();
  private static final ParsedResume EMPTY = new ResumeParser().parseText("Sam Doe\nsam@example.com\n");

  @BeforeAll
  static void load() throws IOException, URISyntaxException {
    List<Posting> all = new ArrayList<>();
    for (String part : List.of("tuning", "heldback")) {
      Path dir = Path.of(PostingCorpusTests.class.getResource("/postings/" + part).toURI());
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> read(p, part.equals("heldback"))).forEach(all::add);
      }
    }
    corpus = List.copyOf(all);
    Path second = Path.of(PostingCorpusTests.class.getResource("/postings/heldback-2").toURI());
    try (Stream<Path> files = Files.list(second)) {
      secondHeldBack = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> read(p, true)).toList();
    }
  }

  static Posting read(Path file, boolean heldBack) {
    try {
      String all = Files.readString(file, StandardCharsets.UTF_8);
      int split = all.indexOf("\n---\n");
      String header = all.substring(0, split);
      String title = null;
      List<List<String>> required = List.of();
      List<List<String>> preferred = List.of();
      String language = "en";
      for (String line : header.split("\n")) {
        String[] kv = line.split(":\\s*", 2);
        switch (kv[0]) {
          case "title" -> title = kv[1].strip();
          case "required" -> required = items(kv[1]);
          case "preferred" -> preferred = items(kv[1]);
          case "language" -> language = kv[1].strip();
          default -> throw new IllegalStateException(file + ": unknown header " + kv[0]);
        }
      }
      String id = file.getFileName().toString().replace(".txt", "");
      return new Posting(id, title, required, preferred, heldBack, all.substring(split + 5), language);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<List<String>> items(String list) {
    return list.isBlank() ? List.of()
        : Arrays.stream(list.split(";")).map(i -> Arrays.stream(i.split("\\|")).map(String::strip).toList()).toList();
  }

  static Score score(List<Posting> postings) {
    int titles = 0;
    int required = 0;
    int requiredFound = 0;
    int preferred = 0;
    int preferredFound = 0;
    int violations = 0;
    List<String> misses = new ArrayList<>();
    for (Posting p : postings) {
      JobMatch m = MATCHER.match(EMPTY, 0, p.text());
      if (!p.language().equals(m.language())) {
        misses.add(p.id() + ": language " + m.language() + ", expected " + p.language());
      }
      if (p.title().equalsIgnoreCase(String.valueOf(m.jobTitle()))) {
        titles++;
      } else {
        misses.add(p.id() + ": title \"" + m.jobTitle() + "\", expected \"" + p.title() + "\"");
      }
      List<Keyword> all = new ArrayList<>(m.missing());
      for (List<String> item : p.required()) {
        required++;
        Keyword k = find(all, item);
        if (k != null && k.importance() != Importance.PREFERRED) {
          requiredFound++;
        } else {
          misses.add(p.id() + ": required " + item.get(0) + (k == null ? " not found" : " read as preferred"));
        }
      }
      for (List<String> item : p.preferred()) {
        preferred++;
        Keyword k = find(all, item);
        if (k != null && k.importance() == Importance.PREFERRED) {
          preferredFound++;
        } else {
          misses.add(p.id() + ": preferred " + item.get(0) + (k == null ? " not found" : " read as " + k.importance()));
        }
      }
      violations += violations(m.missing()) + violations(m.matched());
    }
    return new Score(postings.size(), titles, required, requiredFound, preferred, preferredFound, violations, misses);
  }

  /** Pairs where a preferred skill, tool or certification is listed above one that is not. */
  static int violations(List<Keyword> ranked) {
    int count = 0;
    for (int i = 0; i < ranked.size(); i++) {
      for (int j = i + 1; j < ranked.size(); j++) {
        if (skill(ranked.get(i)) && skill(ranked.get(j)) && ranked.get(i).importance() == Importance.PREFERRED
            && ranked.get(j).importance() != Importance.PREFERRED) {
          count++;
        }
      }
    }
    return count;
  }

  private static boolean skill(Keyword k) {
    return k.kind() == KeywordKind.HARD_SKILL || k.kind() == KeywordKind.TOOL || k.kind() == KeywordKind.CERTIFICATION;
  }

  private static Keyword find(List<Keyword> keywords, List<String> names) {
    for (Keyword k : keywords) {
      for (String name : names) {
        if (k.name().equalsIgnoreCase(name) || k.asWritten().equalsIgnoreCase(name)) {
          return k;
        }
      }
    }
    return null;
  }

  private static List<Posting> part(boolean heldBack) {
    return corpus.stream().filter(p -> p.heldBack() == heldBack).toList();
  }

  @Test
  void theCorpusIsWhatItSays() {
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
    assertThat(part(true)).hasSizeGreaterThanOrEqualTo(24);
    assertThat(secondHeldBack).hasSizeGreaterThanOrEqualTo(24);
    assertThat(Stream.concat(corpus.stream(), secondHeldBack.stream()).toList()).allSatisfy(p -> {
      assertThat(p.title()).isNotBlank();
      assertThat(p.required()).isNotEmpty();
      assertThat(p.text()).hasSizeGreaterThan(200);
    });
  }

  /**
   * The tuning part meets the targets, and stays at its floors: just under the figures last
   * measured (221 of 229 titles, 1122 of 1176 required items, 512 of 548 preferred items), so that
   * a change that loses what a round of rules won fails. The ninth round's 16 postings lowered the
   * title floor from 96.6 to 96.5 %: the 213 before them kept all 206 of their titles, and the 16
   * brought one title whose field the reader drops ("Research Assistant in Epidemiology"), a
   * convention the part does not share.
   */
  @Test
  void tuningPartMeetsTheTargets() {
    Score s = score(part(false));
    System.out.println(s.row("tuning"));
    s.misses().forEach(m -> System.out.println("  miss " + m));
    assertTargets(s);
    assertThat(s.titleRate()).as("title exact floor").isGreaterThanOrEqualTo(96.5);
    assertThat(s.requiredRecall()).as("required recall floor").isGreaterThanOrEqualTo(95.4);
    assertThat(s.preferredRecall()).as("preferred recall floor").isGreaterThanOrEqualTo(93.4);
  }

  /**
   * The held-back part is measured, never tuned on: only its totals are printed. It does not yet
   * meet the targets (docs/ATS.md): its floors are the figures last measured (27 of 29 titles,
   * 141 of 150 required items, 68 of 75 preferred items), so that a change that makes it worse
   * fails, and the ordering rule holds in full.
   */
  @Test
  void heldBackPartStaysAtItsMeasuredFloor() {
    Score s = score(part(true));
    System.out.println(s.row("held back"));
    assertThat(s.titleRate()).as("title exact").isGreaterThanOrEqualTo(93.1);
    assertThat(s.requiredRecall()).as("required recall").isGreaterThanOrEqualTo(94.0);
    assertThat(s.preferredRecall()).as("preferred recall").isGreaterThanOrEqualTo(90.6);
    assertThat(s.orderingViolations()).as("preferred above required").isZero();
  }

  /**
   * The second held-back part, written by another author than the first and committed before that
   * author changed any rule, is measured the same way: totals only, floors at the figures last
   * measured (27 of 28 titles, 146 of 171 required items, 61 of 77 preferred items, after the
   * ninth round; it came in at 25, 136 and 57), and the ordering rule in full.
   */
  @Test
  void secondHeldBackPartStaysAtItsMeasuredFloor() {
    Score s = score(secondHeldBack);
    System.out.println(s.row("held back 2"));
    assertThat(s.titleRate()).as("title exact").isGreaterThanOrEqualTo(96.4);
    assertThat(s.requiredRecall()).as("required recall").isGreaterThanOrEqualTo(85.3);
    assertThat(s.preferredRecall()).as("preferred recall").isGreaterThanOrEqualTo(79.2);
    assertThat(s.orderingViolations()).as("preferred above required").isZero();
  }

  /**
   * Scores a named group of tuning postings on their own, for a round's "as they came" figure:
   * {@code -Dpostings.ids=first-id,second-id}. Skipped when the property is absent.
   */
  @Test
  void namedTuningPostingsOnTheirOwn() {
    String ids = System.getProperty("postings.ids", "");
    Assumptions.assumeFalse(ids.isBlank(), "no postings.ids given");
    List<String> wanted = Arrays.stream(ids.split(",")).map(String::strip).toList();
    List<Posting> named = part(false).stream().filter(p -> wanted.contains(p.id())).toList();
    assertThat(named).as("named tuning postings").hasSize(wanted.size());
    Score s = score(named);
    System.out.println(s.row("named " + named.size()));
    s.misses().forEach(m -> System.out.println("  named miss " + m));
  }

  private static void assertTargets(Score s) {
    assertThat(s.titleRate()).as("title exact").isGreaterThanOrEqualTo(95);
    assertThat(s.requiredRecall()).as("required recall").isGreaterThanOrEqualTo(95);
    assertThat(s.preferredRecall()).as("preferred recall").isGreaterThanOrEqualTo(90);
    assertThat(s.orderingViolations()).as("preferred above required").isZero();
  }
}
