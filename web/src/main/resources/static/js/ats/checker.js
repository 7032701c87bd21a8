// The ATS checker page: a file (chosen or dropped) or pasted text, and an optional job posting,
// sent to POST /api/ats/check; the report drawn below the form, or the server's refusal in words.
import { t } from '../i18n.js';
import { drawReport, fixCount } from './report.js';
import { problemOf } from '/js/editor/api.js';
import { handOver, pointsAtField } from './handoff.js';

const $ = (id) => document.getElementById(id);

const form = $('ats-form');
const fileInput = $('ats-file');
const drop = $('ats-drop');
const fileName = $('ats-file-name');
const textInput = $('ats-text');
const jobInput = $('ats-job');
const submit = $('ats-submit');
const status = $('ats-status');
const error = $('ats-error');
const results = $('ats-results');
const report = $('ats-report');
const maxBytes = Number(form.dataset.maxBytes);
const FIELDS = { file: fileInput, text: textInput, jobDescription: jobInput, resume: fileInput };

let chosen = null;
// the file (or pasted text) of the report on show, for "Fix this in the editor"
let checked = null;

const source = () => form.querySelector('input[name="source"]:checked').value;

function showSource() {
  for (const el of form.querySelectorAll('[data-source]')) el.hidden = el.dataset.source !== source();
  clearError();
}

function sizeText(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function choose(file) {
  chosen = file || null;
  fileName.textContent = chosen ? t('ats.chosen', chosen.name, sizeText(chosen.size)) : '';
  clearError();
}

function clearError() {
  error.hidden = true;
  error.replaceChildren();
  for (const input of Object.values(FIELDS)) {
    input.removeAttribute('aria-invalid');
    const described = (input.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && id !== 'ats-error');
    input.setAttribute('aria-describedby', described.join(' '));
  }
}

/** Shows why the check could not be made, on the field at fault when there is one. */
function fail(message, field, details = []) {
  error.replaceChildren(...[message, ...details].map((line) => {
    const p = document.createElement('p');
    p.textContent = line;
    return p;
  }));
  error.hidden = false;
  const input = FIELDS[field];
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') || ''} ats-error`.trim());
    if (!input.closest('[hidden]')) input.focus();
  }
  status.textContent = '';
}

function request() {
  const job = jobInput.value.trim();
  if (source() === 'file') {
    const body = new FormData();
    body.append('file', chosen, chosen.name);
    if (job) body.append('jobDescription', job);
    return { body };
  }
  return {
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: textInput.value, jobDescription: job || undefined }),
  };
}

/** Why the server refused, in words; never throws. */
async function refusal(response) {
  if (response.status === 429 || response.status === 503) {
    const wait = Number(response.headers.get('Retry-After')) || 5;
    return { message: t('ats.busy', wait) };
  }
  const problem = await problemOf(response);
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  const message = problem.detail || t('ats.failed', response.status);
  return {
    message,
    field: problem.field || (errors.length ? 'resume' : null),
    details: errors.slice(0, 6).map((e) => `${String(e.path || '').replace(/^resume\./, '')}: ${e.message}`),
  };
}

async function check(event) {
  event.preventDefault();
  clearError();
  if (source() === 'file') {
    if (!chosen) return fail(t('ats.choose-file'), 'file');
    if (chosen.size > maxBytes) return fail(t('ats.too-large', chosen.name, sizeText(chosen.size), form.dataset.maxSize), 'file');
    if (chosen.size === 0) return fail(t('ats.empty', chosen.name), 'file');
  } else if (!textInput.value.trim()) {
    return fail(t('ats.paste-text'), 'text');
  }
  submit.disabled = true;
  form.setAttribute('aria-busy', 'true');
  status.textContent = t('ats.checking');
  // an earlier result must not pass for this file's
  results.hidden = true;
  try {
    let response;
    try {
      response = await fetch('/api/ats/check', { method: 'POST', ...request() });
    } catch (e) {
      fail(t('ats.offline'));
      return;
    }
    if (!response.ok) {
      const why = await refusal(response);
      fail(why.message, why.field, why.details);
      return;
    }
    let answer;
    try {
      answer = await response.json();
    } catch (e) {
      fail(t('ats.unreadable'));
      return;
    }
    checked = source() === 'file' ? chosen : new File([textInput.value], 'pasted-resume.txt', { type: 'text/plain' });
    drawReport(report, answer, { locate: (f) => (pointsAtField(f) ? f : null), go: toEditor, action: t('ats.fix-in-editor') });
    results.hidden = false;
    const fixes = fixCount(answer);
    status.textContent = fixes === 1 ? t('ats.checked.one', answer.score, fixes) : t('ats.checked.other', answer.score, fixes);
    $('ats-results-title').focus();
  } finally {
    submit.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

/** Opens the editor, which imports the checked file through its review and shows the finding's field. */
async function toEditor(finding) {
  if (!checked) return;
  if (await handOver(checked, finding)) {
    window.location.assign('/editor');
  } else {
    status.textContent = t('ats.handoff-failed');
  }
}

$('ats-open-editor').addEventListener('click', () => toEditor(null));
for (const radio of form.querySelectorAll('input[name="source"]')) radio.addEventListener('change', showSource);
fileInput.addEventListener('change', () => choose(fileInput.files && fileInput.files[0]));
for (const type of ['dragenter', 'dragover']) {
  drop.addEventListener(type, (event) => {
    event.preventDefault();
    drop.classList.add('is-over');
  });
}
for (const type of ['dragleave', 'drop']) drop.addEventListener(type, () => drop.classList.remove('is-over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  const files = event.dataTransfer && event.dataTransfer.files;
  if (!files || !files.length) return;
  fileInput.files = files;
  choose(files[0]);
});
form.addEventListener('submit', check);
showSource();
// a browser that restores the form on Back keeps the file chosen before
if (fileInput.files && fileInput.files[0]) choose(fileInput.files[0]);
form.dataset.ready = 'true';
