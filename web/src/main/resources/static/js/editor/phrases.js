// Writing help without AI: the phrase library, the guided-start profiles, and the rewriting of a
// bullet that opens weakly ("Responsible for …"). Pure functions over the data files; no DOM.
//
// /data/phrases.json
//   families: [{id, title, summaries: [text], bullets: [{group, text}]}], one per role family.
//     Every phrase holds [square-bracket] blanks for the writer: [N] a count, [X]% a percentage,
//     [amount] money, [tool] or [a/b/c] a choice; a phrase stays "edit me" while one is left.
//   verbs: [{weak, suggest: [verb], why}]: weak openings (lower case) and stronger past-tense verbs.
// /data/profiles.json
//   profiles: [{id, title, description, phraseFamily, phraseFamilies, sections, required, pages,
//     fields, customSections?}]. sections: schema.js ids in the order to show them; required: what
//     the completeness meter asks for; pages: the length to aim for; phraseFamily: the family
//     offered first, phraseFamilies: the ones worth offering, first one first.
//     fields: {"basics.name" | "work.highlights" | …: {hint, example}}, for every field of the
//     listed sections; the example is grey placeholder text only, never content.
//     customSections: [{id, title, after, hint, fields}]: sections schema.js does not have, to be
//     created as custom sections right after the section (or custom section) named by "after";
//     their fields are the custom-section fields (title, subtitle, … highlights).

const PHRASES_URL = '/data/phrases.json';
const PROFILES_URL = '/data/profiles.json';

const loads = new Map();

/** Fetches a JSON file once; a failed fetch is forgotten, so the next call tries again. */
function loadOnce(url) {
  if (!loads.has(url)) {
    const load = fetch(url, { headers: { Accept: 'application/json' } }).then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.json();
    });
    loads.set(url, load);
    load.catch(() => loads.delete(url));
  }
  return loads.get(url);
}

/** The phrase library: {version, families: [{id, title, summaries, bullets: [{group, text}]}], verbs}. */
export function loadPhrases() {
  return loadOnce(PHRASES_URL);
}

/** The guided-start profiles: {version, profiles: [{id, title, sections, required, fields, …}]}. */
export function loadProfiles() {
  return loadOnce(PROFILES_URL);
}

// What may stand before the opening words: spaces, a typed bullet mark, and a first-person "I".
const LEAD = /^[\s•·*–—-]*(?:I\s+)?/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function opening(text) {
  const s = String(text ?? '');
  return { s, from: LEAD.exec(s)[0].length };
}

/** Whether `text` at `from` starts with `phrase` (any case) as whole words. */
function startsWithPhrase(text, from, phrase) {
  const end = from + phrase.length;
  return text.slice(from, end).toLowerCase() === phrase.toLowerCase() && !WORD_CHAR.test(text.charAt(end));
}

/**
 * The weak opening of a bullet, or null when it opens well. `verbs` is the library's list of
 * {weak, suggest, why}; the longest weak phrase that opens the bullet wins ("helped with" over
 * "helped"). Matching ignores case and whole words only count ("did" never matches "didactic").
 */
export function weakStart(text, verbs) {
  const { s, from } = opening(text);
  let best = null;
  for (const entry of verbs || []) {
    if (entry && entry.weak && startsWithPhrase(s, from, entry.weak) && (!best || entry.weak.length > best.weak.length)) {
      best = entry;
    }
  }
  return best ? { weak: best.weak, suggest: [...best.suggest], why: best.why } : null;
}

// Past forms whose base is not the past form minus "-ed".
const IRREGULAR = {
  built: 'build', rebuilt: 'rebuild', led: 'lead', 'co-led': 'co-lead', ran: 'run', wrote: 'write', taught: 'teach',
  sold: 'sell', grew: 'grow', drove: 'drive', kept: 'keep', held: 'hold', oversaw: 'oversee', won: 'win',
  made: 'make', brought: 'bring', began: 'begin', met: 'meet', took: 'take', gave: 'give', chose: 'choose',
  spoke: 'speak', undertook: 'undertake', forecast: 'forecast', set: 'set', cut: 'cut', shut: 'shut',
};

