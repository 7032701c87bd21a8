// Calls to the server's HTTP API, and its problem+json answers in plain words.
import { t } from '../i18n.js';

export async function renderResume(doc, { format = 'pdf', template = null, signal, width = 0, ascii = false, preview = false } = {}) {
  const params = new URLSearchParams({ format });
  if (preview) params.set('preview', 'true');
  if (template) params.set('template', template);
  if (width) params.set('width', String(width));
  if (ascii) params.set('ascii', 'true');
  const response = await fetch(`/api/render?${params}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(doc),
    signal,
  });
  return response;
}

/** Reads a problem document; never throws. */
export async function problemOf(response) {
  try {
    const body = await response.json();
    return body && typeof body === 'object' ? body : {};
  } catch (e) {
    return {};
  }
}

/** The file name from a Content-Disposition header. */
export function fileNameOf(response, fallback) {
  const header = response.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch (e) { /* fall through */ }
  }
  const plain = /filename="([^"]+)"/i.exec(header);
  return plain ? plain[1] : fallback;
}

/** Offers bytes to the user as a download. */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Human-readable lines for a problem document. */
export function describeProblem(status, problem) {
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  if (status === 422 && errors.length) {
    return errors.slice(0, 8).map((e) => `${e.path}: ${e.message}`)
      .concat(errors.length > 8 ? [t('problem.more', errors.length - 8)] : []);
  }
  if (status === 400 && problem.line) {
    return [problem.detail || t('problem.not-json')];
  }
  return [problem.detail || t('problem.status', status)];
}

/** Renders one of the resume's cover letters (by id) in the resume's design. */
export async function renderLetter(doc, { letter, format = 'pdf', signal } = {}) {
  const params = new URLSearchParams({ format });
  if (letter) params.set('letter', letter);
  return fetch(`/api/letters/render?${params}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(doc),
    signal,
  });
}

/** Asks for a starter draft from the resume and a job posting: {letter, role, company, …}. */
export async function draftLetter(doc, posting, { signal } = {}) {
  return fetch('/api/letters/draft', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ resume: doc, jobDescription: posting }),
    signal,
  });
}

/** Checks one letter (length, company and role, keywords, placeholders, spelling and grammar). */
export async function checkLetter(doc, letter, { signal } = {}) {
  return fetch('/api/letters/check', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ resume: doc, letter, grammar: true }),
    signal,
  });
}

/**
 * Sends a file upload (an import) with send() and gives its answer as {body}, or as {error}, the
 * sentence to show, when the server cannot be reached, the file was refused (the problem's
 * detail, with the wait when the server asks for one) or the answer cannot be read; {aborted}
 * when signal stopped it (the dialog was closed): nothing to show.
 */
export async function uploadAnswer(send, signal) {
  let response;
  try {
    response = await send();
  } catch (e) {
    if (signal && signal.aborted) return { aborted: true };
    return { error: t('ats.offline') };
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    const retry = response.headers.get('Retry-After');
    const detail = problem.detail || t('problem.status', response.status);
    return { error: retry ? t('problem.retry', detail, retry) : detail };
  }
  try {
    return { body: await response.json() };
  } catch (e) {
    return { error: t('ats.unreadable') };
  }
}
