package org.createyourresume.web.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every course and lesson of the learning centre, read once at start-up from {@code learn/} on
 * the class path: adding a lesson is adding a file. The files are checked against the
 * conventions in {@code learn/README.md} (front matter, numbering, Markdown rules, links between
 * lessons and to headings); any problem stops the start with a message naming each file and line,
 * so a broken lesson is never served.
 */
@Component
final class LearnCatalog {

  private static final Logger LOG = LoggerFactory.getLogger(LearnCatalog.class);

  static final String ROOT = "learn/";
  private static final Set<String> COURSE_KEYS = keys("id", "title", "summary", "order");
  private static final Set<String> LESSON_KEYS = keys("course", "order", "title", "summary", "minutes");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern LESSON_FILE = Pattern.compile("(\\d{2})-(.+)\\.md");
  private static final String COURSE_FILE = "course.md";
  /** Course ids that would hide a page of the learning centre. */
  private static final Set<String> RESERVED = Set.of("search");
  private static final int MAX_TITLE = 120;
  private static final int MAX_SUMMARY = 300;

  private final List<Course> courses;
  private final Map<String, Course> byId = new LinkedHashMap<>();
  private final Map<String, Map<String, Diagram>> diagrams;

  @Autowired
  LearnCatalog() {
    this(LessonFile.fromClasspath(ROOT), DiagramFile.fromClasspath(ROOT));
  }

  /** A catalogue of the given files, without diagrams. */
  LearnCatalog(List<LessonFile> files) {
    this(files, List.of());
  }

  /**
   * A catalogue of the given lesson files and diagrams; throws {@link LearnContentException}
   * listing every problem.
   */
  LearnCatalog(List<LessonFile> files, List<DiagramFile> diagramFiles) {
    Problems problems = new Problems();
    this.diagrams = diagrams(diagramFiles, problems);
    this.courses = load(files, new LessonMarkdown(), diagrams, problems);
    courses.forEach(c -> byId.put(c.id(), c));
    LOG.info("learning centre: {} courses, {} lessons", courses.size(),
        courses.stream().mapToInt(c -> c.lessons().size()).sum());
  }

  /** The courses in their order. */
  List<Course> courses() {
    return courses;
  }