/** Base forms a past-tense verb may stand for: "managed" → manage, "planned" → plan, "led" → lead. */
function bases(verb) {
  const v = verb.toLowerCase();
  const out = new Set([v]);
  if (IRREGULAR[v]) out.add(IRREGULAR[v]);
  if (v.endsWith('ied')) out.add(`${v.slice(0, -3)}y`);
  if (v.endsWith('ed')) {
    const stem = v.slice(0, -2);
    out.add(stem);
    out.add(`${stem}e`);
    if (/(.)\1$/.test(stem)) out.add(stem.slice(0, -1));
  }
  return out;
}

/**
 * Whether `word`, right after the weak opening, is the chosen verb in another form: its "-ing"
 * form ("managing" for "Managed"), or its plain form where the opening takes one ("helped
 * migrate", "helped to migrate"). A noun that looks like a verb ("design", "leads") is kept.
 */
function isFormOf(word, verb, plainAllowed) {
  const forms = bases(verb);
  const w = word.toLowerCase();
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].some((b) => forms.has(b));
  }
  return plainAllowed && forms.has(w);
}

/**
 * The bullet with its weak opening replaced by `verb`. The rules, in order:
 * 1. Spaces, a typed bullet mark and a leading "I" before the weak words are dropped.
 * 2. If the bullet does not open with `weak`, it comes back unchanged.
 * 3. The weak words go, with a colon, dash or comma right after them ("Duties included: …").
 * 4. The next word goes too when it is the chosen verb's "-ing" form, or its plain form after
 *    "to" or "helped" (with the "to"): "responsible for managing 3 servers" + "Managed" →
 *    "Managed 3 servers"; "helped to migrate 40 mailboxes" + "Migrated" → "Migrated 40 mailboxes".
 *    Any other word stays: "worked on the billing API" + "Built" → "Built the billing API".
 * 5. The verb starts with a capital letter; the rest keeps the writer's own capitals.
 */
export function replaceOpening(text, weak, verb) {
  const { s, from } = opening(text);
  if (!weak || !startsWithPhrase(s, from, weak)) return s;
  let rest = s.slice(from + weak.length).replace(/^[\s:;,–—-]+/, '');
  const verbWord = String(verb).trim().split(/\s+/)[0];
  const next = /^(to\s+)?([\p{L}-]+)(?![\p{L}\p{N}])\s*/u.exec(rest);
  const plainAllowed = Boolean(next && next[1]) || /(^|\s)(helped|to)$/i.test(weak);
  if (next && verbWord && isFormOf(next[2], verbWord, plainAllowed)) rest = rest.slice(next[0].length);
  const lead = String(verb).trim();
  const capitalised = lead.charAt(0).toUpperCase() + lead.slice(1);
  return rest ? `${capitalised} ${rest}` : capitalised;
}

// A placeholder is [words] that the writer must replace; a Markdown link "[text](url)" is not one.
const PLACEHOLDER = /\[[^[\]\n]+\](?!\()/;

/** Whether a `[...]` placeholder from the library is still in the text (shown as "edit me"). */
export function hasPlaceholder(text) {
  return PLACEHOLDER.test(String(text ?? ''));
}

/**
 * The phrases of one family (an object from `families`) that contain every word of `query`, in
 * their text or group name, ignoring case. An empty query gives them all: summaries first, then
 * bullets in library order. Each result is {kind: 'summary'|'bullet', group, text}.
 */
export function searchPhrases(family, query) {
  if (!family) return [];
  const words = String(query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const all = [
    ...(family.summaries || []).map((text) => ({ kind: 'summary', group: 'Summary', text })),
    ...(family.bullets || []).map((b) => ({ kind: 'bullet', group: b.group, text: b.text })),
  ];
  return all.filter((p) => {
    const haystack = `${p.group} ${p.text}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
