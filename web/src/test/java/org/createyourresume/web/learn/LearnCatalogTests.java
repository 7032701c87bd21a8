package org.createyourresume.web.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.createyourresume.web.system.PortInUseReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LearnCatalogTests {

  /** The shipped lessons, read once like the app does at start-up. */
  private static final LearnCatalog SHIPPED = new LearnCatalog();

  // ---------- the shipped lessons ----------

  @Test
  void everyShippedLessonFileParsesAndRenders() {
    List<LessonFile> files = LessonFile.fromClasspath(LearnCatalog.ROOT);
    long lessonFiles = files.stream().filter(f -> !f.name().equals("course.md")).count();

    assertThat(SHIPPED.courses()).extracting(Course::id)
        .containsExactly("resume-writing-basics", "internet-web-basics");
    assertThat(SHIPPED.courses().stream().mapToLong(c -> c.lessons().size()).sum())
        .isEqualTo(lessonFiles);
    for (Course course : SHIPPED.courses()) {
      assertThat(course.lessons()).as(course.id()).hasSizeGreaterThanOrEqualTo(6);
      assertThat(course.introHtml()).as(course.id()).startsWith("<p>");
      for (Lesson lesson : course.lessons()) {
        assertThat(lesson.title()).as(lesson.file()).isNotBlank();
        assertThat(lesson.summary()).as(lesson.file()).isNotBlank();
        assertThat(lesson.words()).as(lesson.file()).isBetween(300, 1500);
        assertThat(lesson.contents()).as(lesson.file()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lesson.html()).as(lesson.file()).contains("<h2 id=\"", "<p>");
        assertThat(InertHtml.problems(lesson.html())).as(lesson.file()).isEmpty();
      }
    }
  }

  @Test
  void lessonsAreNumberedInFileOrderWithPreviousAndNextRightAtBothEnds() {
    for (Course course : SHIPPED.courses()) {
      List<Lesson> lessons = course.lessons();
      for (int i = 0; i < lessons.size(); i++) {
        Lesson lesson = lessons.get(i);
        assertThat(lesson.number()).isEqualTo(i + 1);
        assertThat(lesson.file()).contains(String.format("/%02d-%s.md", i + 1, lesson.id()));
        assertThat(SHIPPED.lesson(course.id(), lesson.id())).containsSame(lesson);
      }
      Lesson first = lessons.get(0);
      Lesson second = lessons.get(1);
      Lesson last = lessons.get(lessons.size() - 1);
      assertThat(SHIPPED.previous(first)).isEmpty();
      assertThat(SHIPPED.next(first)).containsSame(second);
      assertThat(SHIPPED.previous(second)).containsSame(first);
      assertThat(SHIPPED.next(last)).isEmpty();
      assertThat(SHIPPED.previous(last)).containsSame(lessons.get(lessons.size() - 2));
    }
    Course resume = SHIPPED.course("resume-writing-basics").orElseThrow();
    Course internet = SHIPPED.course("internet-web-basics").orElseThrow();
    assertThat(SHIPPED.after(resume)).containsSame(internet);
    assertThat(SHIPPED.after(internet)).isEmpty();
    assertThat(SHIPPED.course("nope")).isEmpty();
    assertThat(SHIPPED.lesson("internet-web-basics", "nope")).isEmpty();
    assertThat(SHIPPED.lesson("nope", "dns")).isEmpty();
  }

  @Test
  void aLessonThatQuotesThePortInUseMessageQuotesTheServersOwnWords() {
    String message = PortInUseReporter.message(9090);
    // the part before the port number, which any lesson quoting the message must show exactly
    String opening = message.substring(0, message.indexOf("9090")).strip();
    List<Lesson> quoting = SHIPPED.courses().stream().flatMap(c -> c.lessons().stream())
        .filter(l -> l.html().contains(escape(opening))).toList();
    for (Lesson lesson : quoting) {
      assertThat(lesson.html()).as(lesson.file()).contains(escape(message));
    }
    Lesson classic = ClassicCatalog.CLASSIC.lesson("internet-web-basics", "ports-and-port-numbers")
        .orElseThrow();
    assertThat(classic.html()).contains(escape(message), "./cyr serve --port 9090");
  }

  @Test
  void theAnchorUsedAsAnExampleInTheReadmeIsWhatAHeadingGets() {
    assertThat(ClassicCatalog.CLASSIC.lesson("internet-web-basics", "urls").orElseThrow()
        .hasAnchor("the-fragment")).isTrue();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  // ---------- files that break the rules stop the start ----------

  private static final String COURSE = """
      ---
      id: demo
      title: Demo course
      summary: A course for tests.
      order: 1
      ---

      An introduction.
      """;

  private static String lesson(int order, String title, String body) {
    return "---\ncourse: demo\norder: " + order + "\ntitle: " + title
        + "\nsummary: A lesson for tests.\nminutes: 1\n---\n\n" + body;
  }

  private static LessonFile file(String folder, String name, String text) {
    return new LessonFile("learn/", folder, name, text);
  }

  private static List<LessonFile> demo(LessonFile... lessons) {
    List<LessonFile> files = new ArrayList<>();
    files.add(file("demo", "course.md", COURSE));
    files.addAll(List.of(lessons));
    return files;
  }

  @Test
  void aValidCourseLoadsWithValuesUnquotedAndColonsKept() {
    LearnCatalog catalog =
        new LearnCatalog(demo(
            file("demo", "01-first.md", "---\ncourse: demo\norder: 1\ntitle: \"Ports: what "
                + "they are\"\nsummary: 'One: two'\nminutes: 4\n---\n\n## Part\n\nText [next](/learn/demo/"
                + "second#part-two).\n"),
            file("demo", "02-second.md", lesson(2, "Second", "## Part two\n\nMore text.\n"))));

    Lesson first = catalog.lesson("demo", "first").orElseThrow();
    assertThat(first.title()).isEqualTo("Ports: what they are");
    assertThat(first.summary()).isEqualTo("One: two");
    assertThat(first.links()).containsExactly(new LessonLink("/learn/demo/second#part-two", 11));
    assertThat(catalog.lesson("demo", "second").orElseThrow().number()).isEqualTo(2);
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of("no front matter",
            demo(file("demo", "01-first.md", "## Just Markdown\n")),
            "learn/demo/01-first.md:1: the file must start with front matter"),
        Arguments.of("front matter never closed",
            demo(file("demo", "01-first.md", "---\ncourse: demo\norder: 1\n\n## Text\n")),
            "learn/demo/01-first.md:1: the front matter is not closed by a \"---\" line"),
        Arguments.of("a line that is not key: value",
            demo(file("demo", "01-first.md", lesson(1, "T", "Text.").replace("order: 1",
                "order: 1\njust words"))),
            "learn/demo/01-first.md:4: expected \"key: value\" in the front matter, found "
                + "\"just words\""),
        Arguments.of("an unknown key",
            demo(file("demo", "01-first.md", lesson(1, "T", "Text.").replace("order: 1",
                "order: 1\nauthor: someone"))),
            "learn/demo/01-first.md:4: unknown front matter key \"author\" (allowed: course, "
                + "order, title, summary, minutes)"),
        Arguments.of("a key twice",
            demo(file("demo", "01-first.md", lesson(1, "T", "Text.").replace("order: 1",
                "order: 1\ntitle: Again"))),
            "learn/demo/01-first.md:5: \"title\" is given twice"),
        Arguments.of("a missing key",
            demo(file("demo", "01-first.md", lesson(1, "T", "Text.")
                .replace("summary: A lesson for tests.\n", ""))),
            "learn/demo/01-first.md:6: the front matter has no \"summary\""),
        Arguments.of("an empty value",
            demo(file("demo", "01-first.md", lesson(1, "T", "Text.")
                .replace("title: T", "title:"))),
            "learn/demo/01-first.md:4: \"title\" has no value"),
        Arguments.of("order not a number",
            demo(file("demo", "01-first.md", lesson(1, "T", "Text.")
                .replace("order: 1", "order: first"))),
            "learn/demo/01-first.md:3: \"order\" must be a whole number from 1, not \"first\""),
        Arguments.of("order not the file's number",
            demo(file("demo", "01-first.md", lesson(2, "T", "Text."))),
            "learn/demo/01-first.md:3: order 2 must match the file's number 01"),
        Arguments.of("course not the folder",
            demo(file("demo", "01-first.md", lesson(1, "T", "Text.")
                .replace("course: demo", "course: other"))),
            "learn/demo/01-first.md:2: course \"other\" must match the folder \"demo\""),
        Arguments.of("a gap in the numbering",
            demo(file("demo", "01-first.md", lesson(1, "T", "Text.")),
                file("demo", "03-third.md", lesson(3, "T", "Text."))),
            "learn/demo/03-third.md:1: lessons are numbered 01, 02, … without gaps or repeats: "
                + "expected 02 here"),
        Arguments.of("a file not named NN-id.md",
            demo(file("demo", "notes.md", lesson(1, "T", "Text."))),
            "learn/demo/notes.md:1: a lesson file is named NN-<lesson-id>.md"),
        Arguments.of("a course without course.md",
            List.of(file("demo", "01-first.md", lesson(1, "T", "Text."))),
            "learn/demo/course.md:1: the course folder has lessons but no course.md"),
        Arguments.of("a course without lessons",
            demo(),
            "learn/demo/course.md:1: the course has no lessons"),
        Arguments.of("a course id that is a page",
            List.of(file("search", "course.md", COURSE.replace("id: demo", "id: search")),
                file("search", "01-first.md", lesson(1, "T", "Text.")
                    .replace("course: demo", "course: search"))),
            "learn/search/course.md:1: \"search\" cannot be a course id"),
        Arguments.of("two courses with one order",
            Stream.concat(demo(file("demo", "01-first.md", lesson(1, "T", "Text."))).stream(),
                Stream.of(file("other", "course.md", COURSE.replace("id: demo", "id: other")),
                    file("other", "01-first.md", lesson(1, "T", "Text.")
                        .replace("course: demo", "course: other")))).toList(),
            "learn/other/course.md:1: order 1 is also the order of the course \"demo\""),
        Arguments.of("a lesson without text",
            demo(file("demo", "01-first.md", lesson(1, "T", ""))),
            "learn/demo/01-first.md:8: the lesson has no text after the front matter"),
        Arguments.of("raw HTML, counted in the file's lines",
            demo(file("demo", "01-first.md", lesson(1, "T", "Text.\n\n<b>bold</b>\n"))),
            "learn/demo/01-first.md:11: raw HTML is not allowed"),
        Arguments.of("a title too long",
            demo(file("demo", "01-first.md", lesson(1, "T".repeat(121), "Text."))),
            "learn/demo/01-first.md:4: the title is longer than 120 characters"),
        Arguments.of("a link to a lesson that does not exist",
            demo(file("demo", "01-first.md", lesson(1, "T", "See [x](/learn/demo/nope).\n"))),
            "learn/demo/01-first.md:9: broken link /learn/demo/nope: the course \"demo\" has no "
                + "lesson \"nope\""),
        Arguments.of("a link to a course that does not exist",
            demo(file("demo", "01-first.md", lesson(1, "T", "\nSee [x](/learn/nope).\n"))),
            "learn/demo/01-first.md:10: broken link /learn/nope: there is no course \"nope\""),
        Arguments.of("a link to a heading that does not exist",
            demo(file("demo", "01-first.md", lesson(1, "T", "## Real\n\n[x](/learn/demo/first"
                + "#unreal)\n"))),
            "learn/demo/01-first.md:11: broken link /learn/demo/first#unreal: the lesson has no "
                + "heading with the anchor \"#unreal\""),
        Arguments.of("a link to a heading on the same page that does not exist",
            demo(file("demo", "01-first.md", lesson(1, "T", "## Real\n\n[x](#unreal)\n"))),
            "learn/demo/01-first.md:11: no heading here has the anchor \"#unreal\""),
        Arguments.of("a link with a trailing slash",
            demo(file("demo", "01-first.md", lesson(1, "T", "[x](/learn/demo/)\n"))),
            "learn/demo/01-first.md:9: broken link /learn/demo/: write the address without a "
                + "trailing slash"),
        Arguments.of("a broken link in the course introduction",
            List.of(file("demo", "course.md", COURSE + "\nStart with [the first](/learn/demo/"
                    + "frist).\n"),
                file("demo", "01-first.md", lesson(1, "T", "Text."))),
            "learn/demo/course.md:10: broken link /learn/demo/frist"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void aFileThatBreaksTheRulesStopsTheCatalogueNamingTheFileAndLine(
      String what, List<LessonFile> files, String expected) {
    assertThatThrownBy(() -> new LearnCatalog(files))
        .isInstanceOf(LearnContentException.class)
        .hasMessageContaining(expected)
        .hasMessageContaining("see learn/README.md");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    List<LessonFile> files =
        demo(file("demo", "01-first.md", lesson(1, "T", "# Title\n\n<i>x</i>\n")),
            file("demo", "02-second.md", "no front matter"));

    assertThatThrownBy(() -> new LearnCatalog(files))
        .isInstanceOfSatisfying(LearnContentException.class, e -> assertThat(e.problems())
            .containsExactly(
                "learn/demo/01-first.md:9: the title is the page's only level-1 heading: start "
                    + "headings at ##",
                "learn/demo/01-first.md:11: raw HTML is not allowed (it would show as text): "
                    + "write Markdown, or put code in `backticks`",
                "learn/demo/02-second.md:1: the file must start with front matter: a line "
                    + "\"---\", then course, order, title, summary, minutes as \"key: value\" lines, "
                    + "then \"---\""))
        .hasMessageStartingWith("The learning centre's lesson files have 3 problems");
  }

  @Test
  void brokenFrontMatterOnTheClassPathFailsTheLoadNamingTheFile() {
    assertThatThrownBy(() -> new LearnCatalog(LessonFile.fromClasspath("learn-fixtures/broken/")))
        .isInstanceOf(LearnContentException.class)
        .hasMessageContaining("learn-fixtures/broken/demo/01-first.md:1: the front matter is "
            + "not closed by a \"---\" line");
  }

  @Test
  void theHostileFixtureDoesNotLoadEither() {
    assertThatThrownBy(() -> new LearnCatalog(LessonFile.fromClasspath("learn-fixtures/hostile/")))
        .isInstanceOfSatisfying(LearnContentException.class, e -> assertThat(e.problems())
            .anyMatch(p -> p.startsWith("learn-fixtures/hostile/attack/course.md:8: raw HTML"))
            .anyMatch(p -> p.startsWith("learn-fixtures/hostile/attack/01-attack.md:8: raw HTML"))
            .anyMatch(p -> p.contains("01-attack.md:") && p.contains("\"javascript:alert(6)\"")));
  }
}
