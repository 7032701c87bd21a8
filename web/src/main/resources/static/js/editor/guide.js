// The guided start and the completeness meter. A profile ("I am a fresher", "a manager", …) puts the
// sections in the order that suits it, and gives each empty field a short hint and an example as
// placeholder text (never content: nothing of it reaches the PDF). The meter says which parts of
// the resume are done for that profile and takes the user to what is missing.
import { t } from '../i18n.js';
import { h } from './dom.js';
import { design } from './paths.js';
import { byId, STANDARD_IDS } from './schema.js';
import { newEntry, hasContent } from './form.js';
import { loadProfiles } from './phrases.js';

const HINTS_OFF = (id) => `cyr.guide-off.v1.${id}`;
const DEFAULT_REQUIRED = ['summary', 'work', 'education', 'skills'];

const filled = (v) => typeof v === 'string' && v.trim() !== '';
const entriesOf = (doc, id) => (Array.isArray(doc[id]) ? doc[id].filter((e) => e && typeof e === 'object') : []);
const words = (text) => (text || '').trim().split(/\s+/).filter(Boolean).length;

/** What "done" means for each section, with where to go when it is not. */
const SECTION_RULES = {
  summary: {
    label: t('guide.item.summary'),
    done: (doc) => words((doc.basics || {}).summary) >= 25,
    focus: () => 'basics.summary',
  },
  work: {
    label: t('guide.item.work'),
    done: (doc) => entriesOf(doc, 'work').some((w) => filled(w.position) && filled(w.name) && filled(w.startDate)
      && (w.highlights || []).filter(filled).length >= 2),
    focus: (doc) => firstGap(doc, 'work', ['position', 'name', 'startDate'], 'highlights'),
  },
  education: {
    label: t('guide.item.education'),
    done: (doc) => entriesOf(doc, 'education').some((e) => filled(e.institution) && (filled(e.studyType) || filled(e.area))),
    focus: (doc) => firstGap(doc, 'education', ['institution', 'studyType']),
  },
  skills: {
    label: t('guide.item.skills'),
    done: (doc) => entriesOf(doc, 'skills').reduce((n, s) => n + (s.keywords || []).filter(filled).length, 0) >= 6,
    focus: (doc) => (entriesOf(doc, 'skills').length ? 'skills.0.keywords' : null),
  },
  projects: {
    label: t('guide.item.projects'),
    done: (doc) => entriesOf(doc, 'projects').some((p) => filled(p.name) && (filled(p.description) || (p.highlights || []).some(filled))),
    focus: (doc) => firstGap(doc, 'projects', ['name', 'description']),
  },
  certificates: { label: t('guide.item.certificates'), done: (doc) => entriesOf(doc, 'certificates').some((c) => filled(c.name)), focus: (doc) => firstGap(doc, 'certificates', ['name']) },
  awards: { label: t('guide.item.awards'), done: (doc) => entriesOf(doc, 'awards').some((a) => filled(a.title)), focus: (doc) => firstGap(doc, 'awards', ['title']) },
  publications: { label: t('guide.item.publications'), done: (doc) => entriesOf(doc, 'publications').some((p) => filled(p.name)), focus: (doc) => firstGap(doc, 'publications', ['name']) },
  volunteer: { label: t('guide.item.volunteer'), done: (doc) => entriesOf(doc, 'volunteer').some((v) => filled(v.position) || filled(v.organization)), focus: (doc) => firstGap(doc, 'volunteer', ['position']) },
  languages: { label: t('guide.item.languages'), done: (doc) => entriesOf(doc, 'languages').some((l) => filled(l.language)), focus: (doc) => firstGap(doc, 'languages', ['language']) },
  interests: { label: t('guide.item.interests'), done: (doc) => entriesOf(doc, 'interests').some((i) => filled(i.name)), focus: (doc) => firstGap(doc, 'interests', ['name']) },
  references: { label: t('guide.item.references'), done: (doc) => entriesOf(doc, 'references').some((r) => filled(r.name)), focus: (doc) => firstGap(doc, 'references', ['name']) },
};

