// The lesson quiz, checked in this browser. The server renders each question as a fieldset whose
// data-answer is the index of the right option, with the answer and its explanation in a
// <details> (so without script the quiz is a readable list with answers to reveal). This module
// adds a "Check answer" button per question, gives feedback with the explanation, the score when
// every question is answered, and "Try again".
import { t, lang } from '../i18n.js';

/** Writes the interface's words into the English page, marked as their own language for screen readers. */
function say(element, text) {
  element.textContent = text;
  element.lang = lang;
}

/** Inline text of an element without its "Show the answer" summary. */
function textOf(element) {
  return element ? element.textContent.trim() : '';
}

/**
 * Makes `form` an interactive quiz. `onDone({score, total, passed})` is called each time the
 * last question is answered; `previous` (or null) is the stored result shown before starting.
 */
export function startQuiz(form, onDone, previous) {
  const questions = [...form.querySelectorAll('.quiz-question')];
  const total = questions.length;
  const pass = Number(form.dataset.pass) || total;
  const score = form.querySelector('.quiz-score');
  form.classList.add('quiz-ready');

  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'button quiz-retry';
  say(retry, t('quiz.retry'));
  retry.hidden = true;
  form.querySelector('.quiz-result').append(retry);

  if (previous && score) {
    say(score, previous.passed
      ? t('quiz.last-passed', previous.score, previous.total)
      : t('quiz.last', previous.score, previous.total));
  }

  for (const question of questions) {
    const check = document.createElement('button');
    check.type = 'button';
    check.className = 'button quiz-check';
    say(check, t('quiz.check'));
    question.querySelector('.quiz-options').after(check);
    check.addEventListener('click', () => answer(question, check));
  }

  form.addEventListener('submit', (event) => event.preventDefault());

  function answered() {
    return questions.filter((q) => q.dataset.result);
  }

  function answer(question, check) {
    if (question.dataset.result) return;
    const feedback = question.querySelector('.quiz-feedback');
    const chosen = question.querySelector('input[type=radio]:checked');
    if (!chosen) {
      say(feedback, t('quiz.choose'));
      feedback.className = 'quiz-feedback is-hint';
      return;
    }
    const right = Number(chosen.value) === Number(question.dataset.answer);
    const explanation = textOf(question.querySelector('.quiz-explanation'));
    const correct = textOf(question.querySelector('.quiz-answer-text'));
    question.dataset.result = right ? 'right' : 'wrong';
    question.classList.add(right ? 'is-right' : 'is-wrong');
    chosen.closest('.quiz-option').classList.add('is-chosen');
    const options = question.querySelectorAll('.quiz-option');
    options[Number(question.dataset.answer)].classList.add('is-answer');
    for (const input of question.querySelectorAll('input[type=radio]')) input.disabled = true;
    feedback.className = `quiz-feedback ${right ? 'is-right' : 'is-wrong'}`;
    const verdict = document.createElement('strong');
    say(verdict, right ? t('quiz.correct') : t('quiz.not-quite'));
    // the interface's words in its language, the lesson's own (the answer, why) in English
    const answer = document.createElement('span');
    if (!right) say(answer, t('quiz.answer-is', correct));
    feedback.replaceChildren(verdict, ' ', ...(right ? [] : [answer, ' ']), explanation);
    // the button keeps focus (a disabled one would drop it), but does nothing more
    say(check, right ? t('quiz.answered-right') : t('quiz.answered-wrong'));
    check.setAttribute('aria-disabled', 'true');
    if (answered().length === total) finish();
  }

  function finish() {
    const right = questions.filter((q) => q.dataset.result === 'right').length;
    const passed = right >= pass;
    say(score, passed ? t('quiz.passed', right, total) : t('quiz.failed', right, total, pass));
    score.className = `quiz-score ${passed ? 'is-passed' : 'is-failed'}`;
    retry.hidden = false;
    onDone({ score: right, total, passed });
  }

  retry.addEventListener('click', () => {
    for (const question of questions) {
      delete question.dataset.result;
      question.classList.remove('is-right', 'is-wrong');
      for (const option of question.querySelectorAll('.quiz-option')) {
        option.classList.remove('is-chosen', 'is-answer');
      }
      for (const input of question.querySelectorAll('input[type=radio]')) {
        input.disabled = false;
        input.checked = false;
      }
      const feedback = question.querySelector('.quiz-feedback');
      feedback.textContent = '';
      feedback.className = 'quiz-feedback';
      const check = question.querySelector('.quiz-check');
      say(check, t('quiz.check'));
      check.removeAttribute('aria-disabled');
    }
    score.textContent = '';
    score.className = 'quiz-score';
    retry.hidden = true;
    questions[0].querySelector('input[type=radio]').focus();
  });

  // on paper every answer is shown
  const answers = [...form.querySelectorAll('details.quiz-answer')];
  window.addEventListener('beforeprint', () => {
    for (const details of answers) {
      details.dataset.wasOpen = details.open ? 'yes' : 'no';
      details.open = true;
    }
  });
  window.addEventListener('afterprint', () => {
    for (const details of answers) details.open = details.dataset.wasOpen === 'yes';
  });
}
