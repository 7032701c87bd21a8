// Writing help without AI: a library of bullet starters and summary openers written for each role
// family, inserted where the user is in the form and marked "Edit me" until changed; and stronger
// verbs offered when a bullet starts weakly ("Worked on" → "Built").
import { t } from '../i18n.js';
import { h } from './dom.js';
import { get, set, key } from './paths.js';
import { loadPhrases, weakStart, replaceOpening } from './phrases.js';
import { PLACEHOLDER } from './checks.js';

const INSERTED = (id) => `cyr.inserted.v1.${id}`;
const $ = (id) => document.getElementById(id);

/** Which family suits a headline, when the resume has no profile. */
const FAMILY_WORDS = [
  ['academic', /\b(professor|lecturer|postdoc|ph\.?d|researcher|research (fellow|associate|scientist)|academic)\b/i],
  ['data', /\b(data|analyst|analytics|scientist|machine learning|bi developer)\b/i],
  ['it-support', /\b(support|help ?desk|service desk|technician|system administrator|sysadmin|it specialist|desktop)\b/i],
  ['sales-marketing', /\b(sales|marketing|account (executive|manager)|business development|seo|growth|brand)\b/i],
  ['manager', /\b(manager|head of|director|lead|chief|vp|vice president|supervisor)\b/i],
  ['software-developer', /\b(developer|engineer|programmer|software|devops|frontend|backend|full[- ]?stack)\b/i],
  ['fresher-student', /\b(student|graduate|intern|fresher|trainee|apprentice)\b/i],
];

/**
 * ctx: {store, currentId(), openDialog(dialog), focusField(key), familyOfProfile(doc)}
 * Returns {open({kind, path}), focused(path, area), decorate({li, help, area, path}), unedited(text), familyFor(doc), ready}.
 */
