package org.createyourresume.web.learn;

import java.util.ArrayList;
import java.util.List;
import org.createyourresume.web.learn.MarkdownPage.Problem;

/**
 * The short quiz at the end of a lesson, read from a fenced block with the language {@code quiz}:
 *
 * <pre>
 * ? Which port does an HTTPS server listen on by default?
 * - 80
 * + 443
 * &gt; HTTPS is HTTP over TLS on TCP port 443.
 * </pre>
 *
 * <p>{@code ? } starts a question, {@code + } marks its one correct option and {@code - } each
 * wrong one (two to four options), {@code > } gives the explanation shown after answering; a blank
 * line separates questions. The parser is strict: anything else is a problem naming its line, so a
 * quiz that would confuse a learner (two right answers, none, a missing explanation) never ships.
 *
 * @param questions three to five questions, in order
 */
public record Quiz(List<Question> questions) {

  static final int MIN_QUESTIONS = 3;
  static final int MAX_QUESTIONS = 5;
  static final int MIN_OPTIONS = 2;
  static final int MAX_OPTIONS = 4;

  /** Share of questions to answer right to pass, as a percentage (rounded up to a question). */
  static final int PASS_PERCENT = 70;

  /**
   * One question.
   *
   * @param number its number in the quiz, from 1
   * @param text the question (inline {@code `code`} allowed)
   * @param options its options in the order written
   * @param explanation why the right answer is right, shown after answering
   */
  public record Question(int number, String text, List<Option> options, String explanation) {

    /** The position of the correct option, from 0. */
    public int answer() {
      for (int i = 0; i < options.size(); i++) {
        if (options.get(i).correct()) {
          return i;
        }
      }
      throw new IllegalStateException("a question without an answer was accepted");
    }

    public Option correctOption() {
      return options.get(answer());
    }
  }

  /**
   * One option of a question.
   *
   * @param text what the learner reads
   * @param correct whether it is the right answer
   */
  public record Option(String text, boolean correct) {}

  /** How many right answers pass the quiz. */
  public int passMark() {
    return (questions.size() * PASS_PERCENT + 99) / 100;
  }

  /**
   * Reads the text of a {@code quiz} block whose first line is line {@code firstLine} of the
   * Markdown; each problem is added to {@code problems} with its line. Returns {@code null} when
   * there is any problem.
   */
  static Quiz parse(String text, int firstLine, List<Problem> problems) {
    String[] lines = text.split("\n", -1);
    int count = lines.length;
    while (count > 0 && lines[count - 1].isBlank()) {
      count--;
    }
    int before = problems.size();
    List<Question> questions = new ArrayList<>();
    int i = 0;
    while (i < count) {
      if (lines[i].isBlank()) {
        i++;
        continue;
      }
      int start = i;
      while (i < count && !lines[i].isBlank()) {
        i++;
      }
      Question question = question(lines, start, i, firstLine, questions.size() + 1, problems);
      if (question != null) {
        questions.add(question);
      }
    }
    if (problems.size() == before
        && (questions.size() < MIN_QUESTIONS || questions.size() > MAX_QUESTIONS)) {
      problems.add(new Problem(firstLine - 1, "a quiz has " + MIN_QUESTIONS + " to "
          + MAX_QUESTIONS + " questions, not " + questions.size()));
    }
    return problems.size() == before ? new Quiz(List.copyOf(questions)) : null;
  }

  /** Lines {@code from} (inclusive) to {@code to} of one question, none blank. */
  private static Question question(
      String[] lines, int from, int to, int firstLine, int number, List<Problem> problems) {
    int before = problems.size();
    String first = lines[from];
    String text = null;
    if (first.startsWith("? ") && !first.substring(2).isBlank()) {
      text = first.substring(2).strip();
    } else {
      problems.add(new Problem(firstLine + from, "a question starts with \"? \" and its text, "
          + "not \"" + FrontMatter.shorten(first.strip()) + "\""));
    }
    List<Option> options = new ArrayList<>();
    String explanation = null;
    for (int i = from + 1; i < to; i++) {
      String line = lines[i];
      int at = firstLine + i;
      String rest = line.length() > 2 ? line.substring(2).strip() : "";
      if (line.startsWith("? ")) {
        problems.add(new Problem(at, "leave a blank line before the next question"));
      } else if (line.startsWith("+ ") || line.startsWith("- ")) {
        if (explanation != null) {
          problems.add(new Problem(at, "options come before the explanation"));
        } else if (rest.isEmpty()) {
          problems.add(new Problem(at, "an option has no text"));
        } else {
          options.add(new Option(rest, line.charAt(0) == '+'));
        }
      } else if (line.startsWith("> ")) {
        if (explanation != null) {
          problems.add(new Problem(at, "a question has one explanation line"));
        } else if (rest.isEmpty()) {
          problems.add(new Problem(at, "the explanation has no text"));
        } else {
          explanation = rest;
        }
      } else {
        problems.add(new Problem(at, "expected \"+ \" (the right option), \"- \" (a wrong one) "
            + "or \"> \" (the explanation), not \"" + FrontMatter.shorten(line.strip()) + "\""));
      }
    }
    int at = firstLine + from;
    long correct = options.stream().filter(Option::correct).count();
    if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
      problems.add(new Problem(at, "a question has " + MIN_OPTIONS + " to " + MAX_OPTIONS
          + " options, not " + options.size()));
    }
    if (correct != 1) {
      problems.add(new Problem(at, "a question has exactly one right option marked \"+ \", not "
          + correct));
    }
    if (explanation == null) {
      problems.add(new Problem(at, "a question needs an explanation line starting with \"> \""));
    }
    return problems.size() == before
        ? new Question(number, text, List.copyOf(options), explanation) : null;
  }
}
