// Learning centre progress, kept in this browser only (localStorage): no account, nothing sent.
//
// Storage: one key, cyr.learn.v1.completed, holding {"<course>/<lesson>": "<ISO date completed>"}.
// The pages describe themselves with data attributes:
//   [data-lesson-keys="c/l1 c/l2 …"]  a course card, a course page or a lesson page: its lessons
//   [data-progress]                    inside it: filled with "N of M lessons completed" and a bar
//   [data-continue]                    inside it: a link sent to the first lesson not completed
//   [data-lesson="c/l"]                a lesson list item, or the lesson page itself
//   [data-done]                        inside one: the "Completed" badge, shown when it is
//   #learn-complete, #learn-complete-status  the lesson page's button and its announcement
// Without script the pages still work; the button stays hidden and no progress is shown.

const KEY = 'cyr.learn.v1.completed';

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

/** The completed lessons: key to date. A damaged value counts as no progress. */
function load() {
  try {
    const value = JSON.parse(window.localStorage.getItem(KEY) || '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

function save(done) {
  window.localStorage.setItem(KEY, JSON.stringify(done));
}

function keysOf(element) {
  return (element.dataset.lessonKeys || '').split(' ').filter(Boolean);
}

function lessonUrl(key) {
  return `/learn/${key}`;
}

function plural(n, one, many) {
  return n === 1 ? one : many;
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
      text.textContent = count === total
        ? `Completed: all ${total} ${plural(total, 'lesson', 'lessons')}`
        : `${count} of ${total} ${plural(total, 'lesson', 'lessons')} completed`;
    }
    const fill = progress.querySelector('.progress-fill');
    if (fill) fill.style.width = `${total === 0 ? 0 : Math.round((100 * count) / total)}%`;
  }
  const link = container.querySelector('[data-continue]');
  if (link && total > 0) {
    const next = keys.findIndex((k) => !done[k]);
    if (count === 0) {
      link.textContent = 'Start the course';
      link.href = lessonUrl(keys[0]);
    } else if (next >= 0) {
      link.textContent = `Continue with lesson ${next + 1}`;
      link.href = lessonUrl(keys[next]);
    } else {
      link.textContent = 'Read it again from lesson 1';
      link.href = lessonUrl(keys[0]);
    }
  }
  for (const item of container.querySelectorAll('[data-lesson]')) {
    const isDone = Boolean(done[item.dataset.lesson]);
    item.classList.toggle('is-done', isDone);
    const badge = item.querySelector('[data-done]');
    if (badge) badge.hidden = !isDone;
  }
}

function completedOn(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return ` on ${date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' })}`;
}

/** The lesson page: its badge and the Mark as complete button. */
function showLesson(page, done) {
  const key = page.dataset.lesson;
  const isDone = Boolean(done[key]);
  const badge = page.querySelector('.lesson-header [data-done]');
  if (badge) badge.hidden = !isDone;
  const button = document.getElementById('learn-complete');
  if (!button) return;
  button.textContent = isDone ? 'Mark as not complete' : 'Mark as complete';
  button.classList.toggle('button-primary', !isDone);
  button.dataset.state = isDone ? 'complete' : 'incomplete';
  const text = page.querySelector('.lesson-done-text');
  if (text) {
    text.textContent = isDone
      ? `You completed this lesson${completedOn(done[key])}.`
      : 'Finished reading? Mark the lesson as complete to track your progress in this course. It is saved in this browser only.';
  }
}

function announce(page, done) {
  const status = document.getElementById('learn-complete-status');
  if (!status) return;
  const key = page.dataset.lesson;
  const keys = keysOf(page);
  const count = keys.filter((k) => done[k]).length;
  if (!done[key]) {
    status.textContent = 'Marked as not complete.';
  } else if (count === keys.length) {
    status.textContent = `Lesson completed. You have completed all ${keys.length} lessons of this course.`;
  } else {
    status.textContent = `Lesson completed: ${count} of ${keys.length} lessons of this course done.`;
  }
}

function showAll() {
  const done = load();
  for (const container of document.querySelectorAll('[data-lesson-keys]')) {
    if (!container.classList.contains('learn-lesson')) showCourse(container, done);
  }
  const page = document.querySelector('.learn-lesson[data-lesson]');
  if (page) showLesson(page, done);
}

function start() {
  if (!storageWorks()) {
    const status = document.getElementById('learn-complete-status');
    if (status) {
      status.textContent = 'This browser does not let the site save data, so progress cannot be kept here.';
    }
    return;
  }
  const page = document.querySelector('.learn-lesson[data-lesson]');
  const button = document.getElementById('learn-complete');
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
        document.getElementById('learn-complete-status').textContent =
          'Progress could not be saved: the browser refused to store it.';
        return;
      }
      showLesson(page, done);
      announce(page, done);
    });
  }
  showAll();
  // another tab marked a lesson: show the same progress here
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) showAll();
  });
  // coming back with the Back button shows the page from the cache: refresh it
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) showAll();
  });
}

start();
