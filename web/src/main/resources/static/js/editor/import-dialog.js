// The Import dialog: choose or drop a resume file (PDF, Word, text, Markdown, JSON Resume, a
// LinkedIn export ZIP), let the server read it (POST /api/import), then review what was found and
// every warning before anything changes: replace the current resume (undoable) or add it as a new
// one. A file that cannot be read leaves everything as it was.
import { t } from '../i18n.js';
import { h } from './dom.js';
import { fileDialog, fileStep } from './file-step.js';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.docx,.txt,.md,.markdown,.zip,.json,application/pdf,application/json,text/plain,text/markdown,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FORMAT_NAMES = {
  PDF: 'PDF', DOCX: t('letter.format-name.docx'), TEXT: t('letter.format-name.txt'), MARKDOWN: 'Markdown', LINKEDIN: t('import.format.linkedin'),
  JSON_RESUME: 'JSON Resume', FRESH: t('import.format.fresh'),
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

/**
 * Each section in the review: its label, the JSON pointer its entries live under, "3 jobs" and
 * "7 more jobs" in the interface's language (keys spelt out, so the bundle checks see them), and
 * one title per entry.
 */
const SECTIONS = [
  {
    label: t('section.work'), pointer: '/work/',
    count: (n) => (n === 1 ? t('import.count.work.one', n) : t('import.count.work.other', n)),
    more: (n) => (n === 1 ? t('import.more.work.one', n) : t('import.more.work.other', n)),
    items: (d) => list(d.work).map((e) => joinNonEmpty([e.position, e.name], ', ')),
  },
  {
    label: t('section.education'), pointer: '/education/',
    count: (n) => (n === 1 ? t('import.count.education.one', n) : t('import.count.education.other', n)),
    more: (n) => (n === 1 ? t('import.more.education.one', n) : t('import.more.education.other', n)),
    items: (d) => list(d.education).map((e) => joinNonEmpty([e.institution, joinNonEmpty([e.studyType, e.area], ', ')], ': ')),
  },
  {
    label: t('section.skills'), pointer: '/skills/',
    count: (n) => (n === 1 ? t('import.count.skills.one', n) : t('import.count.skills.other', n)),
    more: (n) => (n === 1 ? t('import.more.skills.one', n) : t('import.more.skills.other', n)),
    items: (d) => list(d.skills).flatMap((s) => (list(s.keywords).length ? list(s.keywords) : [s.name])).map(text).filter(Boolean),
  },
  {
    label: t('section.projects'), pointer: '/projects/',
    count: (n) => (n === 1 ? t('import.count.projects.one', n) : t('import.count.projects.other', n)),
    more: (n) => (n === 1 ? t('import.more.projects.one', n) : t('import.more.projects.other', n)),
    items: (d) => list(d.projects).map((e) => text(e.name)),
  },
  {
    label: t('section.certificates'), pointer: '/certificates/',
    count: (n) => (n === 1 ? t('import.count.certificates.one', n) : t('import.count.certificates.other', n)),
    more: (n) => (n === 1 ? t('import.more.certificates.one', n) : t('import.more.certificates.other', n)),
    items: (d) => list(d.certificates).map((e) => text(e.name)),
  },
  {
    label: t('import.section.volunteer'), pointer: '/volunteer/',
    count: (n) => (n === 1 ? t('import.count.volunteer.one', n) : t('import.count.volunteer.other', n)),
    more: (n) => (n === 1 ? t('import.more.volunteer.one', n) : t('import.more.volunteer.other', n)),
    items: (d) => list(d.volunteer).map((e) => joinNonEmpty([e.position, e.organization], ', ')),
  },
  {
    label: t('section.awards'), pointer: '/awards/',
    count: (n) => (n === 1 ? t('import.count.awards.one', n) : t('import.count.awards.other', n)),
    more: (n) => (n === 1 ? t('import.more.awards.one', n) : t('import.more.awards.other', n)),
    items: (d) => list(d.awards).map((e) => text(e.title)),
  },
  {
    label: t('section.publications'), pointer: '/publications/',
    count: (n) => (n === 1 ? t('import.count.publications.one', n) : t('import.count.publications.other', n)),
    more: (n) => (n === 1 ? t('import.more.publications.one', n) : t('import.more.publications.other', n)),
    items: (d) => list(d.publications).map((e) => text(e.name)),
  },
  {
    label: t('section.languages'), pointer: '/languages/',
    count: (n) => (n === 1 ? t('import.count.languages.one', n) : t('import.count.languages.other', n)),
    more: (n) => (n === 1 ? t('import.more.languages.one', n) : t('import.more.languages.other', n)),
    items: (d) => list(d.languages).map((e) => joinNonEmpty([e.language, e.fluency], ': ')),
  },
  {
    label: t('section.interests'), pointer: '/interests/',
    count: (n) => (n === 1 ? t('import.count.interests.one', n) : t('import.count.interests.other', n)),
    more: (n) => (n === 1 ? t('import.more.interests.one', n) : t('import.more.interests.other', n)),
    items: (d) => list(d.interests).map((e) => text(e.name)),
  },
  {
    label: t('section.references'), pointer: '/references/',
    count: (n) => (n === 1 ? t('import.count.references.one', n) : t('import.count.references.other', n)),
    more: (n) => (n === 1 ? t('import.more.references.one', n) : t('import.more.references.other', n)),
    items: (d) => list(d.references).map((e) => text(e.name)),
  },
];

/** How many titles of a section show before the rest is folded behind "N more …". */
const SHOWN = 6;

/**
 * Rows [term, value, pointer] saying what the imported resume holds: who, how to reach them, what
 * each section has. A value is text, or for a long section its count, first titles and a
 * disclosure holding every other title, so nothing found is left out of the review; the pointer
 * (where the row's fields live) tells whether the importer guessed at any of them. A field or
 * section with nothing in it has a row ("not found") only when `flagged`, the unsure pointers,
 * names it: the import suspects it missed something there.
 */
function summaryOf(doc, flagged = []) {
  const b = (doc && doc.basics) || {};
  const loc = b.location || {};
  const links = [text(b.url), ...list(b.profiles).map((p) => joinNonEmpty([p.network, p.username || p.url], ': '))].filter(Boolean);
  const rows = [
    [t('import.row.name'), text(b.name) || t('import.not-found'), '/basics/name'],
    [t('field.basics.label'), text(b.label), '/basics/label'],
    [t('field.basics.email'), text(b.email), '/basics/email'],
    [t('field.basics.phone'), text(b.phone), '/basics/phone'],
    [t('field.location'), joinNonEmpty([loc.city, loc.region, loc.countryCode], ', '), '/basics/location'],
    [t('import.row.links'), links.join(' · '), '/basics/profiles'],
    [t('section.summary'), text(b.summary).length > 160 ? `${text(b.summary).slice(0, 157)}…` : text(b.summary), '/basics/summary'],
  ].map(([term, value, under]) => [term, value || (flagged.includes(under) ? t('import.not-found') : ''), under])
    .filter(([, value]) => value);
  const design = (doc.meta && doc.meta.createYourResume) || {};
  const custom = list(design.customSections).map((c, i) => ({
    label: text(c.title) || text(c.id),
    pointer: `/meta/createYourResume/customSections/${i}/`,
    count: (n) => (n === 1 ? t('import.count.custom.one', n) : t('import.count.custom.other', n)),
    more: (n) => (n === 1 ? t('import.more.custom.one', n) : t('import.more.custom.other', n)),
    items: () => list(c.entries).map((e) => text(e.title)),
  }));
  for (const section of [...SECTIONS, ...custom]) {
    const items = section.items(doc);
    if (items.length) rows.push([section.label, sectionValue(section, items), section.pointer]);
    // a section the import found nothing in, while its flag says items may be missing, still shows
    else if (flagged.includes(section.pointer.slice(0, -1))) rows.push([section.label, t('import.not-found'), section.pointer]);
  }
  return rows;
}

/** "3 jobs: A; B; C", or for more than SHOWN titles the first ones and a disclosure with the rest. */
function sectionValue(section, items) {
  const count = section.count(items.length);
  const titles = items.filter(Boolean);
  const sep = section.pointer === '/skills/' ? ', ' : '; ';
  if (!titles.length) return count;
  if (titles.length <= SHOWN) return `${count}: ${titles.join(sep)}`;
  const rest = titles.slice(SHOWN);
  return [
    `${count}: ${titles.slice(0, SHOWN).join(sep)}${sep.trimEnd()}`,
    h('details', { class: 'import-more' },
      h('summary', {}, section.more(rest.length)),
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
      h('summary', {}, t('import.linkedin.title')),
      h('p', {}, t('import.linkedin.text')));
    step = fileStep({
      prefix: 'import',
      accept: ACCEPT,
      drop: t('import.drop'),
      intro: t('import.intro'),
      hint: t('import.hint'),
      extra: [linkedIn],
      maxBytes: MAX_BYTES,
      tooLarge: t('import.too-large'),
      unchanged: t('import.unchanged'),
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
    const foundHint = h('p', { class: 'hint', id: 'import-found-more', hidden: true }, t('import.found-more'));
    const found = h('dl', { class: 'import-found', id: 'import-found', tabindex: '0', 'aria-describedby': 'import-found-more' });
    const warningsTitle = h('h3', { class: 'dialog-subhead', id: 'import-warnings-title' });
    const warnings = h('ul', { class: 'import-warnings', id: 'import-warnings' });
    const replace = h('button', { type: 'button', class: 'button button-primary', id: 'import-replace' }, t('import.replace'));
    const asNew = h('button', { type: 'button', class: 'button', id: 'import-as-new' }, t('import.as-new'));
    const reviewStep = h('div', { id: 'import-step-review', hidden: true },
      reviewTitle, found, foundHint, warningsTitle, warnings,
      h('p', { class: 'hint' }, t('import.empty-hint')),
      h('div', { class: 'dialog-actions' },
        h('button', { type: 'button', class: 'button', 'data-close': true }, t('file.cancel')), asNew, replace));

    dialog = fileDialog({ id: 'dlg-import', title: t('import.title'), step, review: reviewStep,
      onClose: () => { pending = null; } });
    parts = { reviewStep, reviewTitle, found, foundHint, warningsTitle, warnings, replace, asNew };
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
    parts.reviewTitle.textContent = t('import.found', fileName, FORMAT_NAMES[format] || format);
    // a row whose field (or one of whose entries) was guessed at says so beside its value; a flag
    // at a whole section (`/skills`: items may be missing) or at the header marks every row under it
    const guessed = (under) => Boolean(under) && unsure.some((pointer) => pointer
      && (pointer.startsWith(under) || under.startsWith(`${pointer}/`)));
    const incomplete = (under) => Boolean(under) && under.endsWith('/') && unsure.includes(under.slice(0, -1));
    const mark = (under) => {
      if (incomplete(under)) return h('span', { class: 'import-unsure' }, ` ${t('import.section-check')}`);
      return guessed(under) ? h('span', { class: 'import-unsure' }, ` ${t('import.guessed-check')}`) : null;
    };
    parts.found.replaceChildren(...summaryOf(resume, unsure).flatMap(([term, value, under]) => [h('dt', {}, term),
      h('dd', {}, value, mark(under))]));
    parts.found.scrollTop = 0;
    parts.warningsTitle.textContent = warnings.length
      ? (warnings.length === 1 ? t('import.check.one', 1) : t('import.check.other', warnings.length))
      : t('import.nothing-uncertain');
    // guesses first: they are the fields that may be wrong; what was left out comes after
    const ordered = [...warnings.filter((w) => unsure.includes(w.pointer)), ...warnings.filter((w) => !unsure.includes(w.pointer))];
    parts.warnings.replaceChildren(...(warnings.length
      ? ordered.map((w) => h('li', { class: unsure.includes(w.pointer) ? 'import-warning import-guess' : 'import-warning' },
        unsure.includes(w.pointer) ? h('strong', {}, `${t('import.guessed')} `) : null,
        w.path && w.path !== '(document)' ? h('code', { class: 'import-path' }, w.path) : null,
        h('span', {}, text(w.message))))
      : [h('li', { class: 'import-warning import-ok' }, t('import.all-read'))]));
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
        ? t('import.imported', fileName)
        : t('import.replaced', fileName), 'info');
      if (then) setTimeout(() => then(ctx.store.doc), 0);
    };
    // nothing to lose on a blank resume: no question to answer
    if (blank) replace();
    else ctx.confirm(t('import.replace.confirm', ctx.currentName(), fileName), t('import.replace.ok'), replace);
  }

  function importAsNew() {
    if (!pending) return;
    const { fileName, resume } = pending;
    const then = after;
    dialog.close();
    ctx.createAndSwitch(JSON.parse(JSON.stringify(resume)));
    ctx.showMessage(t('import.as-new.done', fileName), 'info');
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