  Optional<Course> course(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  Optional<Lesson> lesson(String courseId, String lessonId) {
    return course(courseId).flatMap(c -> c.lessons().stream()
        .filter(l -> l.id().equals(lessonId)).findFirst());
  }

  /** The lesson before {@code lesson} in its course; empty for the first. */
  Optional<Lesson> previous(Lesson lesson) {
    List<Lesson> lessons = byId.get(lesson.courseId()).lessons();
    return lesson.number() > 1 ? Optional.of(lessons.get(lesson.number() - 2)) : Optional.empty();
  }

  /** The lesson after {@code lesson} in its course; empty for the last. */
  Optional<Lesson> next(Lesson lesson) {
    List<Lesson> lessons = byId.get(lesson.courseId()).lessons();
    return lesson.number() < lessons.size()
        ? Optional.of(lessons.get(lesson.number())) : Optional.empty();
  }

  /** The diagram {@code name} ({@code socket.svg}) of a course. */
  Optional<Diagram> diagram(String courseId, String name) {
    return Optional.ofNullable(diagrams.getOrDefault(courseId, Map.of()).get(name));
  }

  /** The course after {@code course}; empty for the last. */
  Optional<Course> after(Course course) {
    int index = courses.indexOf(course);
    return index + 1 < courses.size() ? Optional.of(courses.get(index + 1)) : Optional.empty();
  }

  // ---------- loading ----------

  private static Map<String, Map<String, Diagram>> diagrams(
      List<DiagramFile> files, Problems problems) {
    Map<String, Map<String, Diagram>> byCourse = new TreeMap<>();
    for (DiagramFile file : files) {
      if (!LessonMarkdown.DIAGRAM.matcher("img/" + file.name()).matches()) {
        problems.in(file.path()).add(1, "a diagram is named <name>.svg with lower-case "
            + "letters, digits and single hyphens");
        continue;
      }
      Diagram diagram = DiagramCheck.check(file, problems);
      if (diagram != null) {
        byCourse.computeIfAbsent(file.folder(), f -> new TreeMap<>()).put(file.name(), diagram);
      }
    }
    return byCourse;
  }

  private static List<Course> load(
      List<LessonFile> files, LessonMarkdown markdown, Map<String, Map<String, Diagram>> diagrams,
      Problems problems) {
    Map<String, List<LessonFile>> folders = new TreeMap<>();
    for (LessonFile file : files) {
      folders.computeIfAbsent(file.folder(), f -> new ArrayList<>()).add(file);
    }
    List<Course> courses = new ArrayList<>();
    for (Map.Entry<String, List<LessonFile>> folder : folders.entrySet()) {
      Course course = course(folder.getKey(), folder.getValue(), markdown,
          diagrams.getOrDefault(folder.getKey(), Map.of()), problems);
      if (course != null) {
        courses.add(course);
      }
    }
    courses.sort(Comparator.comparingInt(Course::order).thenComparing(Course::id));
    for (int i = 1; i < courses.size(); i++) {
      if (courses.get(i).order() == courses.get(i - 1).order()) {
        problems.in(courses.get(i).file()).add(1, "order " + courses.get(i).order()
            + " is also the order of the course \"" + courses.get(i - 1).id() + "\"");
      }
    }
    if (problems.isEmpty()) {
      checkLearnLinks(courses, problems);
    }
    problems.throwIfAny();
    return List.copyOf(courses);
  }

  private static Course course(
      String folder, List<LessonFile> files, LessonMarkdown markdown,
      Map<String, Diagram> diagrams, Problems problems) {
    LessonFile courseFile =
        files.stream().filter(f -> f.name().equals(COURSE_FILE)).findFirst().orElse(null);
    if (courseFile == null) {
      problems.in(files.get(0).root() + folder + "/" + COURSE_FILE)
          .add(1, "the course folder has lessons but no course.md");
      return null;
    }
    problems.in(courseFile.path());
    FrontMatter front = FrontMatter.read(courseFile.text(), COURSE_KEYS, problems);
    if (front == null) {
      return null;
    }
    String id = front.get("id");
    if (id != null && !id.equals(folder)) {
      problems.add(line(courseFile, "id"), "id \"" + id + "\" must match the folder \""
          + folder + "\"");
    }
    if (!ID.matcher(folder).matches()) {
      problems.add(1, "the folder name \"" + folder
          + "\" is not a valid id (lower-case letters, digits and single hyphens)");
    } else if (RESERVED.contains(folder)) {
      problems.add(1, "\"" + folder + "\" cannot be a course id: /learn/" + folder
          + " is a page of its own");
    }
    checkText(courseFile, front, problems);
    int order = number(courseFile, front, "order", problems);
    MarkdownPage intro = body(courseFile, front, markdown, diagrams, problems);
    if (intro.words() == 0) {
      problems.add(front.bodyLine(), "course.md needs an introduction after the front matter");
    }

    List<Lesson> lessons = new ArrayList<>();
    Set<String> lessonIds = new LinkedHashSet<>();
    List<LessonFile> lessonFiles =
        files.stream().filter(f -> !f.name().equals(COURSE_FILE))
            .sorted(Comparator.comparing(LessonFile::name)).toList();
    for (int i = 0; i < lessonFiles.size(); i++) {
      LessonFile file = lessonFiles.get(i);
      Lesson lesson = lesson(folder, file, i + 1, markdown, diagrams, problems);
      if (lesson != null) {
        if (!lessonIds.add(lesson.id())) {
          problems.in(file.path()).add(1, "another lesson of this course has the id \""
              + lesson.id() + "\"");
        }
        lessons.add(lesson);
      }
    }
    if (lessonFiles.isEmpty()) {
      problems.in(courseFile.path()).add(1, "the course has no lessons (NN-<lesson-id>.md)");
    }
    if (front.fields().size() < COURSE_KEYS.size()) {
      return null;
    }
    return new Course(folder, front.get("title"), front.get("summary"), order, intro.html(),
        List.copyOf(lessons), courseFile.path(), intro.links());
  }

  private static Lesson lesson(
      String folder, LessonFile file, int expectedNumber, LessonMarkdown markdown,
      Map<String, Diagram> diagrams, Problems problems) {
    problems.in(file.path());
    Matcher name = LESSON_FILE.matcher(file.name());
    if (!name.matches() || !ID.matcher(name.group(2)).matches()) {
      problems.add(1, "a lesson file is named NN-<lesson-id>.md, with a two-digit number and an "
          + "id of lower-case letters, digits and hyphens");
      return null;
    }
    int fileNumber = Integer.parseInt(name.group(1));
    String id = name.group(2);
    FrontMatter front = FrontMatter.read(file.text(), LESSON_KEYS, problems);
    if (front == null) {
      return null;
    }
    String course = front.get("course");
    if (course != null && !course.equals(folder)) {
      problems.add(line(file, "course"), "course \"" + course + "\" must match the folder \""
          + folder + "\"");
    }
    int order = number(file, front, "order", problems);
    if (order > 0 && order != fileNumber) {
      problems.add(line(file, "order"), "order " + order + " must match the file's number "
          + name.group(1));
    }
    if (fileNumber != expectedNumber) {
      problems.add(1, "lessons are numbered 01, 02, … without gaps or repeats: expected "
          + String.format("%02d", expectedNumber) + " here");
    }
    int minutes = number(file, front, "minutes", problems);
    checkText(file, front, problems);
    MarkdownPage body = body(file, front, markdown, diagrams, problems);
    if (body.words() == 0) {
      problems.add(front.bodyLine(), "the lesson has no text after the front matter");
    }
    if (front.fields().size() < LESSON_KEYS.size()) {
      return null;
    }
    return new Lesson(folder, id, expectedNumber, front.get("title"), front.get("summary"),
        minutes, body.html(), body.headings(), body.sections(), body.words(), file.path(),
        body.links(), body.quiz(), body.keyTerms(), body.diagrams());
  }

  private static MarkdownPage body(
      LessonFile file, FrontMatter front, LessonMarkdown markdown, Map<String, Diagram> diagrams,
      Problems problems) {
    MarkdownPage page = markdown.render(front.body(), diagrams::get);
    problems.from(front.bodyLine());
    for (MarkdownPage.Problem p : page.problems()) {
      problems.add(p.line(), p.message());
    }
    problems.in(file.path());
    int offset = front.bodyLine() - 1;
    List<LessonLink> links =
        page.links().stream()
            .map(l -> new LessonLink(l.destination(), l.line() + offset)).toList();
    for (LessonLink link : links) {
      if (link.isAnchor() && !page.hasAnchor(link.destination().substring(1))) {
        problems.add(link.line(), "no heading here has the anchor \"" + link.destination()
            + "\"");
      }
    }
    return new MarkdownPage(page.html(), page.headings(), links, page.sections(), page.words(),
        page.problems(), page.quiz(), page.keyTerms(), page.diagrams());
  }

  private static void checkText(LessonFile file, FrontMatter front, Problems problems) {
    String title = front.get("title");
    if (title != null && title.length() > MAX_TITLE) {
      problems.add(line(file, "title"), "the title is longer than " + MAX_TITLE + " characters");
    }
    String summary = front.get("summary");
    if (summary != null && summary.length() > MAX_SUMMARY) {
      problems.add(line(file, "summary"), "the summary is longer than " + MAX_SUMMARY
          + " characters");
    }
  }

  private static int number(LessonFile file, FrontMatter front, String key, Problems problems) {
    String value = front.get(key);
    if (value == null) {
      return 0;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(line(file, key), "\"" + key + "\" must be a whole number from 1, not \""
        + FrontMatter.shorten(value) + "\"");
    return 0;
  }

  /** The line of {@code key} in the file's front matter, or 1. */
  private static int line(LessonFile file, String key) {
    String[] lines = file.text().split("\\R", -1);
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().startsWith(key + ":")) {
        return i + 1;
      }
      if (lines[i].strip().equals("---")) {
        break;
      }
    }
    return 1;
  }