export function createPhraseIdeas(ctx) {
  let data = null;
  const ready = loadPhrases().then((d) => { data = d; }).catch(() => { data = null; });
  const dialog = $('dlg-phrases');
  const familySelect = $('phrase-family');
  const search = $('phrase-search');
  const listEl = $('phrase-list');
  const targetEl = $('phrase-target');
  let target = null; // {kind, path}
  let lastFocus = null; // {path, area}
  let chosenFamily = null;

  // ---------- what was inserted, per resume ----------
  const inserted = () => {
    try {
      const list = JSON.parse(window.localStorage.getItem(INSERTED(ctx.currentId())) || '[]');
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  };
  const remember = (text) => {
    const list = inserted().filter((s) => s !== text);
    list.push(text);
    try { window.localStorage.setItem(INSERTED(ctx.currentId()), JSON.stringify(list.slice(-300))); } catch (e) { /* not kept */ }
  };
  /** Inserted and not changed since, or still holding a [placeholder]. */
  const unedited = (text) => {
    const line = (text || '').trim();
    return line !== '' && (PLACEHOLDER.test(line) || inserted().includes(line));
  };

  // ---------- the family of phrases ----------
  function familyFor(doc) {
    if (chosenFamily) return chosenFamily;
    const fromProfile = ctx.familyOfProfile(doc);
    if (fromProfile) return fromProfile;
    const label = `${(doc.basics || {}).label || ''} ${((doc.work || [])[0] || {}).position || ''}`;
    const hit = FAMILY_WORDS.find(([, pattern]) => pattern.test(label));
    return hit ? hit[0] : 'software-developer';
  }

  function drawList() {
    if (!data) {
      listEl.replaceChildren(h('p', { class: 'phrase-empty' }, t('phrases.failed')));
      return;
    }
    const family = data.families.find((f) => f.id === familySelect.value) || data.families[0];
    const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const matches = (text) => words.every((w) => text.toLowerCase().includes(w));
    const groups = [];
    if (target.kind === 'summary') {
      const items = family.summaries.filter(matches);
      if (items.length) groups.push({ title: t('phrases.openers'), items });
    } else {
      const byGroup = new Map();
      for (const b of family.bullets) {
        if (!matches(b.text)) continue;
        if (!byGroup.has(b.group)) byGroup.set(b.group, []);
        byGroup.get(b.group).push(b.text);
      }
      for (const [title, items] of byGroup) groups.push({ title, items });
    }
    if (!groups.length) {
      listEl.replaceChildren(h('p', { class: 'phrase-empty' }, t('phrases.none')));
      return;
    }
    let n = 0;
    listEl.replaceChildren(...groups.map((g) => h('section', { class: 'phrase-group' },
      h('h3', {}, g.title),
      h('ul', { class: 'phrase-items' }, g.items.map((text) => {
        n += 1;
        const id = `phrase-${n}`;
        return h('li', { class: 'phrase-item' },
          h('span', { class: 'phrase-text', id }, text),
          h('button', { type: 'button', class: 'button button-small', 'aria-describedby': id, onclick: () => insert(text) }, t('phrases.insert')));
      })))));
  }

  // ---------- inserting at the user's place ----------
  function insert(text) {
    const { store } = ctx;
    let focusKey;
    if (target.kind === 'summary') {
      const current = get(store.doc, target.path) || '';
      const area = document.querySelector(`#form [data-focus-key="${key(target.path)}"]`);
      const at = area && lastFocus && key(lastFocus.path) === key(target.path) ? area.selectionStart : current.length;
      const before = current.slice(0, at);
      const after = current.slice(at);
      const value = `${before}${before && !/\s$/.test(before) ? ' ' : ''}${text}${after && !/^\s/.test(after) ? ' ' : ''}${after}`;
      store.change((d) => set(d, target.path, value));
      focusKey = key(target.path);
    } else {
      const list = Array.isArray(get(store.doc, target.path)) ? get(store.doc, target.path) : [];
      const here = lastFocus && key(lastFocus.path.slice(0, -1)) === key(target.path) ? lastFocus.path[lastFocus.path.length - 1] : null;
      let index;
      if (here !== null && here < list.length && !String(list[here] || '').trim()) index = here; // the empty bullet the user is in
      else if (here !== null && here < list.length) index = here + 1; // right after the bullet the user is in
      else {
        const empty = list.findIndex((s) => !String(s || '').trim());
        index = empty >= 0 ? empty : list.length;
      }
      store.change((d) => {
        let l = get(d, target.path);
        if (!Array.isArray(l)) { set(d, target.path, []); l = get(d, target.path); }
        if (index < l.length && !String(l[index] || '').trim()) l[index] = text;
        else l.splice(index, 0, text);
      });
      focusKey = key([...target.path, index]);
      lastFocus = { path: [...target.path, index] };
    }
    remember(text);
    targetEl.textContent = target.kind === 'summary' ? t('phrases.inserted.summary') : t('phrases.inserted.bullet');
    target.focusKey = focusKey;
  }

  // the summary's place: where its cursor was when the user left it for the Ideas button
  document.getElementById('form').addEventListener('focusin', (ev) => {
    if (ev.target.dataset && ev.target.dataset.focusKey === 'basics.summary') lastFocus = { path: ['basics', 'summary'] };
  });

  dialog.addEventListener('close', () => {
    if (target && target.focusKey) ctx.focusField(target.focusKey);
  });
  dialog.querySelector('[data-close]').addEventListener('click', () => dialog.close());
  familySelect.addEventListener('change', () => { chosenFamily = familySelect.value; drawList(); });
  search.addEventListener('input', drawList);

  async function open(where) {
    target = { ...where };
    await ready;
    const families = data ? data.families : [];
    familySelect.replaceChildren(...families.map((f) => h('option', { value: f.id }, f.title)));
    familySelect.value = familyFor(ctx.store.doc);
    search.value = '';
    $('dlg-phrases-title').textContent = where.kind === 'summary' ? t('phrases.title.summary') : t('phrases.title.bullets');
    targetEl.textContent = where.kind === 'summary'
      ? t('phrases.where.summary')
      : t('phrases.where.bullet');
    drawList();
    ctx.openDialog(dialog);
    search.focus();
  }

  // ---------- under each bullet: "Edit me", and stronger verbs ----------
  function decorate({ li, help, area, path }) {
    const text = area.value;
    const fresh = unedited(text);
    li.classList.toggle('is-unedited', fresh);
    const parts = [];
    if (fresh) parts.push(h('span', { class: 'edit-me' }, t('phrases.edit-me')));
    const weak = data ? weakStart(text, data.verbs) : null;
    if (weak) {
      parts.push(h('span', { class: 'verb-suggestions' },
        h('span', {}, t('phrases.weak', weak.weak, weak.why || '')),
        weak.suggest.slice(0, 5).map((verb) => h('button', {
          type: 'button', class: 'button button-small', 'data-verb': verb,
          onclick: () => {
            // as if typed: the document, the hints and this help all follow
            area.value = replaceOpening(area.value, weak.weak, verb);
            area.dispatchEvent(new Event('input', { bubbles: true }));
            area.focus();
          },
        }, verb))));
    }
    help.replaceChildren(...parts);
  }

  return {
    ready,
    open,
    focused: (path, area) => { lastFocus = { path, area }; },
    decorate,
    unedited,
    familyFor,
  };
}
