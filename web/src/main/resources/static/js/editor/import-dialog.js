// The Import dialog: choose or drop a resume file (PDF, Word, text, Markdown, JSON Resume, a
// LinkedIn export ZIP), let the server read it (POST /api/import), then review what was found and
// every warning before anything changes: replace the current resume (undoable) or add it as a new
// one. A file that cannot be read leaves everything as it was.
import { h } from './dom.js';
import { fileStep } from './file-step.js';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.docx,.txt,.md,.markdown,.zip,.json,application/pdf,application/json,text/plain,text/markdown,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FORMAT_NAMES = {
  PDF: 'PDF', DOCX: 'Word document', TEXT: 'plain text', MARKDOWN: 'Markdown', LINKEDIN: 'LinkedIn data export',
  JSON_RESUME: 'JSON Resume', FRESH: 'FRESH resume',
};

/** Sends the file to the server; resolves with the Response. */
function upload(file, signal) {
  const form = new FormData();
  form.append('file', file, file.name);
  return fetch('/api/import', { method: 'POST', body: form, signal });
}

const text = (v) => (typeof v === 'string' ? v.trim() : '');
const list = (v) => (Array.isArray(v) ? v : []);
const joinNonEmpty = (parts, sep) => parts.map(text).filter(Boolean).join(sep);

/** Each section in the review: what its entries are called, and one title per entry. */
const SECTIONS = [
  { label: 'Experience', one: 'job', many: 'jobs', items: (d) => list(d.work).map((e) => joinNonEmpty([e.position, e.name], ', ')) },
  { label: 'Education', one: 'school', many: 'schools', items: (d) => list(d.education).map((e) => joinNonEmpty([e.institution, joinNonEmpty([e.studyType, e.area], ', ')], ': ')) },
  { label: 'Skills', one: 'skill', many: 'skills', items: (d) => list(d.skills).flatMap((s) => (list(s.keywords).length ? list(s.keywords) : [s.name])).map(text).filter(Boolean) },
  { label: 'Projects', one: 'project', many: 'projects', items: (d) => list(d.projects).map((e) => text(e.name)) },
  { label: 'Certifications', one: 'certificate', many: 'certificates', items: (d) => list(d.certificates).map((e) => text(e.name)) },
  { label: 'Volunteering', one: 'role', many: 'roles', items: (d) => list(d.volunteer).map((e) => joinNonEmpty([e.position, e.organization], ', ')) },
  { label: 'Awards', one: 'award', many: 'awards', items: (d) => list(d.awards).map((e) => text(e.title)) },
  { label: 'Publications', one: 'publication', many: 'publications', items: (d) => list(d.publications).map((e) => text(e.name)) },
  { label: 'Languages', one: 'language', many: 'languages', items: (d) => list(d.languages).map((e) => joinNonEmpty([e.language, e.fluency], ': ')) },
  { label: 'Interests', one: 'interest', many: 'interests', items: (d) => list(d.interests).map((e) => text(e.name)) },
  { label: 'References', one: 'reference', many: 'references', items: (d) => list(d.references).map((e) => text(e.name)) },
];

/** The JSON pointer under which each row of the review keeps its fields. */
const FIELD_POINTERS = {
  Name: '/basics/name', Headline: '/basics/label', Email: '/basics/email', Phone: '/basics/phone', Location: '/basics/location',
  Links: '/basics/profiles', Summary: '/basics/summary', Experience: '/work/', Education: '/education/', Projects: '/projects/',
  Certifications: '/certificates/', Volunteering: '/volunteer/', Awards: '/awards/', Publications: '/publications/',
  Languages: '/languages/', Interests: '/interests/', References: '/references/',
};

/** How many titles of a section show before the rest is folded behind "N more …". */
const SHOWN = 6;

/**
 * Rows [term, value] saying what the imported resume holds: who, how to reach them, what each
 * section has. A value is text, or for a long section its count, first titles and a disclosure
 * holding every other title, so nothing found is left out of the review.
 */
function summaryOf(doc) {
  const b = (doc && doc.basics) || {};
  const loc = b.location || {};
  const links = [text(b.url), ...list(b.profiles).map((p) => joinNonEmpty([p.network, p.username || p.url], ': '))].filter(Boolean);
  const rows = [
    ['Name', text(b.name) || 'not found'],
    ['Headline', text(b.label)],
    ['Email', text(b.email)],
    ['Phone', text(b.phone)],
    ['Location', joinNonEmpty([loc.city, loc.region, loc.countryCode], ', ')],
    ['Links', links.join(' · ')],
    ['Summary', text(b.summary).length > 160 ? `${text(b.summary).slice(0, 157)}…` : text(b.summary)],
  ].filter(([, value]) => value);
  const design = (doc.meta && doc.meta.createYourResume) || {};
  const custom = list(design.customSections).map((c) => ({
    label: text(c.title) || text(c.id), one: 'entry', many: 'entries', items: () => list(c.entries).map((e) => text(e.title)),
  }));
  for (const section of [...SECTIONS, ...custom]) {
    const items = section.items(doc);
    if (items.length) rows.push([section.label, sectionValue(section, items)]);
  }
  return rows;
}

