package org.createyourresume.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.createyourresume.web.learn.MarkdownPage.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuizTests {

  private static final String GOOD = """
      ? Which port does an HTTPS server listen on by default?
      - 80
      + 443
      - 22
      > HTTPS is HTTP over TLS on TCP port 443.

      ? Is `ss -tlnp` safe to run?
      + Yes, it only lists listening sockets
      - No
      > It reads, it changes nothing.

      ? Third?
      - a
      - b
      - c
      + d
      > Because d.
      """;

  private static List<String> problems(String quiz) {
    List<Problem> problems = new ArrayList<>();
    Quiz.parse(quiz, 10, problems);
    return problems.stream().map(p -> p.line() + ": " + p.message()).toList();
  }

  @Test
  void aWellFormedQuizIsReadWithItsAnswersAndExplanations() {
    List<Problem> problems = new ArrayList<>();
    Quiz quiz = Quiz.parse(GOOD, 10, problems);

    assertThat(problems).isEmpty();
    assertThat(quiz.questions()).hasSize(3);
    Quiz.Question first = quiz.questions().get(0);
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.text()).isEqualTo("Which port does an HTTPS server listen on by default?");
    assertThat(first.options()).extracting(Quiz.Option::text).containsExactly("80", "443", "22");
    assertThat(first.answer()).isEqualTo(1);
    assertThat(first.explanation()).isEqualTo("HTTPS is HTTP over TLS on TCP port 443.");
    assertThat(quiz.questions()).extracting(Quiz.Question::answer).containsExactly(1, 0, 3);
    assertThat(quiz.passMark()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0} questions need {1} right answers")
  @CsvSource({"3, 3", "4, 3", "5, 4"})
  void thePassMarkIsSeventyPercentRoundedUp(int questions, int pass) {
    List<Quiz.Question> list = new ArrayList<>();
    for (int i = 1; i <= questions; i++) {
      list.add(new Quiz.Question(i, "Q", List.of(new Quiz.Option("a", true),
          new Quiz.Option("b", false)), "E"));
    }
    assertThat(new Quiz(list).passMark()).isEqualTo(pass);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      two right options        | ? Q\\n+ a\\n+ b\\n> E                  | 10: a question has exactly one right option marked "+ ", not 2
      no right option          | ? Q\\n- a\\n- b\\n> E                  | 10: a question has exactly one right option marked "+ ", not 0
      one option               | ? Q\\n+ a\\n> E                        | 10: a question has 2 to 4 options, not 1
      five options             | ? Q\\n+ a\\n- b\\n- c\\n- d\\n- e\\n> E | 10: a question has 2 to 4 options, not 5
      no explanation           | ? Q\\n+ a\\n- b                        | 10: a question needs an explanation line starting with "> "
      two explanations         | ? Q\\n+ a\\n- b\\n> E\\n> F            | 14: a question has one explanation line
      option after explanation | ? Q\\n+ a\\n> E\\n- b                  | 13: options come before the explanation
      no question mark         | Q\\n+ a\\n- b\\n> E                    | 10: a question starts with "? " and its text, not "Q"
      a stray line             | ? Q\\n+ a\\n* b\\n> E                  | 12: expected "+ " (the right option), "- " (a wrong one) or "> " (the explanation), not "* b"
      no blank line between    | ? Q\\n+ a\\n- b\\n> E\\n? R\\n+ a\\n- b\\n> E | 14: leave a blank line before the next question
      an empty option          | ? Q\\n+ a\\n-  \\n> E                  | 12: an option has no text
      """)
  void aBrokenQuestionIsReportedWithItsLine(String what, String question, String expected) {
    String quiz = question.replace("\\n", "\n") + "\n\n" + GOOD;

    assertThat(problems(quiz)).contains(expected);
  }

  @Test
  void aQuizHasThreeToFiveQuestions() {
    String one = "? Q\n+ a\n- b\n> E\n";
    assertThat(problems(one + "\n" + one)).containsExactly(
        "9: a quiz has 3 to 5 questions, not 2");
    assertThat(problems((one + "\n").repeat(6))).containsExactly(
        "9: a quiz has 3 to 5 questions, not 6");
    assertThat(problems("")).containsExactly("9: a quiz has 3 to 5 questions, not 0");
    assertThat(problems((one + "\n").repeat(5))).isEmpty();
  }

  @Test
  void inALessonTheQuizIsAFormThatReadsAsAListWithHiddenAnswers() {
    MarkdownPage page = new LessonMarkdown().render("Intro.\n\n## Quiz\n\n```quiz\n" + GOOD
        + "```\n");

    assertThat(page.problems()).isEmpty();
    assertThat(page.quiz().questions()).hasSize(3);
    assertThat(page.html())
        .contains("<form class=\"quiz\" id=\"learn-quiz\" aria-label=\"Quiz\" data-pass=\"3\" "
            + "data-total=\"3\">")
        .contains("<fieldset class=\"quiz-question\" id=\"learn-quiz-1\" data-answer=\"1\">")
        .contains("<legend><span class=\"quiz-number\">Question 1 of 3.</span> Which port does "
            + "an HTTPS server listen on by default?</legend>")
        .contains("<input type=\"radio\" name=\"learn-quiz-1\" id=\"learn-quiz-1-1\" value=\"1\" "
            + "/><label for=\"learn-quiz-1-1\">443</label>")
        .contains("<legend><span class=\"quiz-number\">Question 2 of 3.</span> Is <code>ss "
            + "-tlnp</code> safe to run?</legend>")
        .contains("<details class=\"quiz-answer\"><summary>Show the answer</summary><p><strong>"
            + "Answer: </strong><span class=\"quiz-answer-text\">443</span></p><p class=\""
            + "quiz-explanation\">HTTPS is HTTP over TLS on TCP port 443.</p></details>")
        .doesNotContain("language-quiz", "? Which port");
    assertThat(InertHtml.problems(page.html())).isEmpty();
    // the quiz is not prose: only "Intro" and the heading count
    assertThat(page.words()).isEqualTo(2);
  }

  @Test
  void theQuizIsLastOnceAndItsProblemsCountFromTheFence() {
    List<String> problems = new LessonMarkdown().render("## Quiz\n\n```quiz\n" + GOOD
        + "```\n\nAfter.\n\n```quiz\n? only\n```\n").problems().stream()
        .map(p -> p.line() + ": " + p.message()).toList();

    assertThat(problems).containsExactly(
        "3: the quiz comes last, after a \"## Quiz\" heading, outside any box",
        "25: a lesson has one quiz");
    assertThat(new LessonMarkdown().render("```quiz\n? Q\n+ a\n+ b\n> E\n```\n").problems())
        .extracting(p -> p.line() + ": " + p.message())
        .contains("2: a question has exactly one right option marked \"+ \", not 2");
  }
}
