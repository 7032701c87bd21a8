// The editor: wires the form, the design controls, the preview, storage, history and dialogs.
import { lang, t } from '../i18n.js';
import { h } from './dom.js';
import { clean, design } from './paths.js';
import { Store } from './store.js';
import * as storage from './storage.js';
import { renderForm, newEntry } from './form.js';
import { byId } from './schema.js';
import { bindDesign } from './design.js';
import { Preview } from './preview.js';
import { locate, startAtsPanel } from './ats-panel.js';
import { takeOver } from '/js/ats/handoff.js';
import { renderResume, problemOf, fileNameOf, download, describeProblem } from './api.js';
import { startOnline, linkFromAddress } from './online.js';
import { createImportDialog } from './import-dialog.js';
import { disclosureMenu, viewSwitch, themeToggle, printing } from './layout.js';
import { createGuide } from './guide.js';
import { createPhraseIdeas } from './phrase-ideas.js';
import { placeholders } from './checks.js';
import { startLetters } from './letter.js';

const $ = (id) => document.getElementById(id);

const blankResume = () => ({
  basics: { summary: '' }, work: [newEntry(byId('work'))], education: [newEntry(byId('education'))], skills: [{}],
});

function isBlank(doc) {
  const c = clean({ ...doc, meta: undefined });
  const walk = (v) => (typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.some(walk) : v && typeof v === 'object' ? Object.values(v).some(walk) : false);
  return !walk(c);
}

// ---------- dialogs ----------
function openDialog(dialog) {
  const opener = document.activeElement;
  dialog.showModal();
  dialog.addEventListener('close', () => { if (opener && opener.isConnected) opener.focus(); }, { once: true });
}

function confirmAction(text, okLabel, onOk) {
  const dialog = $('dlg-confirm');
  $('dlg-confirm-text').textContent = text;
  const ok = $('dlg-confirm-ok');
  ok.textContent = okLabel;
  const cancel = $('dlg-confirm-cancel');
  const done = (yes) => {
    ok.onclick = null;
    cancel.onclick = null;
    dialog.close();
    if (yes) onOk();
  };
  ok.onclick = () => done(true);
  cancel.onclick = () => done(false);
  openDialog(dialog);
  cancel.focus();
}

function promptText(title, label, value, onOk) {
  const dialog = $('dlg-prompt');
  $('dlg-prompt-title').textContent = title;
  $('dlg-prompt-label').textContent = label;
  const input = $('dlg-prompt-input');
  input.value = value || '';
  const form = $('dlg-prompt-form');
  const cancel = $('dlg-prompt-cancel');
  const finish = (yes) => {
    form.onsubmit = null;
    cancel.onclick = null;
    dialog.close();
    if (yes) onOk(input.value);
  };
  form.onsubmit = (e) => { e.preventDefault(); if (input.value.trim()) finish(true); };
  cancel.onclick = () => finish(false);
  openDialog(dialog);
  input.focus();
  input.select();
}

// ---------- messages ----------
function showMessage(lines, kind = 'error') {
  const bar = $('message');
  const text = $('message-text');
  const [first, ...rest] = Array.isArray(lines) ? lines : [lines];
  text.replaceChildren(...[h('p', { class: 'message-first' }, first), rest.length ? h('ul', {}, rest.map((l) => h('li', {}, l))) : null].filter(Boolean));
  bar.classList.toggle('info', kind === 'info');
  bar.setAttribute('role', kind === 'info' ? 'status' : 'alert');
  bar.hidden = false;
}
function hideMessage() {
  $('message').hidden = true;
}

// ---------- start ----------
async function fetchExamples() {
  try {
    const response = await fetch('/api/examples');
    return response.ok ? await response.json() : [];
  } catch (e) {
    return [];
  }
}

async function fetchExample(id) {
  const response = await fetch(`/api/examples/${encodeURIComponent(id)}`);
  if (!response.ok) throw new Error('example not found');
  return response.json();
}