/** The focus key of the first empty field among keys (then of the list) in a section's first entry. */
function firstGap(doc, id, keys, list) {
  const entries = entriesOf(doc, id);
  if (!entries.length) return null;
  const e = entries[0];
  const gap = keys.find((k) => !filled(e[k]));
  if (gap) return `${id}.0.${gap}`;
  if (list) return (e[list] || []).length ? `${id}.0.${list}.0` : `add:${id}.0.${list}`;
  return `${id}.0.${keys[0]}`;
}

const CONTACT = [
  { id: 'name', label: t('guide.item.name'), done: (b) => filled(b.name), focus: 'basics.name' },
  { id: 'label', label: t('guide.item.label'), done: (b) => filled(b.label), focus: 'basics.label' },
  { id: 'email', label: t('guide.item.email'), done: (b) => filled(b.email), focus: 'basics.email' },
  { id: 'phone', label: t('guide.item.phone'), done: (b) => filled(b.phone), focus: 'basics.phone' },
  { id: 'city', label: t('guide.item.city'), done: (b) => filled((b.location || {}).city), focus: 'basics.location.city' },
  { id: 'link', label: t('guide.item.link'), done: (b) => filled(b.url) || (b.profiles || []).some((p) => p && filled(p.url)), focus: 'add-profile' },
];

/**
 * Completeness of doc for a profile (or the common sections when there is none):
 * {done, total, items: [{label, done, focus, section}]}.
 */
export function completeness(doc, profile) {
  const b = doc.basics || {};
  const items = CONTACT.map((c) => ({ label: c.label, done: c.done(b), focus: c.focus }));
  const required = profile && Array.isArray(profile.required) ? profile.required : DEFAULT_REQUIRED;
  for (const id of required) {
    const rule = SECTION_RULES[id];
    if (!rule) continue;
    const present = id === 'summary' ? typeof b.summary === 'string' : Array.isArray(doc[id]);
    items.push({ label: rule.label, done: rule.done(doc), focus: present ? rule.focus(doc) : null, section: id });
  }
  return { done: items.filter((i) => i.done).length, total: items.length, items };
}

/**
 * The guide of the editor. ctx: {store, currentId(), goTo(focusKey), addSection(id), rerender()}.
 */
