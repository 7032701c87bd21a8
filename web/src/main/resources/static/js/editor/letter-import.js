// "Import a letter" in the cover-letter view: choose a letter you already have (PDF, Word, text,
// Markdown), let the server read it into a letter's fields (POST /api/letters/import), review what
// was found, what was guessed and what was set aside, then add it to the resume's letters (one
// undo step). A file that cannot be read changes nothing. Choosing and sending the file is the
// resume import's own step (file-step.js).
import { t } from '../i18n.js';
import { h } from './dom.js';
import { clean } from './paths.js';
import { fileDialog, fileStep } from './file-step.js';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.docx,.txt,.md,.markdown,application/pdf,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FORMAT_NAMES = { PDF: 'PDF', DOCX: t('letter.format-name.docx'), TEXT: t('letter.format-name.txt'), MARKDOWN: 'Markdown' };

/** The review's rows: label, the field's JSON pointer within the letter, and its value. */
const ROWS = [
  [t('letter-import.role'), '/role', (l) => l.role],
  [t('letter.field.date'), '/date', (l) => l.date],
  [t('letter-import.subject'), '/subject', (l) => l.subject],
  [t('letter.to'), '/recipient/name', (l) => l.recipient && l.recipient.name],
  [t('letter.field.title'), '/recipient/title', (l) => l.recipient && l.recipient.title],
  [t('letter.field.company'), '/recipient/company', (l) => l.recipient && l.recipient.company],
  [t('letter.field.address'), '/recipient/address', (l) => l.recipient && l.recipient.address && String(l.recipient.address).split('\n').join(', ')],
  [t('letter.field.greeting'), '/greeting', (l) => l.greeting],
  [t('letter.field.body'), '/body', (l) => {
    const body = Array.isArray(l.body) ? l.body : [];
    if (!body.length) return '';
    const first = String(body[0].text || '');
    return `${body.length === 1 ? t('letter-import.paragraphs.one', 1) : t('letter-import.paragraphs.other', body.length)}: “${first.length > 90 ? `${first.slice(0, 90)}…` : first}”`;
  }],
  [t('letter.field.closing'), '/closing', (l) => l.closing],
  [t('letter.field.signature'), '/signature', (l) => l.signature],
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
      drop: t('letter-import.drop'),
      intro: t('letter-import.intro'),
      hint: t('letter-import.hint'),
      maxBytes: MAX_BYTES,
      tooLarge: t('letter-import.too-large'),
      unchanged: t('letter-import.unchanged'),
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
    const asideTitle = h('h3', { class: 'dialog-subhead', id: 'letter-import-aside-title' }, t('letter-import.aside'));
    const aside = h('p', { class: 'hint', id: 'letter-import-aside' });
    const warningsTitle = h('h3', { class: 'dialog-subhead', id: 'letter-import-warnings-title' });
    const warnings = h('ul', { class: 'import-warnings', id: 'letter-import-warnings' });
    const add = h('button', { type: 'button', class: 'button button-primary', id: 'letter-import-add' }, t('letter-import.add'));
    const reviewStep = h('div', { id: 'letter-import-step-review', hidden: true },
      reviewTitle, found, warningsTitle, warnings, asideTitle, aside,
      h('p', { class: 'hint' }, t('import.empty-hint')),
      h('div', { class: 'dialog-actions' },
        h('button', { type: 'button', class: 'button', 'data-close': true }, t('file.cancel')), add));

    dialog = fileDialog({ id: 'dlg-letter-import', title: t('letter-import.title'), step, review: reviewStep,
      onClose: () => { pending = null; } });
    parts = { reviewStep, reviewTitle, found, asideTitle, aside, warningsTitle, warnings };
    add.addEventListener('click', () => {
      if (!pending) return;
      const { fileName, letter } = pending;
      dialog.close();
      ctx.add(JSON.parse(JSON.stringify(letter)));
      ctx.showMessage(t('letter-import.added', fileName), 'info');
    });
  }

  function showChoose() {
    step.show();
    parts.reviewStep.hidden = true;
  }

  function showReview() {
    const { fileName, letter, format, sender, warnings, unsure } = pending;
    parts.reviewTitle.textContent = t('import.found', fileName, FORMAT_NAMES[format] || format);
    parts.found.replaceChildren(...ROWS.flatMap(([label, pointer, value]) => {
      const v = String(value(letter) || '').trim();
      return [h('dt', {}, label),
        h('dd', {}, v || h('span', { class: 'import-none' }, t('import.not-found')),
          unsure.includes(pointer) ? h('span', { class: 'import-unsure' }, ` ${t('import.guessed-check')}`) : null)];
    }));
    parts.warningsTitle.textContent = warnings.length
      ? (warnings.length === 1 ? t('import.check.one', 1) : t('import.check.other', warnings.length))
      : t('import.nothing-uncertain');
    const ordered = [...warnings.filter((w) => unsure.includes(w.pointer)), ...warnings.filter((w) => !unsure.includes(w.pointer))];
    parts.warnings.replaceChildren(...(warnings.length
      ? ordered.map((w) => h('li', { class: unsure.includes(w.pointer) ? 'import-warning import-guess' : 'import-warning' },
        unsure.includes(w.pointer) ? h('strong', {}, `${t('import.guessed')} `) : null,
        LABELS[w.pointer] ? h('code', { class: 'import-path' }, LABELS[w.pointer]) : null,
        h('span', {}, String(w.message || ''))))
      : [h('li', { class: 'import-warning import-ok' }, t('import.all-read'))]));
    parts.asideTitle.hidden = !sender.length;
    parts.aside.hidden = !sender.length;
    parts.aside.textContent = sender.length
      ? t('letter-import.sender', sender.join(' · '))
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
