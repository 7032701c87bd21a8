// The content form, built from the document on every structural change (add, remove, move,
// undo). Typing changes the document in place and only refreshes hints and entry titles.
import Sortable from '/webjars/sortablejs/modular/sortable.esm.js';
import { t } from '../i18n.js';
import { h, icon, nextId, announce } from './dom.js';
import { get, set, key, design } from './paths.js';
import { SECTIONS, CUSTOM, STANDARD_IDS, byId, NETWORKS } from './schema.js';
import { dateField } from './dates.js';
import { checkUrl, checkEmail, summaryHint, bulletHint, headingHint } from './checks.js';
import { photoField } from './photo.js';

const collapsedEntries = new WeakSet();
const closedSections = new Set();

/** Sections the resume has, in their order: [{id, title, custom, index, hidden}] */
export function sectionsOf(doc) {
  const d = design(doc);
  const customs = Array.isArray(d.customSections) ? d.customSections : [];
  const present = [];
  const b = doc.basics || {};
  for (const id of STANDARD_IDS) {
    if (id === 'summary' ? typeof b.summary === 'string' : Array.isArray(doc[id])) present.push(id);
  }
  customs.forEach((c) => { if (c && c.id) present.push(c.id); });
  const order = Array.isArray(d.sectionOrder) ? d.sectionOrder.filter((id) => present.includes(id)) : [];
  const rest = present.filter((id) => !order.includes(id));
  const hidden = new Set(Array.isArray(d.hiddenSections) ? d.hiddenSections : []);
  const titles = d.sectionTitles || {};
  return [...order, ...rest].map((id) => {
    const custom = customs.findIndex((c) => c && c.id === id);
    if (custom >= 0) {
      return { id, custom: true, index: custom, title: customs[custom].title || id, hidden: hidden.has(id) };
    }
    return { id, custom: false, title: titles[id] || byId(id).title, defaultTitle: byId(id).title, hidden: hidden.has(id) };
  });
}

/** Whether a value holds anything the user wrote (blank strings and empty lists do not count). */
export function hasContent(value) {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  if (value && typeof value === 'object') return Object.values(value).some(hasContent);
  return value !== undefined && value !== null;
}

/**
 * A new, empty entry of a section. An end date that is present but empty means "ended, date not
 * given yet": the Present box starts unticked, so nobody is told they still work or study
 * somewhere just because they have not typed the end date yet.
 */
export function newEntry(spec) {
  return spec && spec.fields.some((f) => f.type === 'end') ? { endDate: '' } : {};
}

/**
 * The guidance key of a field path: ['work', 2, 'highlights'] → 'work.highlights'; a custom
 * section's field → 'custom.<section index>.<field>'.
 */
function guideKey(path) {
  if (path[0] === 'meta') return `custom.${path[3]}.${path[path.length - 1]}`;
  return path.filter((p) => typeof p !== 'number').join('.');
}

function move(list, from, to) {
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
}

function autoGrow(area) {
  const fit = () => {
    area.style.height = 'auto';
    area.style.height = `${Math.max(38, area.scrollHeight + 2)}px`;
  };
  area.addEventListener('input', fit);
  window.requestAnimationFrame(fit);
}

function hintEl(id) {
  return h('p', { class: 'hint', id, 'aria-live': 'polite' });
}