/** "3 jobs: A; B; C", or for more than SHOWN titles the first ones and a disclosure with the rest. */
function sectionValue(section, items) {
  const count = `${items.length} ${items.length === 1 ? section.one : section.many}`;
  const titles = items.filter(Boolean);
  const sep = section.label === 'Skills' ? ', ' : '; ';
  if (!titles.length) return count;
  if (titles.length <= SHOWN) return `${count}: ${titles.join(sep)}`;
  const rest = titles.slice(SHOWN);
  return [
    `${count}: ${titles.slice(0, SHOWN).join(sep)}${sep.trimEnd()}`,
    h('details', { class: 'import-more' },
      h('summary', {}, `${rest.length} more ${rest.length === 1 ? section.one : section.many}`),
      h('span', {}, rest.join(sep))),
  ];
}

/**
 * The imported resume with the current one's look: an import brings content, so the template,
 * font, colours and page settings the person chose stay, unless the file has design settings of
 * its own (a JSON Resume made here). Section order, titles and custom sections belong to the
 * content and come from the import.
 */
function keepLook(imported, current) {
  const own = (imported.meta && imported.meta.createYourResume) || {};
  if (Object.keys(own).some((k) => k !== 'customSections')) return imported;
  const look = { ...((current.meta && current.meta.createYourResume) || {}) };
  for (const key of ['sectionOrder', 'hiddenSections', 'sectionTitles', 'customSections']) delete look[key];
  if (own.customSections) look.customSections = own.customSections;
  if (!Object.keys(look).length) return imported;
  return { ...imported, meta: { ...(imported.meta || {}), createYourResume: look } };
}

/**
 * Builds the dialog (once) and returns {open()}. ctx: store, currentName(), isBlank(doc),
 * createAndSwitch(doc), confirm(text, okLabel, onOk), showMessage(lines, kind), openDialog(dialog).
 */
