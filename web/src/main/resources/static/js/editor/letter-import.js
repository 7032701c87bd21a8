// "Import a letter" in the cover-letter view: choose a letter you already have (PDF, Word, text,
// Markdown), let the server read it into a letter's fields (POST /api/letters/import), review what
// was found, what was guessed and what was set aside, then add it to the resume's letters (one
// undo step). A file that cannot be read changes nothing. Choosing and sending the file is the
// resume import's own step (file-step.js).
import { h } from './dom.js';
import { clean } from './paths.js';
import { fileStep } from './file-step.js';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.docx,.txt,.md,.markdown,application/pdf,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FORMAT_NAMES = { PDF: 'PDF', DOCX: 'Word document', TEXT: 'plain text', MARKDOWN: 'Markdown' };

/** The review's rows: label, the field's JSON pointer within the letter, and its value. */
const ROWS = [
  ['Role', '/role', (l) => l.role],
  ['Date', '/date', (l) => l.date],
  ['Subject', '/subject', (l) => l.subject],
  ['To', '/recipient/name', (l) => l.recipient && l.recipient.name],
  ['Their title', '/recipient/title', (l) => l.recipient && l.recipient.title],
  ['Company', '/recipient/company', (l) => l.recipient && l.recipient.company],
  ['Address', '/recipient/address', (l) => l.recipient && l.recipient.address && String(l.recipient.address).split('\n').join(', ')],
  ['Greeting', '/greeting', (l) => l.greeting],
  ['Body', '/body', (l) => {
    const body = Array.isArray(l.body) ? l.body : [];
    if (!body.length) return '';
    const first = String(body[0].text || '');
    return `${body.length === 1 ? 'one paragraph' : `${body.length} paragraphs`}: “${first.length > 90 ? `${first.slice(0, 90)}…` : first}”`;
  }],
  ['Closing', '/closing', (l) => l.closing],
  ['Signature', '/signature', (l) => l.signature],
];
const LABELS = Object.fromEntries(ROWS.map(([label, pointer]) => [pointer, label]));

function upload(file, doc, signal) {
  const form = new FormData();
  form.append('file', file, file.name);
  // the resume tells the writer's own lines and name from the recipient's
  form.append('resume', JSON.stringify({ basics: (doc && doc.basics) || {} }));
  return fetch('/api/letters/import', { method: 'POST', body: form, signal });
}

/**
 * Builds the dialog (once) and returns {open()}. ctx: store, add(letter) (puts the letter in the
 * resume and shows it), showMessage(lines, kind), openDialog(dialog).
 */
