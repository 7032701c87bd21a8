// The cover-letter view: the resume's letters (meta.createYourResume.letters, one per job) edited
// beside a live preview of the letter's real PDF pages, drafted from a job posting, checked and
// downloaded. Letters live inside the resume document, so undo, saving in this browser and Save
// online carry them with no code of their own.
import { t, lang } from '../i18n.js';
import { h, icon, announce } from './dom.js';
import { clean, design, set } from './paths.js';
import { Preview } from './preview.js';
import {
  renderLetter, draftLetter, checkLetter, problemOf, fileNameOf, download, describeProblem,
} from './api.js';
import { createLetterImport } from './letter-import.js';

const $ = (id) => document.getElementById(id);
const VIEW_KEY = 'cyr.doc.v1';
const JOB_PREFIX = 'cyr.job.v1.'; // the posting pasted into the Check tab, kept per resume
const CHECK_MS = 1200;
const FORMATS = [['pdf', 'PDF'], ['docx', 'Word'], ['txt', t('letter.format.txt')], ['md', 'Markdown']];
const FORMAT_NAMES = {
  pdf: 'PDF', docx: t('letter.format-name.docx'), txt: t('letter.format-name.txt'), md: t('letter.format-name.md'), html: t('letter.format-name.html'),
};

/** The resume's letters; with create, the list is made when missing (for changes). */
function lettersOf(doc, create = false) {
  if (!create) {
    const list = design(doc).letters;
    return Array.isArray(list) ? list : [];
  }
  const d = design(doc, true);
  if (!Array.isArray(d.letters)) d.letters = [];
  return d.letters;
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** An id no other letter of the resume has, from a wanted one (the server needs them unique). */
function freeId(letters, wanted) {
  const base = String(wanted || 'letter').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'letter';
  const taken = new Set(letters.map((l) => l && l.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A paragraph as {text, generated}: a file may also hold a paragraph as a plain string. */
function paragraph(p) {
  if (typeof p === 'string') return { text: p, generated: false };
  return { text: p && typeof p.text === 'string' ? p.text : '', generated: !!(p && p.generated === true) };
}

/** How a letter is named in the picker: its role and company, or its place. */
export function letterName(letter, index) {
  const r = (letter && letter.recipient) || {};
  const parts = [letter && letter.role, r.company].filter((s) => typeof s === 'string' && s.trim());
  return parts.length ? parts.map((s) => s.trim()).join(' · ') : t('letter.untitled', index + 1);
}

function hasText(letter) {
  return (Array.isArray(letter.body) ? letter.body : []).some((p) => paragraph(p).text.trim());
}

function autoGrow(area) {
  const fit = () => {
    area.style.height = 'auto';
    area.style.height = `${Math.max(60, area.scrollHeight + 2)}px`;
  };
  area.addEventListener('input', fit);
  window.requestAnimationFrame(fit);
}

/**
 * Starts the view. previewVisible() says whether the preview pane is on screen (on a phone it
 * may not be); onShow(which) runs after the Resume / Cover letter switch changed.
 */
export function startLetters({ store, editor, currentId, confirm, showMessage, openDialog, previewVisible, onShow }) {
  const root = $('letter-form');
  const scroller = $('letter-scroll');
  let active = false;
  let selected = null; // the id of the letter shown
  let pendingFocus = null;
  let draftOpen = null; // the user's own choice for the draft box, once made
  let checkTimer = null;
  let checkController = null;
  let lastReport = null; // {id, report} of the newest check

  const preview = new Preview({
    pages: $('letter-pages'),
    status: $('letter-preview-status'),
    pageCount: $('letter-page-count'),
    problems: $('letter-preview-problems'),
    problemList: $('letter-preview-problem-list'),
    visible: () => active && previewVisible(),
    render: (doc, options) => renderLetter(doc, { ...options, letter: selected }),
    what: t('preview.what-letter'),
  });

  /** The index of the letter shown in doc, or -1 when the resume has none. */
  const indexIn = (doc) => {
    const list = lettersOf(doc);
    const i = list.findIndex((l) => l && l.id === selected);
    return i >= 0 ? i : (list.length ? 0 : -1);
  };
  const currentLetter = () => lettersOf(store.doc)[indexIn(store.doc)] || null;

  /** Changes the letter shown; typing (a key) merges into one undo step per field. */
  const changeLetter = (mutate, options) => {
    store.change((d) => {
      const letter = lettersOf(d)[indexIn(d)];
      if (letter) mutate(letter, d);
    }, options);
  };

  const edit = (path, value) => changeLetter((letter) => {
    set(letter, path, value);
    if (letter.recipient && Object.keys(letter.recipient).length === 0) delete letter.recipient;
  }, { key: `letter.${selected}.${path.join('.')}`, structural: false });

  // ---------- the form ----------
  function field(letter, label, path, { type = 'text', multiline = false, hint = null, placeholder = null } = {}) {
    const id = `letter-${path.join('-')}`;
    let value = letter;
    for (const k of path) value = value && typeof value === 'object' ? value[k] : undefined;
    // a date written by hand in the file ("7 December", "04/05/2025") stays a text field showing
    // that text, so it is not lost, and the hint says why it is not a date picker
    const asWritten = type === 'date' && typeof value === 'string' && value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value);
    if (asWritten) hint = writtenDateHint(value);
    const attrs = {
      id,
      'data-focus-key': `letter.${path.join('.')}`,
      value: typeof value === 'string' ? value : '',
      placeholder,
      autocomplete: 'off',
      'aria-describedby': hint ? `${id}-hint` : null,
    };
    const kind = asWritten ? 'text' : type;
    const input = multiline ? h('textarea', { ...attrs, rows: 3 }) : h('input', { ...attrs, type: kind });
    input.addEventListener('input', () => {
      edit(path, input.value);
      if (path[path.length - 1] === 'role' || path[path.length - 1] === 'company') names();
    });
    return h('div', { class: 'field' }, h('label', { for: id }, label), input,
      hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null);
  }

  /** Why a date field holds text: as the file had it, and, for "04/05/2025", which way it may read. */
  function writtenDateHint(value) {
    const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
    if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && Number(numeric[1]) !== Number(numeric[2])) {
      const [a, b] = [Number(numeric[1]), Number(numeric[2])];
      // the two readings in the interface's own way of writing dates; English as "4 May", the
      // order most letters written as 04/05 come from
      const locale = lang === 'en' ? 'en-GB' : lang;
      const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
      const full = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const year = Number(numeric[3]);
      const when = (month, day) => new Date(Date.UTC(year, month - 1, day));
      return t('letter.date.ambiguous', value, dayMonth.format(when(a, b)), dayMonth.format(when(b, a)), full.format(when(b, a)));
    }
    return t('letter.date.as-written', value);
  }

  function addLetter() {
    store.change((d) => {
      const list = lettersOf(d, true);
      const id = freeId(list, `letter-${list.length + 1}`);
      list.push({ id, date: today(), greeting: 'Dear Hiring Manager,', body: [{ text: '' }], closing: 'Kind regards,' });
      selected = id;
    });
    pendingFocus = 'letter.role';
    draw();
    focusPending();
    announce(t('letter.added'));
  }

  /** Adds a letter read from a file (see letter-import.js) and shows it; one undo step. */
  function addImported(letter) {
    store.change((d) => {
      const list = lettersOf(d, true);
      const id = freeId(list, letter.id || 'imported-letter');
      list.push({ ...letter, id });
      selected = id;
    });
    lastReport = null;
    pendingFocus = 'letter-select';
    draw();
    refresh(true);
    scheduleCheck(0);
    focusPending();
    announce(t('letter.imported'));
  }
  const letterImport = createLetterImport({ store, add: addImported, showMessage, openDialog });

  function deleteLetter() {
    const letter = currentLetter();
    if (!letter) return;
    const name = letterName(letter, indexIn(store.doc));
    confirm(t('letter.delete.confirm', name), t('letter.delete.ok'), () => {
      store.change((d) => {
        const list = lettersOf(d);
        list.splice(indexIn(d), 1);
        if (list.length === 0) delete design(d).letters;
      });
      selected = null;
      draw();
      pendingFocus = lettersOf(store.doc).length ? 'letter-select' : 'letter-blank';
      focusPending();
      announce(t('letter.deleted'));
    });
  }

  function moveParagraph(from, to, focusKey) {
    changeLetter((letter) => {
      const [p] = letter.body.splice(from, 1);
      letter.body.splice(to, 0, p);
    });
    pendingFocus = focusKey;
    focusPending();
    announce(t('letter.paragraph.moved', to + 1));
  }

  function removeParagraph(j) {
    changeLetter((letter) => { letter.body.splice(j, 1); });
    const left = (currentLetter().body || []).length;
    pendingFocus = left ? `letter.body.${Math.min(j, left - 1)}` : 'letter-add-paragraph';
    focusPending();
    announce(t('letter.paragraph.removed'));
  }

  function paragraphs(letter) {
    const body = Array.isArray(letter.body) ? letter.body : [];
    const n = body.length;
    const items = body.map((raw, j) => {
      const p = paragraph(raw);
      const id = `letter-body-${j}`;
      const area = h('textarea', {
        id, rows: 4, value: p.text, 'data-focus-key': `letter.body.${j}`, 'aria-describedby': p.generated ? `${id}-mark` : null,
      });
      autoGrow(area);
      area.addEventListener('input', () => {
        changeLetter((letter2) => {
          if (!Array.isArray(letter2.body)) return;
          const old = letter2.body[j];
          const next = old && typeof old === 'object' ? { ...old, text: area.value } : { text: area.value };
          // the user's own words now: the draft's mark goes
          delete next.generated;
          letter2.body[j] = next;
        }, { key: `letter.${selected}.body.${j}`, structural: false });
        const wrap = area.closest('.letter-para');
        if (wrap.classList.contains('is-generated')) {
          wrap.classList.remove('is-generated');
          wrap.querySelector('.generated-mark').remove();
          area.removeAttribute('aria-describedby');
        }
      });
      const tool = (label, name, focusKey, disabled, onclick) => h('button', {
        type: 'button', class: 'button button-small icon-button', 'aria-label': t('letter.paragraph.tool', label, j + 1), title: label,
        'data-focus-key': focusKey, disabled, onclick,
      }, icon(name));
      return h('div', { class: `letter-para${p.generated ? ' is-generated' : ''}` },
        h('div', { class: 'letter-para-head' },
          h('label', { for: id }, t('letter.paragraph', j + 1)),
          h('span', { class: 'letter-para-tools' },
            tool(t('letter.paragraph.up'), 'up', `lup:${j}`, j === 0, () => moveParagraph(j, j - 1, `lup:${j - 1}`)),
            tool(t('letter.paragraph.down'), 'down', `ldown:${j}`, j === n - 1, () => moveParagraph(j, j + 1, `ldown:${j + 1}`)),
            tool(t('letter.paragraph.remove'), 'trash', `lrm:${j}`, false, () => removeParagraph(j)))),
        p.generated ? h('p', { class: 'generated-mark', id: `${id}-mark` }, t('letter.generated')) : null,
        area);
    });
    return h('section', { class: 'letter-body', 'aria-labelledby': 'letter-body-title' },
      h('h3', { id: 'letter-body-title', class: 'letter-subhead' }, t('letter.field.body')),
      items,
      h('button', {
        type: 'button', class: 'button button-small', id: 'letter-add-paragraph', 'data-focus-key': 'letter-add-paragraph',
        onclick: () => {
          changeLetter((letter2) => {
            if (!Array.isArray(letter2.body)) letter2.body = [];
            letter2.body.push({ text: '' });
          });
          pendingFocus = `letter.body.${(currentLetter().body || []).length - 1}`;
          focusPending();
        },
      }, icon('plus'), t('letter.paragraph.add')));
  }

  function draftBox(letter) {
    let posting = letter && typeof letter.posting === 'string' ? letter.posting : '';
    if (!posting) {
      try { posting = window.localStorage.getItem(JOB_PREFIX + currentId()) || ''; } catch (e) { /* none kept */ }
    }
    const area = h('textarea', {
      id: 'letter-posting', rows: 5, value: posting, 'data-focus-key': 'letter.posting', 'aria-describedby': 'letter-posting-hint',
    });
    area.addEventListener('input', () => { if (currentLetter()) edit(['posting'], area.value); });
    const status = h('p', { class: 'hint', id: 'letter-draft-status', role: 'status' });
    const button = h('button', {
      type: 'button', class: 'button button-primary', id: 'letter-draft', onclick: () => runDraft(area.value, button, status),
    }, letter ? t('letter.draft.again') : t('letter.draft'));
    const details = h('details', { class: 'letter-draft', open: draftOpen === null ? (!letter || !hasText(letter)) : draftOpen },
      h('summary', {}, t('letter.draft.title')),
      h('div', { class: 'field' },
        h('label', { for: 'letter-posting' }, t('letter.posting')),
        area,
        h('p', { class: 'hint', id: 'letter-posting-hint' }, t('letter.posting.hint'))),
      h('div', { class: 'letter-draft-actions' }, button), status);
    details.addEventListener('toggle', () => { draftOpen = details.open; });
    return details;
  }

  async function runDraft(posting, button, status) {
    if (!posting.trim()) {
      status.textContent = t('letter.posting-first');
      return;
    }
    const existing = currentLetter();
    const go = async () => {
      button.disabled = true;
      status.textContent = t('letter.drafting');
      let result;
      try {
        const response = await draftLetter(clean(store.doc), posting);
        if (!response.ok) {
          const problem = await problemOf(response);
          status.textContent = t('letter.no-draft', describeProblem(response.status, problem).join(' '));
          return;
        }
        result = await response.json();
      } catch (e) {
        status.textContent = t('letter.no-draft.offline');
        return;
      } finally {
        button.disabled = false;
      }
      store.change((d) => {
        const list = lettersOf(d, true);
        const k = existing ? list.findIndex((l) => l && l.id === existing.id) : -1;
        const draft = { ...result.letter, posting };
        if (k >= 0) {
          // the same letter, drafted again: it keeps its id and its share choice
          draft.id = list[k].id;
          if (list[k].shared !== undefined) draft.shared = list[k].shared;
          else delete draft.shared;
          list[k] = draft;
        } else {
          draft.id = freeId(list, draft.id);
          list.push(draft);
        }
        selected = draft.id;
      });
      draftOpen = false;
      draw();
      const paragraphsWritten = (currentLetter().body || []).length;
      const role = result.role || '[Role]';
      const company = result.company || '[Company]';
      const drafted = paragraphsWritten === 1
        ? t('letter.drafted.one', paragraphsWritten, role, company)
        : t('letter.drafted.other', paragraphsWritten, role, company);
      let missing = null;
      if (!result.role && !result.company) missing = t('letter.drafted.no-both');
      else if (!result.role) missing = t('letter.drafted.no-role');
      else if (!result.company) missing = t('letter.drafted.no-company');
      const note = [drafted, missing, t('letter.drafted.undo')].filter(Boolean).join(' ');
      showMessage(note, 'info');
      pendingFocus = 'letter.body.0';
      focusPending();
    };
    if (existing && hasText(existing)) {
      confirm(t('letter.redraft.confirm'), t('letter.redraft.ok'), go);
    } else {
      await go();
    }
  }

  function downloads() {
    return h('section', { class: 'letter-downloads', 'aria-labelledby': 'letter-downloads-title' },
      h('h3', { id: 'letter-downloads-title', class: 'letter-subhead' }, t('letter.download.title')),
      h('div', { class: 'letter-download-buttons' }, FORMATS.map(([format, label]) => h('button', {
        type: 'button', class: format === 'pdf' ? 'button button-primary' : 'button', 'data-letter-format': format,
        onclick: (ev) => downloadLetter(format, ev.currentTarget),
      }, label))));
  }

  async function downloadLetter(format, button) {
    if (!currentLetter()) {
      showMessage(t('letter.download.none'), 'info');
      return;
    }
    button.disabled = true;
    try {
      const response = await renderLetter(clean(store.doc), { letter: selected, format });
      if (!response.ok) {
        const problem = await problemOf(response);
        showMessage([response.status === 503 ? t('letter.download.busy', FORMAT_NAMES[format]) : t('letter.download.fix', FORMAT_NAMES[format]), ...describeProblem(response.status, problem)]);
        return;
      }
      download(await response.blob(), fileNameOf(response, `Cover_Letter.${format}`));
      const left = (response.headers.get('X-Letter-Placeholders') || '').split(',').filter(Boolean);
      if (left.length) {
        showMessage(left.length === 1 ? t('letter.download.placeholders.one', left.length) : t('letter.download.placeholders.other', left.length), 'info');
      }
    } catch (e) {
      showMessage(t('letter.download.offline'));
    } finally {
      button.disabled = false;
    }
  }

  // ---------- checks ----------
  function checksBox() {
    return h('section', { class: 'letter-checks', 'aria-labelledby': 'letter-checks-title' },
      h('h3', { id: 'letter-checks-title', class: 'letter-subhead' }, t('letter.checks')),
      h('p', { class: 'hint', id: 'letter-check-status', role: 'status', 'aria-live': 'polite' }),
      h('ul', { class: 'letter-findings', id: 'letter-findings' }),
      h('p', { class: 'hint', id: 'letter-keywords' }));
  }

  function focusPointer(pointer) {
    const focusKey = `letter.${pointer.replace(/^\//, '').split('/').join('.')}`;
    const target = root.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }

  function showReport(report) {
    const status = $('letter-check-status');
    const list = $('letter-findings');
    if (!status || !list) return;
    const errors = report.findings.filter((f) => f.severity === 'ERROR').length;
    const found = report.findings.length;
    status.textContent = [
      report.words === 1 ? t('letter.check.words.one', report.words) : t('letter.check.words.other', report.words),
      found && errors ? t('letter.check.to-fix', found, errors) : null,
      found && !errors ? t('letter.check.to-look-at', found) : null,
      found ? null : t('letter.check.nothing'),
      report.grammarChecked ? null : t('letter.check.grammar-later'),
    ].filter(Boolean).join(' ');
    list.replaceChildren(...report.findings.map((f) => {
      const error = f.severity === 'ERROR';
      // several paragraphs may have the same finding: say which one
      const at = /^\/body\/(\d+)/.exec(f.pointer || '');
      const said = `${at ? `${t('letter.paragraph', Number(at[1]) + 1)}: ` : ''}${f.message}`;
      const message = said.charAt(0).toUpperCase() + said.slice(1);
      const text = f.pointer
        ? h('button', { type: 'button', class: 'button-link letter-finding-text', onclick: () => focusPointer(f.pointer) }, message)
        : h('span', { class: 'letter-finding-text' }, message);
      return h('li', { class: `letter-finding${error ? ' is-error' : ''}`, 'data-code': f.code },
        h('span', { class: 'letter-sev' }, error ? t('letter.severity.fix') : t('letter.severity.consider')), text);
    }));
    const missing = Array.isArray(report.missingKeywords) ? report.missingKeywords : [];
    $('letter-keywords').textContent = missing.length ? t('letter.keywords-missing', missing.join(', ')) : '';
  }

  function scheduleCheck(wait = CHECK_MS) {
    window.clearTimeout(checkTimer);
    if (!active || !currentLetter()) return;
    checkTimer = window.setTimeout(runCheck, wait);
  }

  async function runCheck() {
    const id = selected;
    if (checkController) checkController.abort();
    const controller = new AbortController();
    checkController = controller;
    const status = $('letter-check-status');
    if (status && !lastReport) status.textContent = t('letter.checking');
    try {
      const response = await checkLetter(clean(store.doc), id, { signal: controller.signal });
      if (controller.signal.aborted || id !== selected) return;
      if (!response.ok) {
        const problem = await problemOf(response);
        const now = $('letter-check-status');
        if (now) now.textContent = t('letter.not-checked', describeProblem(response.status, problem).join(' '));
        return;
      }
      const report = await response.json();
      if (controller.signal.aborted || id !== selected) return;
      lastReport = { id, report };
      showReport(report);
    } catch (e) {
      if (controller.signal.aborted) return;
      const now = $('letter-check-status');
      if (now) now.textContent = t('letter.not-checked.offline');
    }
  }

  // ---------- drawing ----------
  function focusPending() {
    const keep = pendingFocus;
    pendingFocus = null;
    if (!keep) return;
    const target = root.querySelector(`[data-focus-key="${CSS.escape(keep)}"]`);
    if (target && !target.disabled) {
      target.focus();
    } else if (target) {
      // a move button at the end of the list: its enabled sibling
      const sibling = target.parentElement.querySelector('button:not([disabled])');
      if (sibling) sibling.focus();
    }
  }

  /** Names in the picker and the count on the tab, after typing a role or a company. */
  function names() {
    const list = lettersOf(store.doc);
    $('letter-count').textContent = list.length ? String(list.length) : '';
    const select = $('letter-select');
    if (select) [...select.options].forEach((o, k) => { if (list[k]) o.textContent = letterName(list[k], k); });
  }

  function draw() {
    const focused = document.activeElement;
    if (!pendingFocus && focused && root.contains(focused)) pendingFocus = focused.dataset.focusKey || null;
    const scroll = scroller.scrollTop;
    const list = lettersOf(store.doc);
    const i = indexIn(store.doc);
    const letter = i >= 0 ? list[i] : null;
    selected = letter ? (letter.id ?? null) : null;
    const parts = [];
    if (!letter) {
      parts.push(h('section', { class: 'start-card letter-start', 'aria-labelledby': 'letter-start-title' },
        h('h2', { id: 'letter-start-title' }, t('letter.start.title')),
        h('p', {}, t('letter.start.text')),
        h('div', { class: 'letter-start-actions' },
          h('button', { type: 'button', class: 'button', id: 'letter-blank', 'data-focus-key': 'letter-blank', onclick: addLetter }, t('letter.start.blank')),
          h('button', { type: 'button', class: 'button', id: 'letter-import', 'data-focus-key': 'letter-import', onclick: () => letterImport.open() }, t('letter.import')))));
      parts.push(draftBox(null));
    } else {
      parts.push(h('div', { class: 'letter-picker' },
        h('div', { class: 'field' },
          h('label', { for: 'letter-select' }, t('letter.picker')),
          h('select', {
            id: 'letter-select', 'data-focus-key': 'letter-select', 'aria-describedby': 'letter-select-hint',
            onchange: (ev) => { selected = list[ev.target.selectedIndex].id; lastReport = null; draw(); refresh(true); scheduleCheck(0); },
          }, list.map((l, k) => h('option', { value: String(k), selected: k === i }, letterName(l, k)))),
          h('p', { class: 'hint', id: 'letter-select-hint' }, t('letter.picker.hint'))),
        h('div', { class: 'letter-picker-actions' },
          h('button', { type: 'button', class: 'button button-small', id: 'letter-new', onclick: addLetter }, icon('plus'), t('letter.new')),
          h('button', { type: 'button', class: 'button button-small', id: 'letter-import', 'data-focus-key': 'letter-import', onclick: () => letterImport.open() }, icon('upload'), t('letter.import')),
          h('button', { type: 'button', class: 'button button-small', id: 'letter-delete', onclick: deleteLetter }, icon('trash'), t('letter.delete')))));
      parts.push(draftBox(letter));
      parts.push(h('fieldset', { class: 'letter-group' },
        h('legend', {}, t('letter.job')),
        h('div', { class: 'field-row' },
          field(letter, t('letter.field.role'), ['role'], { placeholder: t('letter.example', t('letter.field.role.example')) }),
          field(letter, t('letter.field.date'), ['date'], { type: 'date' })),
        field(letter, t('letter.field.subject'), ['subject'], { placeholder: t('letter.example', t('letter.field.subject.example')) })));
      parts.push(h('fieldset', { class: 'letter-group' },
        h('legend', {}, t('letter.to')),
        h('div', { class: 'field-row' },
          field(letter, t('letter.field.name'), ['recipient', 'name'], { placeholder: t('letter.example', 'Dana Whitfield') }),
          field(letter, t('letter.field.title'), ['recipient', 'title'], { placeholder: t('letter.example', t('letter.field.title.example')) })),
        field(letter, t('letter.field.company'), ['recipient', 'company']),
        field(letter, t('letter.field.address'), ['recipient', 'address'], { multiline: true, hint: t('letter.field.address.hint') })));
      parts.push(field(letter, t('letter.field.greeting'), ['greeting'], { placeholder: t('letter.field.greeting.example') }));
      parts.push(paragraphs(letter));
      const name = (store.doc.basics && store.doc.basics.name) || '';
      parts.push(h('div', { class: 'field-row' },
        field(letter, t('letter.field.closing'), ['closing'], { placeholder: t('letter.field.closing.example') }),
        field(letter, t('letter.field.signature'), ['signature'], { placeholder: name || t('letter.field.signature.example'), hint: name ? t('letter.field.signature.hint') : null })));
      parts.push(h('div', { class: 'letter-share' },
        h('input', {
          type: 'checkbox', id: 'letter-shared', checked: letter.shared === true, 'aria-describedby': 'letter-shared-hint',
          onchange: (ev) => changeLetter((l) => { if (ev.target.checked) l.shared = true; else delete l.shared; }, { structural: false }),
        }),
        h('label', { for: 'letter-shared' }, t('letter.shared')),
        h('p', { class: 'hint', id: 'letter-shared-hint' }, t('letter.shared.hint'))));
      parts.push(checksBox());
      parts.push(downloads());
    }
    root.replaceChildren(...parts);
    names();
    scroller.scrollTop = scroll;
    focusPending();
    if (letter && lastReport && lastReport.id === selected) showReport(lastReport.report);
  }

  /** Renders the letter's preview (now, or after the user pauses), or says there is none. */
  function refresh(now = false) {
    if (!currentLetter()) {
      preview.clear(t('letter.preview.none'));
      return;
    }
    if (now) preview.now(store.doc);
    else preview.request(store.doc);
  }

  // ---------- the Resume / Cover letter switch ----------
  const tabs = [$('doc-resume'), $('doc-letter')];
  function show(which, focus = false) {
    const letterView = which === 'letter';
    const changed = letterView !== active;
    active = letterView;
    editor.dataset.doc = letterView ? 'letter' : 'resume';
    tabs.forEach((tab) => {
      const on = (tab.id === 'doc-letter') === letterView;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      if (on && focus) tab.focus();
    });
    $('resume-panel').hidden = letterView;
    $('resume-preview').hidden = letterView;
    $('letter-panel').hidden = !letterView;
    $('letter-preview').hidden = !letterView;
    // the toolbar's Download gives the document on screen, and says which
    const downloadButton = $('btn-download');
    downloadButton.setAttribute('aria-label', letterView ? t('letter.download.aria') : t('letter.download.resume'));
    downloadButton.querySelector('.button-text-long').textContent = letterView ? t('letter.download.short') : t('letter.download.resume');
    try { window.sessionStorage.setItem(VIEW_KEY, editor.dataset.doc); } catch (e) { /* not kept */ }
    if (letterView && changed) {
      draw();
      refresh(true);
      scheduleCheck(0);
    }
    if (changed) onShow(editor.dataset.doc);
  }
  tabs.forEach((tab, k) => {
    tab.addEventListener('click', () => show(tab.id === 'doc-letter' ? 'letter' : 'resume'));
    tab.addEventListener('keydown', (ev) => {
      let next = null;
      if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') next = tabs[1 - k];
      else if (ev.key === 'Home') next = tabs[0];
      else if (ev.key === 'End') next = tabs[1];
      if (next) {
        ev.preventDefault();
        show(next.id === 'doc-letter' ? 'letter' : 'resume', true);
      }
    });
  });

  return {
    show,
    /** Shows the view the tab had before a reload. */
    restore() {
      let saved = null;
      try { saved = window.sessionStorage.getItem(VIEW_KEY); } catch (e) { /* none */ }
      if (saved === 'letter') show('letter');
      else names();
    },
    active: () => active,
    /** The document changed: redraw on structural changes, refresh the preview and the checks. */
    changed(event) {
      if (event.replaced) {
        selected = null;
        lastReport = null;
        draftOpen = null;
      }
      if (!active) {
        names();
        return;
      }
      if (event.structural) draw();
      else names();
      refresh();
      scheduleCheck();
    },
    paneShown: () => preview.paneShown(),
    images: (scale) => preview.images(scale),
    downloadPdf: (button) => downloadLetter('pdf', button),
    /** The More menu's downloads while the letter is shown: the letter in {@code format}. */
    download: (format, button) => downloadLetter(format, button),
  };
}
