// Learning centre progress, kept in this browser only (localStorage): no account, nothing sent.
//
// Storage (keys are "<course>/<lesson>"):
//   cyr.learn.v1.completed  {key: "<ISO date completed>"}: by passing the quiz or by the button
//   cyr.learn.v1.visited    {key: {"at": "<ISO date last opened>", "title": "<lesson title>"}}
//   cyr.learn.v1.quiz       {key: {"score": 2, "total": 3, "passed": true, "at": "<ISO date>"}}
// The pages describe themselves with data attributes:
//   [data-lesson-keys="c/l1 c/l2 …"]  a course card, a course page, a lesson page or its outline
//   [data-progress]                    inside it: filled with "N of M lessons completed" and a bar
//   [data-continue]                    inside it: a link sent to the first lesson not completed
//   [data-lesson="c/l"]                a lesson list item, or the lesson page itself
//   [data-done], [data-visited]        inside one: the "Completed" and "Visited" badges
//   [data-resume="<course>" or ""]     "Resume where you left off": the last lesson opened
//   #learn-complete, #learn-complete-status  the lesson page's button and its announcement
//   form.quiz                          the lesson's quiz (see quiz.js)
// Without script the pages still work; the button stays hidden and no progress is shown.

import { t, lang } from '../i18n.js';
import { startQuiz } from './quiz.js';

/** Writes the interface's words into the English page, marked as their own language for screen readers. */
function say(element, text) {
  element.textContent = text;
  element.lang = lang;
}

const KEY = 'cyr.learn.v1.completed';
const VISITED = 'cyr.learn.v1.visited';
const QUIZ = 'cyr.learn.v1.quiz';