function showHint(el, result, input) {
  el.textContent = result ? result.text : '';
  for (const c of [...el.classList]) if (c.startsWith('hint-')) el.classList.remove(c);
  if (result) el.classList.add(`hint-${result.level}`);
  if (input) {
    if (result && result.level === 'error') input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

function iconButton(name, label, onClick, extra = {}) {
  return h('button', { type: 'button', class: `icon-btn${extra.danger ? ' danger' : ''}`, 'aria-label': label, title: label, onclick: onClick, disabled: extra.disabled, 'data-focus-key': extra.focusKey }, icon(name));
}

/**
 * Builds the form into root. ctx: {store, confirm(text, ok), prompt(title, label, value), requestFocus(key), startCard()}.
 */
export function renderForm(root, ctx) {
  const { store } = ctx;
  const doc = store.doc;
  const typed = (path, value) => store.change((d) => set(d, path, value), { key: key(path), structural: false });
  const structural = (fn, focusKey) => {
    if (focusKey) ctx.requestFocus(focusKey);
    store.change(fn);
  };

  // ---------- generic inputs ----------
  function textField(path, spec) {
    const id = nextId();
    const hintId = `${id}-hint`;
    const value = get(doc, path);
    const type = spec.type === 'email' || spec.type === 'tel' || spec.type === 'url' ? spec.type : 'text';
    const hint = hintEl(hintId);
    const guide = ctx.guide ? ctx.guide(guideKey(path)) : null;
    const input = h(spec.type === 'textarea' ? 'textarea' : 'input', {
      id, type: spec.type === 'textarea' ? undefined : type, value: typeof value === 'string' ? value : '',
      placeholder: (guide && guide.example) || spec.placeholder, autocomplete: spec.autocomplete || 'off', rows: spec.rows,
      list: spec.datalist, 'aria-describedby': hintId, 'data-focus-key': key(path), spellcheck: spec.type === 'textarea' ? 'true' : undefined,
    });
    const check = () => {
      const v = input.value;
      let result = null;
      if (spec.type === 'url') result = checkUrl(v, spec.network ? spec.network() : null);
      else if (spec.type === 'email') result = checkEmail(v);
      else if (spec.hint) result = spec.hint(v);
      // for a guided profile, an empty field says what belongs in it
      if (guide && guide.hint && !v.trim() && (!result || result.level === 'tip')) result = { level: 'guide', text: guide.hint };
      showHint(hint, result, input);
      if (spec.onChecked) spec.onChecked(v);
    };
    input.addEventListener('input', () => {
      typed(path, input.value);
      check();
      if (spec.onTyped) spec.onTyped();
    });
    if (spec.type === 'textarea') autoGrow(input);
    check();
    return h('div', { class: `field${spec.wide ? ' wide' : ''}` }, h('label', { for: id }, spec.label), input, hint);
  }

  function listField(path, spec, entryName) {
    const items = Array.isArray(get(doc, path)) ? get(doc, path) : [];
    const labelId = nextId('list');
    const isBullet = spec.item === 'achievement' || spec.item === 'highlight' || spec.item === 'bullet';
    const guide = ctx.guide ? ctx.guide(guideKey(path)) : null;
    const ul = h('ul', { class: 'bullets', 'data-list-path': JSON.stringify(path), 'aria-labelledby': labelId });
    items.forEach((text, i) => {
      const itemPath = [...path, i];
      const id = nextId();
      const name = spec.itemName ? spec.itemName(i + 1) : t('form.item', i + 1);
      const hint = h('p', { class: 'hint bullet-hint', id: `${id}-hint`, 'aria-live': 'polite' });
      const area = h('textarea', {
        id, rows: 1, value: typeof text === 'string' ? text : '', 'aria-label': name,
        'aria-describedby': `${id}-hint`, 'data-focus-key': key(itemPath), spellcheck: 'true',
        placeholder: guide && guide.example ? guide.example : undefined,
      });
      const help = h('div', { class: 'bullet-help' });
      const li = h('li', { class: 'bullet' });
      const check = () => {
        showHint(hint, isBullet ? bulletHint(area.value) : null);
        if (isBullet && ctx.phrases) ctx.phrases.decorate({ li, help, area, path: itemPath });
      };
      area.addEventListener('input', () => { typed(itemPath, area.value); check(); });
      area.addEventListener('focus', () => { if (ctx.phrases) ctx.phrases.focused(itemPath, area); });
      area.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
          ev.preventDefault();
          structural((d) => { const list = get(d, path); list.splice(i + 1, 0, ''); }, key([...path, i + 1]));
        } else if (ev.key === 'Backspace' && area.value === '' && items.length > 0) {
          ev.preventDefault();
          structural((d) => { get(d, path).splice(i, 1); }, i > 0 ? key([...path, i - 1]) : `add:${key(path)}`);
        }
      });
      autoGrow(area);
      li.append(
        h('button', { type: 'button', class: 'handle handle-item', 'aria-label': t('form.reorder', name), title: t('form.reorder.title'), 'data-focus-key': `handle:${key(itemPath)}`, onkeydown: (ev) => arrowMove(ev, path, i, items.length, `handle:${key(path)}`, name) }, icon('grip')),
        h('span', { class: 'bullet-mark', 'aria-hidden': 'true' }, '•'),
        h('div', { class: 'field' }, area, hint, help),
        h('div', { class: 'bullet-tools' },
          iconButton('up', t('form.move-up', name), () => moveTo(path, i, i - 1, `up:${key(path)}`, name, items.length), { disabled: i === 0, focusKey: `up:${key(itemPath)}` }),
          iconButton('down', t('form.move-down', name), () => moveTo(path, i, i + 1, `down:${key(path)}`, name, items.length), { disabled: i === items.length - 1, focusKey: `down:${key(itemPath)}` }),
          iconButton('trash', t('form.remove', name), () => structural((d) => get(d, path).splice(i, 1), items.length > 1 ? key([...path, Math.max(0, i - 1)]) : `add:${key(path)}`), { danger: true, focusKey: `remove:${key(itemPath)}` })));
      check();
      ul.append(li);
    });
    const add = h('button', { type: 'button', class: 'button button-small', 'data-focus-key': `add:${key(path)}`, onclick: () => structural((d) => {
      const list = get(d, path);
      if (Array.isArray(list)) list.push(''); else set(d, path, ['']);
    }, key([...path, items.length])) }, icon('plus'), spec.add);
    const ideas = isBullet && ctx.phrases
      ? h('button', { type: 'button', class: 'button button-small', 'aria-haspopup': 'dialog', 'data-focus-key': `ideas:${key(path)}`, onclick: () => ctx.phrases.open({ kind: 'bullet', path }) }, icon('bulb'), t('form.phrase-ideas'))
      : null;
    const guideHint = guide && guide.hint && items.length === 0 ? h('p', { class: 'hint hint-guide' }, guide.hint) : null;
    return h('div', { class: 'field wide list-field' },
      h('span', { class: 'field-label', id: labelId }, spec.label, entryName ? h('span', { class: 'visually-hidden' }, ` ${t('form.for-entry', entryName)}`) : null),
      guideHint, ul, h('div', { class: 'add-row' }, add, ideas));
  }

  /** Moves item from → to in the list at path and keeps focus on the same control of the moved item. */
  function moveTo(path, from, to, focusPrefix, name, count) {
    if (to < 0 || to >= count) return;
    const prefix = focusPrefix.split(':')[0];
    ctx.requestFocus(`${prefix}:${key([...path, to])}`);
    store.change((d) => move(get(d, path), from, to));
    announce(t('form.moved', name, to + 1, count));
  }

  function arrowMove(ev, path, index, count, _prefix, name) {
    if (ev.key !== 'ArrowUp' && ev.key !== 'ArrowDown') return;
    ev.preventDefault();
    const to = ev.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to < 0 || to >= count) return;
    ctx.requestFocus(`handle:${key([...path, to])}`);
    store.change((d) => move(get(d, path), index, to));
    announce(t('form.moved', name, to + 1, count));
  }

  function fieldFor(path, spec, entryName) {
    const p = [...path, spec.key];
    if (spec.type === 'list') return listField(p, spec, entryName);
    if (spec.type === 'date' || spec.type === 'end') {
      const end = spec.type === 'end';
      return dateField({
        label: spec.label, value: get(doc, p), focusKey: key(p), present: end ? spec.presentLabel || t('form.present') : null,
        // '' keeps an end date "not given yet" apart from an absent one, which means Present
        onChange: (v) => store.change((d) => {
          if (end && v === '') {
            const entry = get(d, path);
            if (entry && typeof entry === 'object') entry[spec.key] = '';
          } else {
            set(d, p, v);
          }
        }, { key: key(p), structural: false }),
      });
    }
    return textField(p, spec);
  }

  // ---------- entries ----------
  function entryList(listPath, spec, sectionTitle) {
    const entries = Array.isArray(get(doc, listPath)) ? get(doc, listPath) : [];
    const ul = h('ul', { class: 'entries', 'data-list-path': JSON.stringify(listPath) });
    entries.forEach((entry, i) => {
      const path = [...listPath, i];
      const entryObj = entry && typeof entry === 'object' ? entry : {};
      const name = () => spec.name(get(store.doc, path) || {});
      const title = h('span', {}, name());
      const collapsed = collapsedEntries.has(entryObj);
      const bodyId = nextId('entry');
      const refresh = () => { title.textContent = name(); };
      const body = h('div', { class: 'entry-body', id: bodyId },
        h('div', { class: 'field-row' }, spec.fields.filter((f) => !f.wide).map((f) => fieldFor(path, { ...f, onTyped: refresh }, name()))),
        spec.fields.filter((f) => f.wide).map((f) => fieldFor(path, { ...f, onTyped: refresh }, name())));
      // refresh the entry title as its name fields change
      body.addEventListener('input', refresh);
      const li = h('li', { class: `entry${collapsed ? ' is-collapsed' : ''}`, 'data-index': i },
        h('div', { class: 'entry-header' },
          h('button', { type: 'button', class: 'handle handle-entry', 'aria-label': t('form.reorder', name()), title: t('form.reorder.title'), 'data-focus-key': `handle:${key(path)}`, onkeydown: (ev) => arrowMove(ev, listPath, i, entries.length, '', name()) }, icon('grip')),
          h('button', { type: 'button', class: 'entry-title', 'aria-expanded': String(!collapsed), 'aria-controls': bodyId, 'data-focus-key': `toggle:${key(path)}`, onclick: (ev) => {
            const item = ev.currentTarget.closest('.entry');
            const now = item.classList.toggle('is-collapsed');
            if (now) collapsedEntries.add(entryObj); else collapsedEntries.delete(entryObj);
            ev.currentTarget.setAttribute('aria-expanded', String(!now));
          } }, title),
          iconButton('up', t('form.move-up', name()), () => moveTo(listPath, i, i - 1, 'up:', name(), entries.length), { disabled: i === 0, focusKey: `up:${key(path)}` }),
          iconButton('down', t('form.move-down', name()), () => moveTo(listPath, i, i + 1, 'down:', name(), entries.length), { disabled: i === entries.length - 1, focusKey: `down:${key(path)}` }),
          iconButton('copy', t('form.duplicate', name()), () => structural((d) => {
            const list = get(d, listPath);
            list.splice(i + 1, 0, JSON.parse(JSON.stringify(list[i])));
          }, `toggle:${key([...listPath, i + 1])}`), { focusKey: `dup:${key(path)}` }),
          iconButton('trash', t('form.remove', name()), () => {
            const remove = () => structural((d) => get(d, listPath).splice(i, 1),
              entries.length > 1 ? `toggle:${key([...listPath, Math.max(0, i - 1)])}` : `add:${key(listPath)}`);
            if (hasContent(entryObj)) ctx.confirm(t('form.remove-entry.confirm', name(), sectionTitle), t('form.remove.ok'), remove);
            else remove();
          }, { danger: true, focusKey: `remove:${key(path)}` })),
        body);
      ul.append(li);
    });
    const add = h('button', { type: 'button', class: 'button button-small', 'data-focus-key': `add:${key(listPath)}`, onclick: () => structural((d) => {
      const list = get(d, listPath);
      if (Array.isArray(list)) list.push(newEntry(spec)); else set(d, listPath, [newEntry(spec)]);
    }, key([...listPath, entries.length, spec.fields[0].key])) }, icon('plus'), spec.add);
    return [ul, h('div', { class: 'add-row' }, add)];
  }

  // ---------- sections ----------
  function basicsCard() {
    const open = !closedSections.has('basics');
    const bodyId = 'section-basics';
    const profiles = Array.isArray(get(doc, ['basics', 'profiles'])) ? get(doc, ['basics', 'profiles']) : [];
    const profileSpec = {
      noun: 'profile',
      name: (p) => [p.network, p.username].filter(Boolean).join(' · ') || t('new.profile'),
      fields: [],
    };
    const profileList = h('ul', { class: 'entries', 'data-list-path': JSON.stringify(['basics', 'profiles']) });
    profiles.forEach((p, i) => {
      const path = ['basics', 'profiles', i];
      const networkOf = () => (get(store.doc, [...path, 'network']) || '');
      const name = profileSpec.name(p || {});
      const urlField = textField([...path, 'url'], { label: t('field.profile.url'), type: 'url', network: networkOf, placeholder: 'https://…' });
      const suggest = h('div', { class: 'add-row' });
      const refreshSuggest = () => {
        const net = NETWORKS[networkOf().trim().toLowerCase()];
        const user = (get(store.doc, [...path, 'username']) || '').trim();
        suggest.replaceChildren();
        if (net && net.make && user && !get(store.doc, [...path, 'url'])) {
          const url = net.make(encodeURIComponent(user));
          suggest.append(h('button', { type: 'button', class: 'button button-small', onclick: () => structural((d) => set(d, [...path, 'url'], url), key([...path, 'url'])) }, t('form.use-url', url)));
        }
      };
      const li = h('li', { class: 'entry' },
        h('div', { class: 'entry-header' },
          h('button', { type: 'button', class: 'handle handle-entry', 'aria-label': t('form.reorder', name), 'data-focus-key': `handle:${key(path)}`, onkeydown: (ev) => arrowMove(ev, ['basics', 'profiles'], i, profiles.length, '', name) }, icon('grip')),
          h('span', { class: 'entry-title' }, name),
          iconButton('up', t('form.move-up', name), () => moveTo(['basics', 'profiles'], i, i - 1, 'up:', name, profiles.length), { disabled: i === 0, focusKey: `up:${key(path)}` }),
          iconButton('down', t('form.move-down', name), () => moveTo(['basics', 'profiles'], i, i + 1, 'down:', name, profiles.length), { disabled: i === profiles.length - 1, focusKey: `down:${key(path)}` }),
          iconButton('trash', t('form.remove', name), () => {
            const remove = () => structural((d) => get(d, ['basics', 'profiles']).splice(i, 1), 'add-profile');
            if (hasContent(p)) ctx.confirm(t('form.remove-profile.confirm', name), t('form.remove.ok'), remove); else remove();
          }, { danger: true, focusKey: `remove:${key(path)}` })),
        h('div', { class: 'entry-body' },
          h('div', { class: 'field-row' },
            textField([...path, 'network'], { label: t('field.profile.network'), datalist: 'networks', placeholder: 'LinkedIn', onTyped: () => { refreshSuggest(); urlField.querySelector('input').dispatchEvent(new Event('recheck')); } }),
            textField([...path, 'username'], { label: t('field.profile.username'), onTyped: refreshSuggest })),
          urlField, suggest));
      const urlInput = urlField.querySelector('input');
      urlInput.addEventListener('input', refreshSuggest);
      urlInput.addEventListener('recheck', () => {
        const hint = urlField.querySelector('.hint');
        showHint(hint, checkUrl(urlInput.value, networkOf()), urlInput);
      });
      refreshSuggest();
      profileList.append(li);
    });
    const datalists = [
      h('datalist', { id: 'networks' }, Object.values(NETWORKS).map((n) => h('option', { value: n.label }))),
      h('datalist', { id: 'fluency-levels' }, ['Native', 'Fluent', 'Professional working proficiency', 'Conversational', 'Basic', 'C2', 'C1', 'B2', 'B1', 'A2'].map((v) => h('option', { value: v }))),
    ];
    return h('section', { class: `section-card${open ? ' is-open' : ''}`, 'aria-labelledby': 'basics-heading' },
      h('div', { class: 'section-header' },
        h('h2', { class: 'section-head', id: 'basics-heading', style: null },
          h('button', { type: 'button', class: 'section-toggle', 'aria-expanded': String(open), 'aria-controls': bodyId, 'data-focus-key': 'toggle:basics', onclick: () => toggleSection('basics') },
            h('span', { class: 'section-name' }, t('form.personal'))))),
      h('div', { class: 'section-body', id: bodyId, hidden: !open },
        h('div', { class: 'field-row' },
          textField(['basics', 'name'], { label: t('field.basics.name'), autocomplete: 'name' }),
          textField(['basics', 'label'], { label: t('field.basics.label'), placeholder: t('placeholder.headline'), autocomplete: 'organization-title' }),
          textField(['basics', 'email'], { label: t('field.basics.email'), type: 'email', autocomplete: 'email' }),
          textField(['basics', 'phone'], { label: t('field.basics.phone'), type: 'tel', autocomplete: 'tel' }),
          textField(['basics', 'location', 'city'], { label: t('field.basics.city'), autocomplete: 'address-level2' }),
          textField(['basics', 'location', 'region'], { label: t('field.basics.region'), autocomplete: 'address-level1' }),
          textField(['basics', 'location', 'countryCode'], { label: t('field.basics.country'), placeholder: 'US, GB, IN…', autocomplete: 'country' }),
          textField(['basics', 'url'], { label: t('field.basics.url'), type: 'url', placeholder: 'https://', autocomplete: 'url' })),
        photoField(ctx),
        h('h3', { class: 'field-label' }, t('form.profiles')),
        profileList,
        h('div', { class: 'add-row' },
          h('button', { type: 'button', class: 'button button-small', 'data-focus-key': 'add-profile', onclick: () => structural((d) => {
            const list = get(d, ['basics', 'profiles']);
            if (Array.isArray(list)) list.push({}); else set(d, ['basics', 'profiles'], [{}]);
          }, key(['basics', 'profiles', profiles.length, 'network'])) }, icon('plus'), t('add.profile'))),
        datalists));
  }

  function toggleSection(id) {
    if (closedSections.has(id)) closedSections.delete(id); else closedSections.add(id);
    ctx.requestFocus(`toggle:${id}`);
    ctx.rerender();
  }

  function sectionCard(s, i, all) {
    const open = !closedSections.has(s.id);
    const bodyId = `section-${s.id}`;
    const headingId = `heading-${s.id}`;
    const count = s.id === 'summary' ? null : (s.custom ? (get(doc, ['meta', 'createYourResume', 'customSections', s.index, 'entries']) || []).length : (doc[s.id] || []).length);
    let body;
    if (s.id === 'summary') {
      body = [
        textField(['basics', 'summary'], { label: t('field.basics.summary'), type: 'textarea', rows: 4, hint: summaryHint, wide: true }),
        ctx.phrases ? h('div', { class: 'add-row' }, h('button', { type: 'button', class: 'button button-small', 'aria-haspopup': 'dialog', 'data-focus-key': 'ideas:basics.summary', onclick: () => ctx.phrases.open({ kind: 'summary', path: ['basics', 'summary'] }) }, icon('bulb'), t('phrases.title.summary'))) : null,
      ];
    } else if (s.custom) {
      body = entryList(['meta', 'createYourResume', 'customSections', s.index, 'entries'], CUSTOM, s.title);
    } else {
      body = entryList([s.id], byId(s.id), s.title);
    }
    const rename = () => ctx.prompt(t('form.rename', s.title), t('form.section-heading'), s.title, (value) => {
      const title = value.trim();
      structural((d) => {
        const dz = design(d, true);
        if (s.custom) {
          dz.customSections[s.index].title = title || s.id;
        } else {
          dz.sectionTitles = dz.sectionTitles || {};
          if (!title || title === s.defaultTitle) delete dz.sectionTitles[s.id]; else dz.sectionTitles[s.id] = title;
          if (Object.keys(dz.sectionTitles).length === 0) delete dz.sectionTitles;
        }
      }, `rename:${s.id}`);
    });
    const toggleHidden = () => structural((d) => {
      const dz = design(d, true);
      const hidden = new Set(dz.hiddenSections || []);
      if (hidden.has(s.id)) hidden.delete(s.id); else hidden.add(s.id);
      if (hidden.size) dz.hiddenSections = [...hidden]; else delete dz.hiddenSections;
    }, `hide:${s.id}`);
    const moveSection = (to) => {
      if (to < 0 || to >= all.length) return;
      ctx.requestFocus(`${to < i ? 'sup' : 'sdown'}:${all[i].id}`);
      store.change((d) => {
        const order = all.map((x) => x.id);
        move(order, i, to);
        design(d, true).sectionOrder = order;
      });
      announce(t('form.moved', s.title, to + 1, all.length));
    };
    const removeSection = () => {
      const doRemove = () => structural((d) => {
        const dz = design(d, true);
        if (s.custom) dz.customSections.splice(s.index, 1);
        else if (s.id === 'summary') delete d.basics.summary;
        else delete d[s.id];
        if (dz.sectionOrder) dz.sectionOrder = dz.sectionOrder.filter((x) => x !== s.id);
        if (dz.hiddenSections) dz.hiddenSections = dz.hiddenSections.filter((x) => x !== s.id);
        if (dz.sectionTitles) delete dz.sectionTitles[s.id];
        if (dz.customSections && dz.customSections.length === 0) delete dz.customSections;
      }, 'add-section');
      const content = s.id === 'summary' ? (doc.basics || {}).summary : (s.custom ? get(doc, ['meta', 'createYourResume', 'customSections', s.index, 'entries']) : doc[s.id]);
      if (hasContent(content)) ctx.confirm(t('form.remove-section.confirm', s.title), t('form.remove-section'), doRemove);
      else doRemove();
    };
    const headingHintResult = s.custom || s.title !== s.defaultTitle ? headingHint(s.title) : null;
    return h('li', { class: `section-card${open ? ' is-open' : ''}${s.hidden ? ' is-hidden' : ''}`, 'data-section': s.id, 'aria-labelledby': headingId },
      h('div', { class: 'section-header' },
        h('button', { type: 'button', class: 'handle handle-section', 'aria-label': t('form.reorder-section', s.title), title: t('form.reorder.title'), 'data-focus-key': `shandle:${s.id}`, onkeydown: (ev) => {
          if (ev.key !== 'ArrowUp' && ev.key !== 'ArrowDown') return;
          ev.preventDefault();
          const to = ev.key === 'ArrowUp' ? i - 1 : i + 1;
          if (to < 0 || to >= all.length) return;
          ctx.requestFocus(`shandle:${s.id}`);
          store.change((d) => { const order = all.map((x) => x.id); move(order, i, to); design(d, true).sectionOrder = order; });
          announce(t('form.moved', s.title, to + 1, all.length));
        } }, icon('grip')),
        h('h2', { class: 'section-head', id: headingId },
          h('button', { type: 'button', class: 'section-toggle', 'aria-expanded': String(open), 'aria-controls': bodyId, 'data-focus-key': `toggle:${s.id}`, onclick: () => toggleSection(s.id) },
            h('span', { class: 'section-name' }, s.title),
            count !== null ? h('span', { class: 'section-count' }, `(${count})`) : null,
            s.hidden ? h('span', { class: 'section-count' }, ' hidden') : null)),
        iconButton('up', t('form.move-section-up', s.title), () => moveSection(i - 1), { disabled: i === 0, focusKey: `sup:${s.id}` }),
        iconButton('down', t('form.move-section-down', s.title), () => moveSection(i + 1), { disabled: i === all.length - 1, focusKey: `sdown:${s.id}` })),
      h('div', { class: 'section-body', id: bodyId, hidden: !open },
        h('div', { class: 'section-tools' },
          h('button', { type: 'button', class: 'icon-btn', onclick: rename, 'data-focus-key': `rename:${s.id}` }, icon('pencil'), t('form.rename.button')),
          h('button', { type: 'button', class: 'icon-btn', onclick: toggleHidden, 'aria-pressed': String(s.hidden), 'data-focus-key': `hide:${s.id}` }, icon(s.hidden ? 'eyeOff' : 'eye'), s.hidden ? t('form.hidden') : t('form.hide')),
          h('button', { type: 'button', class: 'icon-btn danger', onclick: removeSection, 'data-focus-key': `sremove:${s.id}` }, icon('trash'), t('form.remove-section')),
          headingHintResult ? h('p', { class: 'hint hint-warn' }, headingHintResult.text) : null),
        body));
  }

  function addSectionRow(present) {
    const missing = SECTIONS.filter((s) => !present.includes(s.id));
    const id = nextId('add');
    const select = h('select', { id, 'data-focus-key': 'add-section' },
      missing.map((s) => h('option', { value: s.id }, s.title)),
      h('option', { value: '__custom' }, t('form.custom-section')));
    const add = () => {
      const choice = select.value;
      if (choice === '__custom') {
        ctx.prompt(t('form.add-custom'), t('form.section-heading'), '', (value) => {
          const title = value.trim();
          if (!title) return;
          structural((d) => {
            const dz = design(d, true);
            dz.customSections = Array.isArray(dz.customSections) ? dz.customSections : [];
            const taken = new Set([...STANDARD_IDS, ...dz.customSections.map((c) => c.id)]);
            const base = title.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'section';
            let cid = /^[a-z0-9]/.test(base) ? base : `s-${base}`;
            for (let n = 2; taken.has(cid); n++) cid = `${base}-${n}`;
            dz.customSections.push({ id: cid, title, entries: [{}] });
            if (Array.isArray(dz.sectionOrder)) dz.sectionOrder.push(cid);
            closedSections.delete(cid);
          }, 'add-section');
        });
        return;
      }
      structural((d) => {
        if (choice === 'summary') { d.basics = d.basics || {}; d.basics.summary = ''; } else d[choice] = [newEntry(byId(choice))];
        const dz = design(d);
        if (Array.isArray(dz.sectionOrder)) dz.sectionOrder.push(choice);
        closedSections.delete(choice);
      }, choice === 'summary' ? 'basics.summary' : key([choice, 0, byId(choice).fields[0].key]));
    };
    return h('div', { class: 'add-section' },
      h('label', { for: id, class: 'field-label' }, t('form.add-section')),
      select,
      h('button', { type: 'button', class: 'button', onclick: add }, icon('plus'), t('form.add')));
  }

  // ---------- assemble ----------
  const sections = sectionsOf(doc);
  const sectionList = h('ul', { class: 'entries section-list', 'aria-label': t('form.sections') }, sections.map((s, i) => sectionCard(s, i, sections)));
  root.replaceChildren(...[ctx.startCard ? ctx.startCard() : null, basicsCard(), sectionList, addSectionRow(sections.map((s) => s.id))].filter(Boolean));

  // drag and drop (SortableJS); the buttons and arrow keys do the same without a mouse
  const options = { animation: 150, forceFallback: true, fallbackTolerance: 3, ghostClass: 'sortable-ghost', chosenClass: 'sortable-chosen' };
  Sortable.create(sectionList, { ...options, handle: '.handle-section', onEnd: (ev) => {
    if (ev.oldIndex === ev.newIndex) return;
    store.change((d) => { const order = sections.map((x) => x.id); move(order, ev.oldIndex, ev.newIndex); design(d, true).sectionOrder = order; });
    announce(t('form.section-moved', ev.newIndex + 1, sections.length));
  } });
  root.querySelectorAll('ul[data-list-path]').forEach((ul) => {
    const path = JSON.parse(ul.dataset.listPath);
    Sortable.create(ul, { ...options, handle: ul.classList.contains('bullets') ? '.handle-item' : '.handle-entry', onEnd: (ev) => {
      if (ev.oldIndex === ev.newIndex) return;
      store.change((d) => move(get(d, path), ev.oldIndex, ev.newIndex));
      announce(t('form.item-moved', ev.newIndex + 1));
    } });
  });
}
