// The Check panel ("ATS view"): the server's ATS check of the resume as it is written, and a few
// instant hints about the form that a reading of the PDF cannot give. A check starts 800 ms after
// typing pauses and aborts any older one; it runs on the server, so typing never waits for it. The
// report is drawn while the panel is open (or as soon as it opens), and the tab's badge shows the
// score. An optional job description, kept in this browser per resume, adds the job match.
import { t } from '../i18n.js';
import { h } from './dom.js';
import { clean, design } from './paths.js';
import { quickHints } from './checks.js';
import { problemOf } from './api.js';
import * as storage from './storage.js';
import { drawReport, fixCount, verdict } from '/js/ats/report.js';

const DEBOUNCE_MS = 800;
const JOB_PREFIX = 'cyr.job.v1.';
const $ = (id) => document.getElementById(id);

/** "work[1].highlights[0]" → "work.1.highlights.0", the form's data-focus-key. */
function focusKey(field) {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

const norm = (text) => String(text).replace(/\s+/g, ' ').trim().toLowerCase();

/** Every text of the document with its focus key (design settings left out). */
function texts(doc) {
  const out = [];
  const walk = (value, path) => {
    if (typeof value === 'string') out.push({ key: path.join('.'), text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => { if (k !== 'meta') walk(v, [...path, k]); });
  };
  walk(doc, []);
  return out;
}

/** The field holding {@code example} (a bullet, a line, a word), or null. Examples may be clipped with "…". */
function fieldWith(doc, example) {
  const all = texts(doc);
  const spelling = example.split(' → ');
  if (spelling.length === 2) {
    const word = spelling[0].trim();
    const pattern = new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu');
    const hit = all.find((t) => pattern.test(t.text));
    return hit ? hit.key : null;
  }
  const wanted = norm(example.replace(/…$/, ''));
  if (!wanted) return null;
  const hit = all.find((t) => norm(t.text) === wanted)
    || all.find((t) => norm(t.text).startsWith(wanted))
    || (wanted.length >= 12 ? all.find((t) => norm(t.text).includes(wanted)) : null);
  return hit ? hit.key : null;
}

const BY_ID = {
  'contact.name': 'basics.name',
  'contact.email': 'basics.email',
  'contact.phone': 'basics.phone',
  'contact.location': 'basics.location.city',
  'contact.linkedin': 'add-profile',
  'summary.long': 'basics.summary',
  'summary.short': 'basics.summary',
  'sections.missing-summary': 'basics.summary',
  'sections.missing-experience': 'add-section',
  'sections.missing-education': 'add-section',
  'sections.missing-skills': 'add-section',
};

/** Where in the form a finding or a closed-loop difference points, as a focus key; null if nowhere. */
export function locate(doc, item) {
  if ('expected' in item) return focusKey(item.field);
  if (BY_ID[item.id]) return BY_ID[item.id];
  if (item.id === 'loop.differences' && item.examples.length) return focusKey(item.examples[0].split(':')[0]);
  if (item.id.startsWith('match.missing')) return Array.isArray(doc.skills) && doc.skills.length ? 'skills.0.keywords' : 'add-section';
  if (item.id === 'headings.non-standard') {
    const d = design(doc);
    const titles = Object.entries(d.sectionTitles || {}).concat((d.customSections || []).map((c) => [c.id, c.title]));
    for (const example of item.examples) {
      const hit = titles.find(([, title]) => title && norm(title) === norm(example));
      if (hit) return `rename:${hit[0]}`;
    }
    return null;
  }
  if (item.id.startsWith('dates.')) {
    const work = Array.isArray(doc.work) ? doc.work : [];
    for (const example of item.examples) {
      const i = work.findIndex((w) => w && [w.name, w.position].some((v) => v && v.trim() && example.includes(v.trim())));
      if (i >= 0) return `work.${i}.startDate`;
    }
    return null;
  }
  for (const example of item.examples) {
    const key = fieldWith(doc, example);
    if (key) return key;
  }
  return null;
}

/**
 * Starts the panel. {@code currentId()} is the resume being edited, {@code goTo(focusKey)} shows
 * a field of the form. Call {@code changed()} after every change to the resume and {@code
 * switched()} after another resume is opened.
 */
export function startAtsPanel({ store, currentId, goTo }) {
  const panel = $('panel-check');
  const report = $('ats-report');
  const status = $('ats-status');
  const problems = $('ats-problems');
  const job = $('ats-job');
  const hintsBox = $('ats-hints');
  const hints = $('checks');
  const badge = $('check-count');
  let timer = null;
  let retry = null;
  let hintTimer = null;
  let controller = null;
  let seq = 0;
  let drawn = 0;
  let last = null;
  let stale = false;

  const jobKey = () => `${JOB_PREFIX}${currentId()}`;
  function loadJob() {
    try {
      job.value = window.localStorage.getItem(jobKey()) || '';
    } catch (e) {
      job.value = '';
    }
  }
  function saveJob() {
    try {
      if (job.value.trim()) window.localStorage.setItem(jobKey(), job.value);
      else window.localStorage.removeItem(jobKey());
    } catch (e) { /* storage full or disabled: the posting still goes with each check */ }
  }
  // postings of resumes deleted since: nothing else would remove them
  function forgetDeleted() {
    try {
      const ids = new Set(storage.list().map((entry) => entry.id));
      for (let i = window.localStorage.length - 1; i >= 0; i--) {
        const key = window.localStorage.key(i);
        if (key && key.startsWith(JOB_PREFIX) && !ids.has(key.slice(JOB_PREFIX.length))) window.localStorage.removeItem(key);
      }
    } catch (e) { /* storage disabled */ }
  }

  function drawHints() {
    const found = quickHints(store.doc);
    hintsBox.hidden = found.length === 0;
    hints.replaceChildren(...found.map((c) => h('li', { class: `check check-${c.level}` },
      h('span', { class: 'check-level' }, c.level === 'warn' ? t('check.fix') : t('check.tip')),
      h('span', { class: 'check-text' }, c.text),
      c.focus ? h('button', { type: 'button', class: 'button button-small check-go', onclick: () => goTo(c.focus) }, t('report.show')) : null)));
  }

  function draw() {
    if (!last) return;
    if (panel.hidden) {
      stale = true;
      return;
    }
    stale = false;
    drawReport(report, last, { locate: (item) => locate(store.doc, item), go: goTo });
    drawn += 1;
    report.dataset.seq = String(drawn);
  }
  new MutationObserver(() => { if (!panel.hidden && stale) draw(); })
    .observe(panel, { attributes: true, attributeFilter: ['hidden'] });

  // the score on the Check tab reads as a score, not a count of problems: "ATS 96/100" with a
  // small gauge coloured like the report's verdict
  function showBadge() {
    badge.classList.remove('is-good', 'is-fair', 'is-poor');
    if (!last) {
      badge.replaceChildren();
      badge.removeAttribute('title');
      return;
    }
    const score = Math.max(0, Math.min(100, Math.round(last.score)));
    badge.classList.add(`is-${verdict(score).band}`);
    const ring = h('span', { class: 'score-ring', 'aria-hidden': 'true' });
    ring.style.setProperty('--score', String(score));
    badge.replaceChildren(ring, h('span', { class: 'visually-hidden' }, ', '), `ATS ${score}/100`);
    badge.title = t('ats.badge.title', score);
  }

  function showProblems(status422, problem) {
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    const lines = errors.length
      ? errors.slice(0, 6).map((e) => `${String(e.path || '').replace(/^resume\./, '')}: ${e.message}`)
      : [problem.detail || t('preview.answered', status422)];
    problems.replaceChildren(
      h('p', { class: 'preview-problems-title' }, last ? t('check.last') : t('check.waits')),
      h('ul', {}, lines.map((l) => h('li', {}, l))));
    problems.hidden = false;
  }

  function failed(text) {
    status.textContent = text;
    report.dataset.state = 'failed';
  }

  async function run() {
    timer = null;
    if (controller) controller.abort();
    const mine = new AbortController();
    controller = mine;
    const n = ++seq;
    report.dataset.state = 'checking';
    status.textContent = t('ats.checking');
    const posting = job.value.trim();
    let response;
    try {
      response = await fetch('/api/ats/check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ resume: clean(store.doc), jobDescription: posting || undefined, grammar: true }),
        signal: mine.signal,
      });
    } catch (e) {
      if (!mine.signal.aborted && n === seq) failed(t('check.offline'));
      return;
    }
    if (n !== seq) return;
    if (response.status === 429 || response.status === 503) {
      const wait = Math.min(30, Number(response.headers.get('Retry-After')) || 2);
      status.textContent = t('check.busy', wait);
      retry = window.setTimeout(() => { if (n === seq) run(); }, wait * 1000);
      return;
    }
    if (!response.ok) {
      const problem = await problemOf(response);
      if (n !== seq) return;
      showProblems(response.status, problem);
      failed(t('check.not-checked'));
      return;
    }
    let answer;
    try {
      answer = await response.json();
    } catch (e) {
      if (!mine.signal.aborted && n === seq) failed(t('check.unreadable'));
      return;
    }
    if (n !== seq) return;
    problems.hidden = true;
    last = answer;
    const fixes = fixCount(answer);
    status.textContent = (fixes === 1 ? t('ats.status.one', answer.score, fixes) : t('ats.status.other', answer.score, fixes));
    report.dataset.state = 'ready';
    showBadge();
    draw();
  }

  function schedule() {
    window.clearTimeout(timer);
    window.clearTimeout(retry);
    report.dataset.state = 'pending';
    timer = window.setTimeout(run, DEBOUNCE_MS);
  }

  job.addEventListener('input', () => {
    saveJob();
    schedule();
  });
  // Ctrl+Z in the posting undoes typing there, not the last change to the resume
  job.addEventListener('keydown', (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && ['z', 'y'].includes(ev.key.toLowerCase())) ev.stopPropagation();
  });

  forgetDeleted();
  loadJob();
  drawHints();
  schedule();

  return {
    changed() {
      window.clearTimeout(hintTimer);
      hintTimer = window.setTimeout(drawHints, 200);
      schedule();
    },
    switched() {
      if (controller) controller.abort();
      seq += 1;
      last = null;
      report.replaceChildren();
      problems.hidden = true;
      showBadge();
      loadJob();
      drawHints();
      schedule();
    },
  };
}
