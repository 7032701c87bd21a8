// The first step of an import dialog: choose or drop a file, send it, and either hand the server's
// answer on or say why the file could not be read. The resume import and the letter import share
// it, so that both refuse, wait, report and recover alike.
import { t } from '../i18n.js';
import { h } from './dom.js';
import { uploadAnswer } from './api.js';

/**
 * Builds the step. o: prefix (of the ids: `${prefix}-step-choose`, `-drop`, `-choose`, `-file`,
 * `-status`, `-error`), accept, drop (the drop zone's words, "Drop your resume file here, or"), intro, hint (the
 * formats), extra (nodes after the drop zone, or none), maxBytes, tooLarge (the sentence for a
 * larger file), unchanged (the sentence that nothing changed), send(file, signal) (a fetch
 * promise), onBody(file, body) (a readable answer; ignored once closed() is true), closed().
 * Returns {element, show(), read(file), abort()}.
 */
export function fileStep(o) {
  const input = h('input', { type: 'file', id: `${o.prefix}-file`, accept: o.accept, class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true' });
  const choose = h('button', { type: 'button', class: 'button button-primary', id: `${o.prefix}-choose` }, t('file.choose'));
  const status = h('p', { class: 'import-status', id: `${o.prefix}-status`, role: 'status', 'aria-live': 'polite' });
  const error = h('div', { class: 'import-error', id: `${o.prefix}-error`, role: 'alert', hidden: true });
  const drop = h('div', { class: 'drop-zone', id: `${o.prefix}-drop` },
    h('p', { class: 'drop-zone-text' }, o.drop),
    choose, input,
    h('p', { class: 'hint' }, o.hint));
  const element = h('div', { id: `${o.prefix}-step-choose` },
    h('p', { class: 'dialog-intro' }, o.intro),
    drop, ...(o.extra || []), status, error,
    h('div', { class: 'dialog-actions' }, h('button', { type: 'button', class: 'button', 'data-close': true }, t('file.cancel'))));
  let inFlight = null;

  function fail(file, lines) {
    status.textContent = '';
    choose.disabled = false;
    error.replaceChildren(
      h('p', { class: 'import-error-first' }, `${t('file.failed', file.name)} ${o.unchanged}`),
      ...lines.map((line) => h('p', {}, line)));
    error.hidden = false;
    choose.focus();
  }

  async function read(file) {
    error.hidden = true;
    if (file.size > o.maxBytes) {
      fail(file, [o.tooLarge]);
      return;
    }
    if (file.size === 0) {
      fail(file, [t('file.empty')]);
      return;
    }
    choose.disabled = true;
    status.textContent = t('file.reading', file.name);
    const controller = new AbortController();
    inFlight = controller;
    const { body, error: problem, aborted } = await uploadAnswer(() => o.send(file, controller.signal), controller.signal);
    if (inFlight === controller) inFlight = null;
    if (aborted) return;
    if (problem) {
      fail(file, [problem]);
      return;
    }
    if (o.closed()) return;
    status.textContent = '';
    o.onBody(file, body);
  }

  choose.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files && input.files[0];
    input.value = '';
    if (file) read(file);
  });
  drop.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    drop.classList.add('is-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault();
    drop.classList.remove('is-over');
    const file = ev.dataTransfer && ev.dataTransfer.files && ev.dataTransfer.files[0];
    if (file) read(file);
  });

  return {
    element,
    /** Shows the step as new: no status, no error, the button ready and focused when asked. */
    show(focus = false) {
      element.hidden = false;
      status.textContent = '';
      error.hidden = true;
      error.replaceChildren();
      choose.disabled = false;
      if (focus) choose.focus();
    },
    read,
    /** Stops a file being read (the dialog was closed). */
    abort() {
      if (inFlight) inFlight.abort();
      inFlight = null;
    },
  };
}

/**
 * The dialog around an import: a heading with Close, the file step and the review step. Closing it
 * (Close, Cancel, Escape) aborts a read in progress and calls onClose(); a file dropped beside the
 * drop zone never makes the browser leave the editor. Returns the dialog, added to the page.
 */
export function fileDialog({ id, title, step, review, onClose }) {
  const dialog = h('dialog', { class: 'dialog dialog-wide', id, 'aria-labelledby': `${id}-title` },
    h('div', { class: 'dialog-head' },
      h('h2', { id: `${id}-title` }, title),
      h('button', { type: 'button', class: 'button button-small', 'data-close': true }, t('import.close'))),
    step.element, review);
  document.body.append(dialog);
  for (const button of dialog.querySelectorAll('[data-close]')) button.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    step.abort();
    onClose();
  });
  dialog.addEventListener('dragover', (ev) => ev.preventDefault());
  dialog.addEventListener('drop', (ev) => ev.preventDefault());
  return dialog;
}