function storageWorks() {
  try {
    const probe = 'cyr.learn.v1.probe';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** An object kept under `key`. A damaged value counts as no progress. */
function read(key) {
  try {
    const value = JSON.parse(window.localStorage.getItem(key) || '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

/** The completed lessons: key to date. */
function load() {
  return read(KEY);
}

function save(done) {
  window.localStorage.setItem(KEY, JSON.stringify(done));
}

function visitedAt(entry) {
  const time = entry && typeof entry === 'object' ? Date.parse(entry.at) : NaN;
  return Number.isNaN(time) ? 0 : time;
}

/** The most recently opened lesson among `keys` (all lessons if null), or null. */
function lastVisited(visited, keys) {
  let best = null;
  for (const [key, entry] of Object.entries(visited)) {
    if (keys && !keys.includes(key)) continue;
    if (visitedAt(entry) > 0 && (!best || visitedAt(entry) > visitedAt(visited[best]))) best = key;
  }
  return best;
}

function keysOf(element) {
  return (element.dataset.lessonKeys || '').split(' ').filter(Boolean);
}

function lessonUrl(key) {
  return `/learn/${key}`;
}

/** Fills the progress line, bar and "continue" link of one course card or page. */
function showCourse(container, done) {
  const keys = keysOf(container);
  const count = keys.filter((k) => done[k]).length;
  const total = keys.length;
  const progress = container.querySelector('[data-progress]');
  if (progress) {
    progress.hidden = count === 0;
    const text = progress.querySelector('.progress-text');
    if (text) {
      say(text, count === total
        ? (total === 1 ? t('learn.all-done.one', total) : t('learn.all-done.other', total))
        : (total === 1 ? t('learn.progress.one', count, total) : t('learn.progress.other', count, total)));
    }
    const fill = progress.querySelector('.progress-fill');
    if (fill) fill.style.width = `${total === 0 ? 0 : Math.round((100 * count) / total)}%`;
  }
  const link = container.querySelector('[data-continue]');
  if (link && total > 0) {
    const next = keys.findIndex((k) => !done[k]);
    if (count === 0) {
      say(link, t('learn.start'));
      link.href = lessonUrl(keys[0]);
    } else if (next >= 0) {
      say(link, t('learn.continue', next + 1));
      link.href = lessonUrl(keys[next]);
    } else {
      say(link, t('learn.again'));
      link.href = lessonUrl(keys[0]);
    }
  }
  const visited = read(VISITED);
  for (const item of container.querySelectorAll('[data-lesson]')) {
    const isDone = Boolean(done[item.dataset.lesson]);
    const wasVisited = !isDone && visitedAt(visited[item.dataset.lesson]) > 0;
    item.classList.toggle('is-done', isDone);
    item.classList.toggle('is-visited', wasVisited);
    const badge = item.querySelector('[data-done]');
    if (badge) badge.hidden = !isDone;
    const seen = item.querySelector('[data-visited]');
    if (seen) seen.hidden = !wasVisited;
  }
}

/**
 * "Resume where you left off": the lesson opened last, in this course (`data-resume` is its id)
 * or anywhere (empty), with its number and course found from the lists on the page.
 */
function showResume(banner) {
  const scope = banner.dataset.resume;
  const current = document.querySelector('.learn-lesson[data-lesson]');
  const visited = read(VISITED);
  const containers = [...document.querySelectorAll('[data-lesson-keys]')];
  const all = containers.flatMap(keysOf);
  const keys = scope ? all.filter((k) => k.startsWith(`${scope}/`)) : all;
  const key = lastVisited(visited, keys);
  if (!key || (current && current.dataset.lesson === key)) {
    banner.hidden = true;
    return;
  }
  const container = containers.find((c) => keysOf(c).includes(key));
  const number = keysOf(container).indexOf(key) + 1;
  const title = String(visited[key].title || '').trim() || t('learn.lesson', number);
  banner.querySelector('.resume-link').href = lessonUrl(key);
  banner.querySelector('.resume-title').textContent = title;
  let where = t('learn.lesson-of', number, keysOf(container).length);
  const courseTitle = container.querySelector('.course-title');
  if (!scope && courseTitle) where += ` · ${courseTitle.textContent.trim()}`;
  // "Lesson 3 of 7" is the interface's, the course title beside it the lesson's English
  say(banner.querySelector('.resume-where'), where);
  banner.hidden = false;
}

/** "You completed this lesson on 7 December 2026.", the date in the page's language. */
function completedText(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return t('learn.done');
  return t('learn.done-on', date.toLocaleDateString(document.documentElement.lang || undefined, { year: 'numeric', month: 'long', day: 'numeric' }));
}

/** The lesson page: its badge and the Mark as complete button. */
function showLesson(page, done) {
  const key = page.dataset.lesson;
  const isDone = Boolean(done[key]);
  const badge = page.querySelector('.lesson-header [data-done]');
  if (badge) badge.hidden = !isDone;
  const button = document.getElementById('learn-complete');
  if (!button) return;
  say(button, isDone ? t('learn.unmark') : t('learn.mark'));
  button.classList.toggle('button-primary', !isDone);
  button.dataset.state = isDone ? 'complete' : 'incomplete';
  const text = page.querySelector('.lesson-done-text');
  if (text) {
    say(text, isDone
      ? completedText(done[key])
      : (page.querySelector('form.quiz') ? t('learn.hint.quiz') : t('learn.hint.read')));
  }
}

function announce(page, done) {
  const status = document.getElementById('learn-complete-status');
  if (!status) return;
  const key = page.dataset.lesson;
  const keys = keysOf(page);
  const count = keys.filter((k) => done[k]).length;
  if (!done[key]) {
    say(status, t('learn.unmarked'));
  } else if (count === keys.length) {
    say(status, t('learn.completed-all', keys.length));
  } else {
    say(status, t('learn.completed-count', count, keys.length));
  }
}

function showAll() {
  const done = load();
  for (const container of document.querySelectorAll('[data-lesson-keys]')) {
    if (!container.classList.contains('learn-lesson')) showCourse(container, done);
  }
  for (const banner of document.querySelectorAll('[data-resume]')) showResume(banner);
  const page = document.querySelector('.learn-lesson[data-lesson]');
  if (page) showLesson(page, done);
}

/** Notes that this lesson was opened, for the outline's ticks and "Resume where you left off". */
function visit(page) {
  const visited = read(VISITED);
  visited[page.dataset.lesson] = {
    at: new Date().toISOString(),
    title: page.dataset.lessonTitle || '',
  };
  try {
    window.localStorage.setItem(VISITED, JSON.stringify(visited));
  } catch {
    // storage full or refused: the ticks are a convenience
  }
}

/** The quiz: its result is stored, and passing it completes the lesson. */
function quiz(page) {
  const form = page.querySelector('form.quiz');
  if (!form) return;
  const key = page.dataset.lesson;
  startQuiz(form, (result) => {
    const results = read(QUIZ);
    const before = results[key];
    results[key] = {
      score: result.score,
      total: result.total,
      passed: result.passed || Boolean(before && before.passed),
      at: new Date().toISOString(),
    };
    try {
      window.localStorage.setItem(QUIZ, JSON.stringify(results));
      if (result.passed) {
        const done = load();
        if (!done[key]) {
          done[key] = new Date().toISOString();
          save(done);
        }
        showLesson(page, done);
        announce(page, done);
      }
      showAll();
    } catch {
      say(document.getElementById('learn-complete-status'),
        t('learn.result-not-saved'));
    }
  }, read(QUIZ)[key] || null);
}

function start() {
  if (!storageWorks()) {
    const status = document.getElementById('learn-complete-status');
    if (status) {
      say(status, t('learn.no-storage'));
    }
    // the quiz still works; only its result is not kept
    const lesson = document.querySelector('.learn-lesson[data-lesson]');
    if (lesson) quiz(lesson);
    return;
  }
  const page = document.querySelector('.learn-lesson[data-lesson]');
  const button = document.getElementById('learn-complete');
  if (page) {
    visit(page);
    quiz(page);
  }
  if (page && button) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const done = load();
      const key = page.dataset.lesson;
      if (done[key]) {
        delete done[key];
      } else {
        done[key] = new Date().toISOString();
      }
      try {
        save(done);
      } catch {
        say(document.getElementById('learn-complete-status'),
          t('learn.progress-not-saved'));
        return;
      }
      showLesson(page, done);
      announce(page, done);
    });
  }
  showAll();
  // another tab marked a lesson: show the same progress here
  window.addEventListener('storage', (event) => {
    if ([KEY, VISITED, QUIZ].includes(event.key) || event.key === null) showAll();
  });
  // coming back with the Back button shows the page from the cache: refresh it
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) showAll();
  });
}

start();