export function createGuide(ctx) {
  let profiles = [];
  const ready = loadProfiles().then((data) => { profiles = (data && data.profiles) || []; }).catch(() => { profiles = []; });

  const profileOf = (doc) => profiles.find((p) => p.id === design(doc).profile) || null;
  const hintsOff = () => {
    try { return window.localStorage.getItem(HINTS_OFF(ctx.currentId())) === '1'; } catch (e) { return false; }
  };
  const setHintsOff = (off) => {
    try {
      if (off) window.localStorage.setItem(HINTS_OFF(ctx.currentId()), '1');
      else window.localStorage.removeItem(HINTS_OFF(ctx.currentId()));
    } catch (e) { /* not kept */ }
  };

  /** {hint, example} for a field key like 'work.highlights', or null. */
  function guide(key) {
    const doc = ctx.store.doc;
    const profile = profileOf(doc);
    if (!profile || hintsOff()) return null;
    let field = profile.fields && profile.fields[key];
    const custom = /^custom\.(\d+)\.(.+)$/.exec(key);
    if (custom) {
      // the profile's own custom sections (an academic's Grants, Teaching…) carry their hints
      const section = (design(doc).customSections || [])[Number(custom[1])];
      const spec = section && (profile.customSections || []).find((c) => c.id === section.id || c.title === section.title);
      field = spec && spec.fields ? spec.fields[custom[2]] : null;
    }
    return field && (field.hint || field.example) ? field : null;
  }

  /** Puts the sections of a profile in place (empty ones added, empty others removed), in its order. */
  function apply(profileId) {
    const profile = profiles.find((p) => p.id === profileId);
    if (!profile) return;
    setHintsOff(false);
    ctx.store.change((d) => {
      d.basics = d.basics && typeof d.basics === 'object' ? d.basics : {};
      const wanted = profile.sections.filter((id) => STANDARD_IDS.includes(id));
      for (const id of STANDARD_IDS) {
        const present = id === 'summary' ? typeof d.basics.summary === 'string' : Array.isArray(d[id]);
        const content = id === 'summary' ? filled(d.basics.summary) : hasContent(d[id]);
        if (wanted.includes(id) && (!present || !content)) {
          // an empty section gets an entry that shows the profile's hints and examples
          if (id === 'summary') d.basics.summary = '';
          else d[id] = [starterEntry(id)];
        } else if (!wanted.includes(id) && present && !content) {
          if (id === 'summary') delete d.basics.summary; else delete d[id];
        }
      }
      const dz = design(d, true);
      dz.profile = profile.id;
      const customs = Array.isArray(dz.customSections) ? dz.customSections : [];
      const order = [...wanted];
      for (const c of profile.customSections || []) {
        let section = customs.find((x) => x && (x.id === c.id || x.title === c.title));
        if (!section) {
          const base = c.id || c.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'section';
          let cid = base;
          for (let n = 2; STANDARD_IDS.includes(cid) || customs.some((x) => x && x.id === cid); n++) cid = `${base}-${n}`;
          section = { id: cid, title: c.title, entries: [{ highlights: [''] }] };
          customs.push(section);
        }
        // right after the section the profile names, or at the end
        const at = order.indexOf(c.after);
        if (at >= 0) order.splice(at + 1, 0, section.id); else order.push(section.id);
      }
      for (const x of customs) if (x && x.id && !order.includes(x.id)) order.push(x.id);
      if (customs.length) dz.customSections = customs;
      dz.sectionOrder = order;
    });
  }

  /** An empty entry that shows its guidance: a first bullet or list item where the section has one. */
  function starterEntry(id) {
    const spec = byId(id);
    const entry = newEntry(spec);
    if (spec.bulletsKey) entry[spec.bulletsKey] = [''];
    if (id === 'skills') entry.keywords = [''];
    return entry;
  }

  /** The profile choice on a blank resume. onSkip hides it for the plain form. */
  function startChoices(onChosen) {
    const list = h('ul', { class: 'profile-choices', 'aria-label': t('guide.for-whom') });
    const fill = () => list.replaceChildren(...profiles.map((p) => h('li', {},
      h('button', { type: 'button', class: 'profile-choice', 'data-profile': p.id, onclick: () => { apply(p.id); onChosen(p); } },
        h('strong', {}, p.title), h('span', {}, p.description)))));
    if (profiles.length) fill(); else ready.then(fill);
    return list;
  }

  /** The bar above the form: the meter, the missing parts as links, and the guidance switch. */
  function bar() {
    const doc = ctx.store.doc;
    const profile = profileOf(doc);
    const result = completeness(doc, profile);
    const missing = result.items.filter((i) => !i.done);
    const percent = Math.round((100 * result.done) / Math.max(1, result.total));
    const title = profile ? t('guide.title.profile', profile.title.toLowerCase()) : t('guide.title');
    const meterId = 'guide-meter-label';
    const off = hintsOff();
    return h('section', { class: 'guide-bar', 'aria-labelledby': 'guide-title' },
      h('div', { class: 'guide-head' },
        h('h2', { class: 'guide-title', id: 'guide-title' }, title),
        profile ? h('button', { type: 'button', class: 'button-link', id: 'guide-hints', 'aria-pressed': String(!off), onclick: () => { setHintsOff(!off); ctx.rerender(); } }, off ? t('guide.hints.show') : t('guide.hints.hide')) : null),
      h('p', { class: 'guide-meter' },
        h('span', { id: meterId }, t('guide.meter', result.done, result.total)),
        h('progress', { max: String(result.total), value: String(result.done), 'aria-labelledby': meterId, 'data-percent': String(percent) })),
      missing.length
        ? h('ul', { class: 'guide-missing', 'aria-label': t('guide.missing') }, missing.map((item) => h('li', {},
          h('button', { type: 'button', class: 'button', onclick: () => (item.focus ? ctx.goTo(item.focus) : ctx.addSection(item.section)) }, item.label))))
        : h('p', { class: 'hint hint-ok' }, t('guide.complete')),
      result.done
        ? h('details', { class: 'guide-details' }, h('summary', {}, t('guide.done')),
          h('ul', { class: 'guide-done' }, result.items.filter((i) => i.done).map((i) => h('li', {}, i.label))))
        : null);
  }

  return { guide, apply, startChoices, bar, ready, profileOf, completeness: (doc) => completeness(doc, profileOf(doc)) };
}