async function main() {
  const editor = $('editor');
  const formRoot = $('form');
  const params = new URLSearchParams(window.location.search);
  const editLink = linkFromAddress();
  const examples = await fetchExamples();

  // the resume to edit: the last one, or a new blank one
  let currentId = storage.currentId();
  let doc = currentId ? storage.load(currentId) : null;
  if (!doc) {
    const latest = storage.list()[0];
    if (latest) {
      currentId = latest.id;
      doc = storage.load(currentId);
    }
  }
  if (!doc) {
    doc = blankResume();
    currentId = storage.create(doc);
  }
  storage.setCurrent(currentId);
  const store = new Store(doc);

  // ---------- saving ----------
  let saveTimer = null;
  let online = null;
  const status = $('save-status');
  const saveNow = () => {
    window.clearTimeout(saveTimer);
    saveTimer = null;
    try {
      storage.save(currentId, store.doc);
      status.textContent = t('save.saved');
      if (online) online.changed(currentId);
    } catch (e) {
      status.textContent = t('save.failed');
    }
    $('resume-name').textContent = storage.titleOf(currentId) || storage.displayName(store.doc);
  };
  const scheduleSave = () => {
    status.textContent = t('save.saving');
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(saveNow, 300);
  };
  window.addEventListener('pagehide', () => { if (saveTimer) saveNow(); });
  // the same resume open in two tabs: say so rather than silently overwrite the other tab's work
  window.addEventListener('storage', (event) => {
    if (event.key === `cyr.resume.v1.${currentId}` && event.newValue !== null) {
      showMessage(t('save.other-tab'), 'info');
    }
  });
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden' && saveTimer) saveNow(); });

  // ---------- preview and the ATS view ----------
  let views = null;
  let printer = null;
  let letters = null;
  const preview = new Preview({
    pages: $('preview-pages'), status: $('preview-status'), pageCount: $('page-count'),
    problems: $('preview-problems'), problemList: $('preview-problem-list'),
    visible: () => (!letters || !letters.active()) && (!views || views.previewVisible()),
    onPages: () => { if (printer) printer.invalidate(); },
  });
  // the cover-letter view: while it is shown, the resume's preview waits until it is back
  let resumeStale = false;
  letters = startLetters({
    store,
    editor,
    currentId: () => currentId,
    confirm: confirmAction,
    showMessage,
    openDialog,
    previewVisible: () => !views || views.previewVisible(),
    onShow: (which) => {
      if (printer) printer.invalidate();
      moreMenuFor(which);
      if (which !== 'resume') return;
      if (resumeStale) {
        resumeStale = false;
        ats.changed();
        preview.now(store.doc);
      } else {
        preview.paneShown(); // drawn while hidden (the letter was open at load): only counted
      }
    },
  });

  /**
   * The More menu names what its items act on: the formats and printing the document on screen
   * (the letter while the Cover letter view is shown), the JSON file always the whole resume with
   * its letters. A format only resumes have (ASCII text cut to 80 columns) is hidden for a letter.
   */
  function moreMenuFor(which) {
    const letter = which === 'letter';
    $('formats-label').textContent = letter ? t('menu.formats.letter') : t('menu.formats.resume');
    $('btn-print').textContent = letter ? t('menu.print.letter') : t('menu.print.resume');
    $('btn-export').textContent = letter ? t('menu.export.letter') : t('menu.export.resume');
    for (const item of document.querySelectorAll('#more-menu [data-resume-only]')) item.closest('li').hidden = letter;
    $('btn-more').title = letter ? t('menu.more.letter') : t('menu.more.resume');
  }

  // ---------- form ----------
  let pendingFocus = null;
  const panel = $('panel-content');
  const skippedStart = () => {
    try { return window.localStorage.getItem(`cyr.start-skipped.v1.${currentId}`) === '1'; } catch (e) { return false; }
  };
  const guide = createGuide({
    store,
    currentId: () => currentId,
    goTo: (k) => goTo(k),
    addSection: (id) => addSection(id),
    rerender: () => drawForm(),
  });
  const phrases = createPhraseIdeas({
    store,
    currentId: () => currentId,
    openDialog,
    focusField: (k) => focusField(k),
    familyOfProfile: (d) => { const p = guide.profileOf(d); return p ? p.phraseFamily : null; },
  });
  const startCard = () => {
    if (!isBlank(store.doc) || design(store.doc).profile || skippedStart()) return null;
    const select = h('select', { id: 'start-example', 'aria-label': t('start.example') }, examples.map((e) => h('option', { value: e.id }, e.title)));
    return h('section', { class: 'start-card', 'aria-labelledby': 'start-title' },
      h('h2', { id: 'start-title' }, t('start.title')),
      h('p', {}, t('start.intro')),
      guide.startChoices((profile) => {
        pendingFocus = 'basics.name';
        drawForm();
        showMessage(t('start.set-up', profile.title), 'info');
      }),
      h('h3', {}, t('start.other')),
      h('div', { class: 'start-actions' },
        examples.length ? [select, h('button', { type: 'button', class: 'button', onclick: () => startFromExample(select.value) }, t('start.use-example'))] : null,
        h('button', { type: 'button', class: 'button', onclick: () => importDialog.open() }, t('start.import')),
        h('button', { type: 'button', class: 'button-link', id: 'start-skip', onclick: () => {
          try { window.localStorage.setItem(`cyr.start-skipped.v1.${currentId}`, '1'); } catch (e) { /* shown again next time */ }
          pendingFocus = 'basics.name';
          drawForm();
        } }, t('start.skip'))));
  };
  const ctx = {
    store,
    confirm: confirmAction,
    prompt: promptText,
    requestFocus: (k) => { pendingFocus = k; },
    rerender: () => drawForm(),
    startCard,
    guide: (k) => guide.guide(k),
    phrases,
  };
  let guideFrame = 0;
  function drawGuide() {
    window.cancelAnimationFrame(guideFrame);
    guideFrame = window.requestAnimationFrame(() => {
      const box = $('guide-bar');
      const showBar = !(isBlank(store.doc) && !design(store.doc).profile && !skippedStart());
      const open = box.querySelector('details[open]') !== null; // "What is done" stays open while typing
      box.replaceChildren(...(showBar ? [guide.bar()] : []));
      const details = box.querySelector('details');
      if (details && open) details.open = true;
    });
  }
  function drawForm() {
    const active = document.activeElement;
    const keep = pendingFocus || (active && formRoot.contains(active) ? active.dataset.focusKey : null);
    pendingFocus = null;
    const scroll = panel.scrollTop;
    renderForm(formRoot, ctx);
    drawGuide();
    panel.scrollTop = scroll;
    if (keep) {
      const target = formRoot.querySelector(`[data-focus-key="${CSS.escape(keep)}"]`);
      if (target && !target.disabled) target.focus({ preventScroll: false });
      else if (target && target.disabled) {
        // a move button at the end of the list: keep focus on its sibling
        const sibling = target.parentElement && [...target.parentElement.querySelectorAll('button:not([disabled])')].find((b) => b.dataset.focusKey && (b.dataset.focusKey.startsWith('up:') || b.dataset.focusKey.startsWith('down:') || b.dataset.focusKey.startsWith('sup:') || b.dataset.focusKey.startsWith('sdown:')));
        if (sibling) sibling.focus();
      }
    }
  }

  /** Focuses a field of the form without changing tabs (after a dialog closes). */
  function focusField(focusKey) {
    const target = formRoot.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    if (target) {
      target.scrollIntoView({ block: 'nearest' });
      target.focus();
    }
  }

  function goTo(focusKey) {
    letters.show('resume');
    selectTab('tab-content');
    if (views) views.show('edit');
    let target = formRoot.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`)
      || formRoot.querySelector(`[data-focus-key^="${CSS.escape(focusKey)}"]`);
    const collapsed = target && target.closest('.entry.is-collapsed');
    if (collapsed) collapsed.querySelector('.entry-title').click();
    if (target && target.closest('[hidden]')) {
      const section = target.closest('.section-body');
      if (section) {
        const toggle = formRoot.querySelector(`[aria-controls="${section.id}"]`);
        if (toggle) toggle.click();
        target = formRoot.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`) || formRoot.querySelector(`[data-focus-key^="${CSS.escape(focusKey)}"]`);
      }
    }
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
      // a brief mark so the eye finds the field it was taken to
      target.classList.add('is-located');
      setTimeout(() => target.classList.remove('is-located'), 2000);
    }
  }

  /** Takes the user to "Add a section" with that section chosen. */
  function addSection(id) {
    goTo('add-section');
    const select = formRoot.querySelector('[data-focus-key="add-section"]');
    if (select && [...select.options].some((o) => o.value === id)) select.value = id;
  }

  const ats = startAtsPanel({ store, currentId: () => currentId, goTo });
  const syncDesign = bindDesign($('design-form'), store, confirmAction, showMessage);
  const undoButton = $('btn-undo');
  const redoButton = $('btn-redo');
  store.subscribe((event) => {
    if (event.structural) drawForm();
    else drawGuide();
    if (event.structural || event.history) syncDesign();
    undoButton.disabled = !store.canUndo();
    redoButton.disabled = !store.canRedo();
    scheduleSave();
    letters.changed(event);
    // while the letter is shown, the resume's preview and ATS check wait for its return
    if (letters.active()) {
      resumeStale = true;
    } else {
      ats.changed();
      preview.request(store.doc);
    }
  });

  // ---------- switching resumes ----------
  function switchTo(id, newDoc) {
    if (saveTimer) saveNow();
    currentId = id;
    storage.setCurrent(id);
    store.replace(newDoc);
    saveNow();
    status.textContent = t('save.saved');
    ats.switched();
    if (online) online.switched();
  }
  function createAndSwitch(newDoc, title = null) {
    if (saveTimer) saveNow();
    const id = storage.create(newDoc, title);
    switchTo(id, newDoc);
  }
  const importDialog = createImportDialog({
    store,
    currentName: () => storage.displayName(store.doc),
    isBlank,
    createAndSwitch,
    confirm: confirmAction,
    showMessage,
    openDialog,
  });
  async function startFromExample(id) {
    if (!id) return;
    try {
      const exampleDoc = await fetchExample(id);
      const ex = examples.find((e) => e.id === id);
      // the same example opened twice: "Software developer example (2)" in My resumes
      const title = storage.freeTitle(t('example.name', ex ? ex.title : id));
      if (isBlank(store.doc)) {
        storage.setTitle(currentId, title);
        switchTo(currentId, exampleDoc);
      } else {
        createAndSwitch(exampleDoc, title);
      }
      showMessage(t('example.started-named', ex ? ex.title : id), 'info');
    } catch (e) {
      showMessage(t('example.failed'));
    }
  }

  // ---------- toolbar ----------
  undoButton.addEventListener('click', () => store.undo());
  redoButton.addEventListener('click', () => store.redo());
  document.addEventListener('keydown', (ev) => {
    if (!(ev.ctrlKey || ev.metaKey) || ev.altKey) return;
    if (document.querySelector('dialog[open]')) return;
    const k = ev.key.toLowerCase();
    if (k === 'z' && !ev.shiftKey) { ev.preventDefault(); store.undo(); }
    else if ((k === 'z' && ev.shiftKey) || k === 'y') { ev.preventDefault(); store.redo(); }
  });
  $('message-close').addEventListener('click', hideMessage);

  const FORMAT_NAMES = { pdf: 'PDF', docx: t('download.docx'), txt: t('download.txt'), md: t('download.md'), html: t('download.html') };

  /** Renders the resume on the server in {@code format} and offers it as a download. */
  async function downloadAs(format, button, options = {}) {
    button.disabled = true;
    try {
      const response = await renderResume(clean(store.doc), { format, ...options });
      if (!response.ok) {
        const problem = await problemOf(response);
        showMessage([response.status === 503 ? t('download.busy', FORMAT_NAMES[format]) : t('download.fix', FORMAT_NAMES[format]), ...describeProblem(response.status, problem)]);
        return;
      }
      download(await response.blob(), fileNameOf(response, `Resume.${format}`));
      hideMessage();
    } catch (e) {
      showMessage(t('download.offline', FORMAT_NAMES[format]));
    } finally {
      button.disabled = false;
    }
  }

  /** Downloads, but first says so when [placeholders] from examples or phrase ideas are left. */
  function downloadChecked(format, button, options = {}) {
    const left = placeholders(clean(store.doc));
    if (!left.length) return downloadAs(format, button, options);
    const first = left.slice(0, 3).map((p) => p.text).join(', ');
    confirmAction(left.length === 1 ? t('download.placeholder.one', first) : t('download.placeholder.other', left.length, first), t('download.anyway'), () => downloadAs(format, button, options));
    return null;
  }

  $('btn-download').addEventListener('click', () => {
    if (letters.active()) letters.downloadPdf($('btn-download'));
    else downloadChecked('pdf', $('btn-download'));
  });

  // "More": other formats, the JSON file, printing and the theme; on narrow screens also the
  // actions the toolbar has no room for. A disclosure menu that always opens inside the window.
  const moreButton = $('btn-more');
  const moreMenu = $('more-menu');
  const more = disclosureMenu(moreButton, moreMenu);
  for (const item of moreMenu.querySelectorAll('button[data-click]')) {
    item.addEventListener('click', () => { more.close(); $(item.dataset.click).click(); });
  }
  for (const item of moreMenu.querySelectorAll('button[data-format]')) {
    item.addEventListener('click', async () => {
      more.close();
      // the downloads act on the document on screen: the letter while the Cover letter view is shown
      if (letters.active()) {
        await letters.download(item.dataset.format, moreButton);
      } else {
        await downloadChecked(item.dataset.format, moreButton, {
          width: Number(item.dataset.width || 0),
          ascii: item.dataset.ascii === 'true',
        });
      }
      moreButton.focus();
    });
  }

  $('btn-export').addEventListener('click', async () => {
    more.close();
    const local = JSON.stringify(clean(store.doc), null, 2);
    let name = 'Resume.json';
    let text = local;
    try {
      const response = await renderResume(clean(store.doc), { format: 'json' });
      if (response.ok) {
        name = fileNameOf(response, name);
        text = JSON.stringify(await response.json(), null, 2);
      }
    } catch (e) { /* export what we have */ }
    download(new Blob([text], { type: 'application/json' }), name);
  });

  printer = printing({
    editor,
    pagesToImages: (scale) => (letters.active() ? letters.images(scale) : preview.images(scale)),
    onError: (text) => showMessage(text, 'info'),
  });
  $('btn-print').addEventListener('click', () => { more.close(); printer.printNow(); });
  themeToggle();
  views = viewSwitch({
    editor,
    panelScroller: () => (letters.active() ? $('letter-scroll') : editor.querySelector('#resume-panel .tab-panel:not([hidden])')),
    onShowPreview: () => (letters.active() ? letters.paneShown() : preview.paneShown()),
  });

  $('btn-import').addEventListener('click', () => importDialog.open());
  // from the checker's "Fix this in the editor": import the checked file (the user reviews it),
  // then show the finding's field in the new resume
  const fix = takeOver();
  if (fix) {
    importDialog.openWith(fix.file, (imported) => {
      const key = fix.finding ? locate(imported, fix.finding) : null;
      if (key) goTo(key);
      else if (fix.finding) showMessage(t('fix.not-found'), 'info');
    });
  }
  $('btn-import-2').addEventListener('click', () => { $('dlg-resumes').close(); importDialog.open(); });

  // ---------- my resumes ----------
  const listEl = $('resume-list');
  const exampleSelect = $('new-from-example');
  examples.forEach((e) => exampleSelect.append(h('option', { value: e.id }, e.title)));
  exampleSelect.addEventListener('change', () => {
    const id = exampleSelect.value;
    exampleSelect.value = '';
    if (!id) return;
    $('dlg-resumes').close();
    fetchExample(id).then((exampleDoc) => {
      const ex = examples.find((e) => e.id === id);
      createAndSwitch(exampleDoc, storage.freeTitle(t('example.name', ex ? ex.title : id)));
      showMessage(t('example.started'), 'info');
    }).catch(() => showMessage(t('example.failed')));
  });
  const drawResumeList = () => {
    if (saveTimer) saveNow();
    const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    listEl.replaceChildren(...storage.list().map((entry) => {
      const current = entry.id === currentId;
      const changed = dateFormat.format(new Date(entry.updated || Date.now()));
      return h('li', { class: `resume-item${current ? ' is-current' : ''}` },
        h('span', { class: 'resume-item-text' },
          h('span', { class: 'resume-item-name' }, entry.name),
          h('span', { class: 'resume-item-date' }, current ? t('resumes.editing', changed) : t('resumes.changed', changed))),
        current ? null : h('button', { type: 'button', class: 'button button-small', onclick: () => {
          const loaded = storage.load(entry.id);
          if (loaded) { switchTo(entry.id, loaded); $('dlg-resumes').close(); }
        } }, t('resumes.open'), h('span', { class: 'visually-hidden' }, ` ${entry.name}`)),
        h('button', { type: 'button', class: 'button button-small', onclick: () => {
          const loaded = entry.id === currentId ? store.doc : storage.load(entry.id);
          if (!loaded) return;
          // the copy is told apart by its name in My resumes, never by a change to its content
          storage.create(JSON.parse(JSON.stringify(loaded)), storage.freeTitle(t('resumes.copy-name', entry.name)));
          drawResumeList();
        } }, t('resumes.duplicate'), h('span', { class: 'visually-hidden' }, ` ${entry.name}`)),
        h('button', { type: 'button', class: 'button button-small button-danger', onclick: () => {
          confirmAction(t('resumes.delete.confirm', entry.name), t('resumes.delete'), () => {
            storage.remove(entry.id);
            if (entry.id === currentId) {
              const next = storage.list()[0];
              if (next) switchTo(next.id, storage.load(next.id));
              else createAndSwitch(blankResume());
            }
            drawResumeList();
            if (!$('dlg-resumes').open) openDialog($('dlg-resumes'));
          });
        } }, t('resumes.delete'), h('span', { class: 'visually-hidden' }, ` ${entry.name}`)));
    }));
  };
  $('btn-resumes').addEventListener('click', () => { drawResumeList(); openDialog($('dlg-resumes')); });
  $('dlg-resumes').querySelector('[data-close]').addEventListener('click', () => $('dlg-resumes').close());
  $('btn-new-blank').addEventListener('click', () => {
    $('dlg-resumes').close();
    createAndSwitch(blankResume());
    showMessage(t('resumes.new-blank'), 'info');
  });

  // ---------- tabs ----------
  const tabs = [...document.querySelectorAll('.tabs [role="tab"]')];
  function selectTab(id) {
    for (const tab of tabs) {
      const on = tab.id === id;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      $(tab.getAttribute('aria-controls')).hidden = !on;
    }
  }
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => selectTab(tab.id));
    tab.addEventListener('keydown', (ev) => {
      let next = null;
      if (ev.key === 'ArrowRight') next = tabs[(i + 1) % tabs.length];
      else if (ev.key === 'ArrowLeft') next = tabs[(i - 1 + tabs.length) % tabs.length];
      else if (ev.key === 'Home') next = tabs[0];
      else if (ev.key === 'End') next = tabs[tabs.length - 1];
      if (next) { ev.preventDefault(); selectTab(next.id); next.focus(); }
    });
  });

  // ---------- saving online ----------
  online = startOnline({
    store,
    currentId: () => currentId,
    switchTo,
    createAndSwitch: (newDoc) => { createAndSwitch(newDoc); return currentId; },
    isBlank,
    loadLocal: (id) => storage.load(id),
    saveLocal: (id, d) => storage.save(id, d),
    showMessage,
    confirm: confirmAction,
    openDialog,
  });

  // ---------- first render, then what the address asked for ----------
  drawForm();
  syncDesign();
  saveNow();
  preview.now(store.doc);

  const exampleId = params.get('example');
  const templateId = params.get('template');
  if (exampleId || templateId || params.has('new')) window.history.replaceState(null, '', '/editor');
  if (params.has('new')) {
    if (!isBlank(store.doc)) createAndSwitch(blankResume());
  }
  if (exampleId) await startFromExample(exampleId);
  await online.start(editLink);
  // after the online copy is in: a newer version loaded from the server gets the picked template too
  // (only the design's template changes: the content and every other design setting stay)
  const templateRadio = templateId && document.querySelector(`input[name="template"][value="${CSS.escape(templateId)}"]`);
  if (templateRadio) {
    const name = templateRadio.closest('label').textContent.trim();
    if (design(store.doc).template === templateId) {
      showMessage(t('template.same', name), 'info');
    } else {
      store.change((d) => { design(d, true).template = templateId; });
      syncDesign();
      showMessage(t('template.set', name), 'info');
    }
  } else if (templateId) {
    // an old or mistyped link: say so, and change nothing
    const shown = templateId.length > 40 ? `${templateId.slice(0, 37)}…` : templateId;
    showMessage(t('template.unknown', shown), 'info');
  }
  // hints, examples and phrase ideas arrive as data: draw the form again once they are in
  await Promise.all([guide.ready, phrases.ready]);
  drawForm();
  letters.restore();
  editor.dataset.state = 'ready';
}

main().catch((e) => {
  const editor = $('editor');
  if (editor) editor.dataset.state = 'failed';
  showMessage(t('editor.failed'));
  throw e;
});