export function createImportDialog(ctx) {
  let dialog = null;
  let parts = null;
  let pending = null;
  let step = null;
  // called with the imported resume once it is in the editor (the checker's "Fix this in the editor")
  let after = null;

  function build() {
    const linkedIn = h('details', { class: 'import-help' },
      h('summary', {}, 'How to get your LinkedIn data export'),
      h('p', {}, 'On LinkedIn open Me, then Settings & Privacy, Data privacy, Get a copy of your data. Choose the data you want (profile, positions, education and skills are enough) and request the archive. LinkedIn e-mails you a link to a ZIP file, usually within minutes: upload that ZIP here as it is.'));
    step = fileStep({
      prefix: 'import',
      accept: ACCEPT,
      what: 'resume',
      intro: 'Start from a resume you already have. The server reads the file and forgets it; nothing here changes until you have reviewed what was found.',
      hint: 'PDF, Word (.docx), plain text, Markdown, JSON Resume, or the ZIP of your LinkedIn data export; at most 10 MB.',
      extra: [linkedIn],
      maxBytes: MAX_BYTES,
      tooLarge: 'It is larger than 10 MB; a resume is rarely more than 1 MB. For a LinkedIn export, ask for your profile data only.',
      unchanged: 'Your current resume is unchanged.',
      send: upload,
      closed: () => !dialog.open,
      onBody: (file, body) => {
        if (!body || typeof body.resume !== 'object') return;
        pending = {
          fileName: file.name, resume: body.resume, format: body.format, warnings: list(body.warnings), unsure: list(body.unsureFields),
        };
        showReview();
      },
    });

    const reviewTitle = h('h3', { class: 'import-review-title', id: 'import-review-title', tabindex: '-1' });
    // the list scrolls when it is long: focusable so that keys scroll it, with a hint below it
    const foundHint = h('p', { class: 'hint', id: 'import-found-more', hidden: true }, 'There is more: scroll the list above to see everything that was found.');
    const found = h('dl', { class: 'import-found', id: 'import-found', tabindex: '0', 'aria-describedby': 'import-found-more' });
    const warningsTitle = h('h3', { class: 'dialog-subhead', id: 'import-warnings-title' });
    const warnings = h('ul', { class: 'import-warnings', id: 'import-warnings' });
    const replace = h('button', { type: 'button', class: 'button button-primary', id: 'import-replace' }, 'Replace current resume');
    const asNew = h('button', { type: 'button', class: 'button', id: 'import-as-new' }, 'Import as a new resume');
    const reviewStep = h('div', { id: 'import-step-review', hidden: true },
      reviewTitle, found, foundHint, warningsTitle, warnings,
      h('p', { class: 'hint' }, 'Anything not found stays empty: fill it in the form afterwards.'),
      h('div', { class: 'dialog-actions' },
        h('button', { type: 'button', class: 'button', 'data-close': true }, 'Cancel'), asNew, replace));

    dialog = h('dialog', { class: 'dialog dialog-wide', id: 'dlg-import', 'aria-labelledby': 'dlg-import-title' },
      h('div', { class: 'dialog-head' },
        h('h2', { id: 'dlg-import-title' }, 'Import a resume'),
        h('button', { type: 'button', class: 'button button-small', 'data-close': true }, 'Close')),
      step.element, reviewStep);
    document.body.append(dialog);
    parts = { reviewStep, reviewTitle, found, foundHint, warningsTitle, warnings, replace, asNew };

    for (const button of dialog.querySelectorAll('[data-close]')) button.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      step.abort();
      pending = null;
    });
    // a file dropped beside the drop zone must not make the browser leave the editor
    dialog.addEventListener('dragover', (ev) => ev.preventDefault());
    dialog.addEventListener('drop', (ev) => ev.preventDefault());
    // opening a section's full list can make the review longer than its box
    found.addEventListener('toggle', showOverflow, true);
    found.addEventListener('scroll', showOverflow, { passive: true });
    replace.addEventListener('click', replaceCurrent);
    asNew.addEventListener('click', importAsNew);
  }

  function showChoose() {
    step.show();
    parts.reviewStep.hidden = true;
  }

  function showReview() {
    const { fileName, resume, format, warnings, unsure } = pending;
    parts.reviewTitle.textContent = `Found in “${fileName}” (${FORMAT_NAMES[format] || format})`;
    // a row whose field (or one of whose entries) was guessed at says so beside its value
    const guessed = (term) => unsure.some((pointer) => pointer.startsWith(FIELD_POINTERS[term] || '\u0000'));
    parts.found.replaceChildren(...summaryOf(resume).flatMap(([term, value]) => [h('dt', {}, term),
      h('dd', {}, value, guessed(term) ? h('span', { class: 'import-unsure' }, ' guessed, check it') : null)]));
    parts.found.scrollTop = 0;
    parts.warningsTitle.textContent = warnings.length
      ? `Check ${warnings.length === 1 ? 'this' : `these ${warnings.length}`} before you use it`
      : 'Nothing uncertain';
    // guesses first: they are the fields that may be wrong; what was left out comes after
    const ordered = [...warnings.filter((w) => unsure.includes(w.pointer)), ...warnings.filter((w) => !unsure.includes(w.pointer))];
    parts.warnings.replaceChildren(...(warnings.length
      ? ordered.map((w) => h('li', { class: unsure.includes(w.pointer) ? 'import-warning import-guess' : 'import-warning' },
        unsure.includes(w.pointer) ? h('strong', {}, 'Guessed: ') : null,
        w.path && w.path !== '(document)' ? h('code', { class: 'import-path' }, w.path) : null,
        h('span', {}, text(w.message))))
      : [h('li', { class: 'import-warning import-ok' }, 'Every field was read as it was written.')]));
    step.element.hidden = true;
    parts.reviewStep.hidden = false;
    showOverflow();
    parts.reviewTitle.focus();
  }

  /** Says so below the review while it holds more than its box shows further down. */
  function showOverflow() {
    const { found } = parts;
    parts.foundHint.hidden = found.scrollTop + found.clientHeight >= found.scrollHeight - 1;
  }

  function replaceCurrent() {
    if (!pending) return;
    const { fileName, resume } = pending;
    const then = after;
    const blank = ctx.isBlank(ctx.store.doc);
    const replace = () => {
      const next = keepLook(JSON.parse(JSON.stringify(resume)), ctx.store.doc);
      dialog.close();
      ctx.store.change((d) => {
        for (const key of Object.keys(d)) delete d[key];
        Object.assign(d, next);
      });
      ctx.showMessage(blank
        ? `Imported the resume from “${fileName}”.`
        : `Replaced with the resume from “${fileName}”. Undo (Ctrl+Z) brings back the previous one.`, 'info');
      if (then) setTimeout(() => then(ctx.store.doc), 0);
    };
    // nothing to lose on a blank resume: no question to answer
    if (blank) replace();
    else ctx.confirm(`Replace “${ctx.currentName()}” with the resume from “${fileName}”? Undo brings back the one you have now.`, 'Replace', replace);
  }

  function importAsNew() {
    if (!pending) return;
    const { fileName, resume } = pending;
    const then = after;
    dialog.close();
    ctx.createAndSwitch(JSON.parse(JSON.stringify(resume)));
    ctx.showMessage(`Imported “${fileName}” as a new resume. The one you were editing is still in My resumes.`, 'info');
    if (then) setTimeout(() => then(ctx.store.doc), 0);
  }

  return {
    open() {
      if (!dialog) build();
      after = null;
      showChoose();
      ctx.openDialog(dialog);
      step.show(true);
    },
    /** Opens the dialog on {@code file} already chosen; {@code then(doc)} runs once it is imported. */
    openWith(file, then) {
      if (!dialog) build();
      after = then;
      showChoose();
      ctx.openDialog(dialog);
      step.read(file);
    },
  };
}