  /** Links to /learn pages must lead to a course, a lesson and a heading that exist. */
  private static void checkLearnLinks(List<Course> courses, Problems problems) {
    Map<String, Course> byId = new LinkedHashMap<>();
    courses.forEach(c -> byId.put(c.id(), c));
    for (Course course : courses) {
      problems.in(course.file());
      course.links().forEach(link -> checkLearnLink(link, byId, problems));
      for (Lesson lesson : course.lessons()) {
        problems.in(lesson.file());
        lesson.links().forEach(link -> checkLearnLink(link, byId, problems));
      }
    }
  }

  private static void checkLearnLink(
      LessonLink link, Map<String, Course> courses, Problems problems) {
    String target = link.destination();
    if (!(target.equals("/learn") || target.startsWith("/learn/")
        || target.startsWith("/learn#") || target.startsWith("/learn?"))) {
      return;
    }
    String anchor = null;
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    if (hash >= 0) {
      anchor = target.substring(hash + 1);
    }
    String problem = null;
    String[] parts = path.substring(1).split("/", -1);
    if (path.contains("?")) {
      problem = "links to lessons take no query";
    } else if (path.endsWith("/")) {
      problem = "write the address without a trailing slash";
    } else if (parts.length > 3) {
      problem = "there is no such page in the learning centre";
    } else if (parts.length >= 2 && !courses.containsKey(parts[1])) {
      problem = "there is no course \"" + parts[1] + "\"";
    } else if (parts.length == 3) {
      Course course = courses.get(parts[1]);
      Optional<Lesson> lesson =
          course.lessons().stream().filter(l -> l.id().equals(parts[2])).findFirst();
      if (lesson.isEmpty()) {
        problem = "the course \"" + parts[1] + "\" has no lesson \"" + parts[2] + "\"";
      } else if (anchor != null && !lesson.get().hasAnchor(anchor)) {
        problem = "the lesson has no heading with the anchor \"#" + anchor + "\"";
      }
    } else if (anchor != null) {
      problem = "only lessons have heading anchors";
    }
    if (problem != null) {
      problems.add(link.line(), "broken link " + target + ": " + problem);
    }
  }

  private static Set<String> keys(String... keys) {
    return new LinkedHashSet<>(List.of(keys));
  }
}