export function createLetterImport(ctx) {
  let dialog = null;
  let parts = null;
  let pending = null;
  let step = null;

  function build() {
    step = fileStep({
      prefix: 'letter-import',
      accept: ACCEPT,
      what: 'letter',
      intro: 'Bring in a cover letter you already wrote. The server reads the file and forgets it; your letters change only when you add it after checking what was found.',
      hint: 'PDF, Word (.docx), plain text or Markdown; at most 10 MB.',
      maxBytes: MAX_BYTES,
      tooLarge: 'It is larger than 10 MB; a letter is rarely more than a few hundred KB.',
      unchanged: 'Your letters are unchanged.',
      send: (file, signal) => upload(file, clean(ctx.store.doc), signal),
      closed: () => !dialog.open,
      onBody: (file, body) => {
        if (!body || typeof body.letter !== 'object') return;
        pending = {
          fileName: file.name,
          letter: body.letter,
          format: body.format,
          sender: Array.isArray(body.sender) ? body.sender : [],
          warnings: Array.isArray(body.warnings) ? body.warnings : [],
          unsure: Array.isArray(body.unsureFields) ? body.unsureFields : [],
        };
        showReview();
      },
    });

    const reviewTitle = h('h3', { class: 'import-review-title', id: 'letter-import-review-title', tabindex: '-1' });
    const found = h('dl', { class: 'import-found', id: 'letter-import-found', tabindex: '0' });
    const asideTitle = h('h3', { class: 'dialog-subhead', id: 'letter-import-aside-title' }, 'Set aside: your own details');
    const aside = h('p', { class: 'hint', id: 'letter-import-aside' });
    const warningsTitle = h('h3', { class: 'dialog-subhead', id: 'letter-import-warnings-title' });
    const warnings = h('ul', { class: 'import-warnings', id: 'letter-import-warnings' });
    const add = h('button', { type: 'button', class: 'button button-primary', id: 'letter-import-add' }, 'Add to my letters');
    const reviewStep = h('div', { id: 'letter-import-step-review', hidden: true },
      reviewTitle, found, warningsTitle, warnings, asideTitle, aside,
      h('p', { class: 'hint' }, 'Anything not found stays empty: fill it in the form afterwards.'),
      h('div', { class: 'dialog-actions' },
        h('button', { type: 'button', class: 'button', 'data-close': true }, 'Cancel'), add));

    dialog = h('dialog', { class: 'dialog dialog-wide', id: 'dlg-letter-import', 'aria-labelledby': 'dlg-letter-import-title' },
      h('div', { class: 'dialog-head' },
        h('h2', { id: 'dlg-letter-import-title' }, 'Import a letter'),
        h('button', { type: 'button', class: 'button button-small', 'data-close': true }, 'Close')),
      step.element, reviewStep);
    document.body.append(dialog);
    parts = { reviewStep, reviewTitle, found, asideTitle, aside, warningsTitle, warnings };

    for (const button of dialog.querySelectorAll('[data-close]')) button.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      step.abort();
      pending = null;
    });
    // a file dropped beside the drop zone must not make the browser leave the editor
    dialog.addEventListener('dragover', (ev) => ev.preventDefault());
    dialog.addEventListener('drop', (ev) => ev.preventDefault());
    add.addEventListener('click', () => {
      if (!pending) return;
      const { fileName, letter } = pending;
      dialog.close();
      ctx.add(JSON.parse(JSON.stringify(letter)));
      ctx.showMessage(`Added the letter from “${fileName}”. Undo (Ctrl+Z) takes it out again.`, 'info');
    });
  }

  function showChoose() {
    step.show();
    parts.reviewStep.hidden = true;
  }

  function showReview() {
    const { fileName, letter, format, sender, warnings, unsure } = pending;
    parts.reviewTitle.textContent = `Found in “${fileName}” (${FORMAT_NAMES[format] || format})`;
    parts.found.replaceChildren(...ROWS.flatMap(([label, pointer, value]) => {
      const v = String(value(letter) || '').trim();
      return [h('dt', {}, label),
        h('dd', {}, v || h('span', { class: 'import-none' }, 'not found'),
          unsure.includes(pointer) ? h('span', { class: 'import-unsure' }, ' guessed, check it') : null)];
    }));
    parts.warningsTitle.textContent = warnings.length
      ? `Check ${warnings.length === 1 ? 'this' : `these ${warnings.length}`} before you use it`
      : 'Nothing uncertain';
    const ordered = [...warnings.filter((w) => unsure.includes(w.pointer)), ...warnings.filter((w) => !unsure.includes(w.pointer))];
    parts.warnings.replaceChildren(...(warnings.length
      ? ordered.map((w) => h('li', { class: unsure.includes(w.pointer) ? 'import-warning import-guess' : 'import-warning' },
        unsure.includes(w.pointer) ? h('strong', {}, 'Guessed: ') : null,
        LABELS[w.pointer] ? h('code', { class: 'import-path' }, LABELS[w.pointer]) : null,
        h('span', {}, String(w.message || ''))))
      : [h('li', { class: 'import-warning import-ok' }, 'Every field was read as it was written.')]));
    parts.asideTitle.hidden = !sender.length;
    parts.aside.hidden = !sender.length;
    parts.aside.textContent = sender.length
      ? `${sender.join(' · ')}. A letter prints your name and contact details from the resume, so these lines are not kept.`
      : '';
    step.element.hidden = true;
    parts.reviewStep.hidden = false;
    parts.reviewTitle.focus();
  }

  return {
    open() {
      if (!dialog) build();
      showChoose();
      ctx.openDialog(dialog);
      step.show(true);
    },
  };
}
