package org.createyourresume.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The teaching shape of every shipped lesson, whatever the lessons are: the rules of
 * {@code learn/README.md} that are checked here rather than at start-up, so a draft still runs
 * while a finished lesson must meet them all. (Links between lessons, anchors, diagrams and quiz
 * syntax are checked at start-up by {@link LearnCatalog}; links to the rest of the site by
 * {@link LessonLinksTests}.) Each test lists every lesson that fails, with its file.
 */
class LessonContentTests {

  static final int MIN_WORDS = 600;
  static final int MAX_WORDS = 1200;
  static final String FACTS = "learn-facts/";

  private static final LearnCatalog SHIPPED = new LearnCatalog();

  private static List<Lesson> lessons() {
    return SHIPPED.courses().stream().flatMap(c -> c.lessons().stream()).toList();
  }

  @Test
  void everyLessonHasProseOf600To1200Words() {
    List<String> problems = new ArrayList<>();
    for (Lesson lesson : lessons()) {
      if (lesson.words() < MIN_WORDS || lesson.words() > MAX_WORDS) {
        problems.add(lesson.file() + ": " + lesson.words() + " words of prose (code and the quiz "
            + "not counted); a lesson has " + MIN_WORDS + " to " + MAX_WORDS);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyLessonHasAKeyTermKeyPointsAndEndsWithItsQuiz() {
    List<String> problems = new ArrayList<>();
    for (Lesson lesson : lessons()) {
      problems.addAll(structure(lesson));
    }
    assertThat(problems).isEmpty();
  }

  /** What is missing from the lesson's structure, each as {@code file: problem}. */
  static List<String> structure(Lesson lesson) {
    List<String> problems = new ArrayList<>();
    String at = lesson.file() + ": ";
    if (lesson.keyTerms().isEmpty()) {
      problems.add(at + "no key term box (> **Key term:** **Term**: definition.)");
    }
    List<Heading> h2 = lesson.contents();
    int keyPoints = -1;
    for (int i = 0; i < h2.size(); i++) {
      if (h2.get(i).text().equals("Key points")) {
        keyPoints = i;
      }
    }
    if (keyPoints < 0) {
      problems.add(at + "no \"## Key points\" section");
    } else {
      int bullets = keyPointBullets(lesson);
      if (bullets < 3 || bullets > 6) {
        problems.add(at + "\"## Key points\" has " + bullets + " bullets, not 3 to 6");
      }
    }
    if (h2.isEmpty() || !h2.get(h2.size() - 1).text().equals("Quiz") || lesson.quiz() == null) {
      problems.add(at + "the lesson does not end with \"## Quiz\" and a ```quiz block");
    } else if (keyPoints >= 0 && keyPoints != h2.size() - 2) {
      problems.add(at + "\"## Key points\" comes just before \"## Quiz\"");
    }
    if (lesson.html().indexOf("<form class=\"quiz\"") < lesson.html().lastIndexOf("<h2")) {
      problems.add(at + "the quiz is not the last thing in the lesson");
    }
    return problems;
  }

  /** The number of list items in the lesson's "Key points" section. */
  private static int keyPointBullets(Lesson lesson) {
    String html = lesson.html();
    int start = html.indexOf(">Key points</h2>");
    int end = html.indexOf("<h2", start + 1);
    String part = html.substring(start, end < 0 ? html.length() : end);
    int ul = part.indexOf("<ul>");
    int close = part.indexOf("</ul>");
    if (ul < 0 || close < 0) {
      return 0;
    }
    return part.substring(ul, close).split("<li>", -1).length - 1;
  }

  @Test
  void everyQuizQuestionHasOneRightAnswerAndAnExplanation() {
    for (Lesson lesson : lessons()) {
      assertThat(lesson.quiz()).as(lesson.file()).isNotNull();
      assertThat(lesson.quiz().questions()).as(lesson.file()).hasSizeBetween(3, 5);
      for (Quiz.Question q : lesson.quiz().questions()) {
        String where = lesson.file() + " question " + q.number();
        assertThat(q.options()).as(where).hasSizeBetween(2, 4);
        assertThat(q.options().stream().filter(Quiz.Option::correct)).as(where).hasSize(1);
        assertThat(q.explanation()).as(where).isNotBlank();
        // on the page: the answer data and the answer to reveal without script
        assertThat(lesson.html()).as(where).contains("id=\"learn-quiz-" + q.number()
            + "\" data-answer=\"" + q.answer() + "\"");
      }
    }
  }

  @Test
  void everyDiagramHasATextAlternativeATitleAndADescriptionAndIsUsed() {
    Set<String> used = new LinkedHashSet<>();
    for (Lesson lesson : lessons()) {
      for (Diagram diagram : lesson.diagrams()) {
        used.add(diagram.url());
        assertThat(diagram.title()).as(diagram.url()).isNotBlank();
        assertThat(diagram.description()).as(diagram.url()).isNotBlank();
        assertThat(lesson.html()).as(lesson.file())
            .containsPattern("<img src=\"" + diagram.url() + "\" alt=\"[^\"]{10,}\"");
      }
    }
    List<String> files = DiagramFile.fromClasspath(LearnCatalog.ROOT).stream()
        .map(f -> "/learn/" + f.folder() + "/img/" + f.name()).toList();
    assertThat(used).as("every diagram shown exists").isSubsetOf(files);
    assertThat(files).as("every diagram file is shown by a lesson").isSubsetOf(used);
  }

  @Test
  void everyLessonStatesItsMinutes() {
    for (Lesson lesson : lessons()) {
      assertThat(lesson.minutes()).as(lesson.file()).isBetween(1, 30);
    }
  }

  // ---------- facts ----------

  /**
   * One fact: a phrase that must appear in a lesson, with the standard it was checked against.
   *
   * @param file the facts file and line, for messages
   */
  record Fact(String file, String lesson, String phrase, String source) {}

  static List<Fact> facts(String root) throws IOException {
    List<Fact> facts = new ArrayList<>();
    Resource[] files = new PathMatchingResourcePatternResolver()
        .getResources("classpath*:" + root + "*.tsv");
    for (Resource resource : files) {
      String name = root + resource.getFilename();
      String text;
      try (InputStream in = resource.getInputStream()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String[] lines = text.split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] parts = lines[i].split("\t", -1);
        facts.add(parts.length == 3
            ? new Fact(name + ":" + (i + 1), parts[0].strip(), parts[1].strip(), parts[2].strip())
            : new Fact(name + ":" + (i + 1), "", "", ""));
      }
    }
    return facts;
  }

  /** What is wrong with each fact against the catalogue's lessons; empty when all hold. */
  static List<String> check(List<Fact> facts, LearnCatalog catalog) {
    List<String> problems = new ArrayList<>();
    for (Fact fact : facts) {
      if (fact.lesson().isEmpty() || fact.phrase().isEmpty() || fact.source().isEmpty()) {
        problems.add(fact.file() + ": a fact is lesson-id, phrase and source, separated by tabs");
        continue;
      }
      List<Lesson> lessons = catalog.courses().stream().flatMap(c -> c.lessons().stream())
          .filter(l -> l.id().equals(fact.lesson())).toList();
      if (lessons.size() != 1) {
        problems.add(fact.file() + ": " + (lessons.isEmpty() ? "no" : "more than one")
            + " lesson has the id \"" + fact.lesson() + "\"");
        continue;
      }
      String text = source(lessons.get(0));
      if (!text.contains(plain(fact.phrase()))) {
        problems.add(fact.file() + ": the lesson " + fact.lesson() + " does not say \""
            + fact.phrase() + "\" (" + fact.source() + ")");
      }
    }
    return problems;
  }

  /** The lesson's Markdown without bold marks and backticks, with lines joined. */
  static String source(Lesson lesson) {
    String path = lesson.file();
    try (InputStream in = LessonContentTests.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return "";
      }
      return plain(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .replaceAll("\\s*\\R\\s*(?:>\\s*)?", " ");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String plain(String text) {
    return text.replace("**", "").replace("`", "");
  }

  @Test
  void everyFactInTheFactsFilesIsStatedInItsLesson() throws IOException {
    List<Fact> facts = facts(FACTS);
    Assumptions.assumeFalse(facts.isEmpty(), "no facts files in " + FACTS + " yet");

    assertThat(check(facts, SHIPPED)).isEmpty();
  }

  @Test
  void theFactCheckFindsAPhraseThatIsMissingAndABrokenLine() throws IOException {
    List<Fact> facts = facts("learn-facts-fixture/");

    assertThat(facts).hasSize(4);
    assertThat(check(facts, SHIPPED)).containsExactly(
        "learn-facts-fixture/demo.tsv:3: the lesson ports-and-port-numbers does not say "
            + "\"port 99999 is well known\" (nowhere)",
        "learn-facts-fixture/demo.tsv:4: no lesson has the id \"no-such-lesson\"",
        "learn-facts-fixture/demo.tsv:5: a fact is lesson-id, phrase and source, separated by "
            + "tabs");
  }
}
