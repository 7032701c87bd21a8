// Several resumes kept in this browser's localStorage. Nothing is sent anywhere.

const INDEX = 'cyr.resumes.v1';
const CURRENT = 'cyr.current.v1';
const DOC = (id) => `cyr.resume.v1.${id}`;

function readJson(key, fallback) {
  try {
    const text = window.localStorage.getItem(key);
    return text ? JSON.parse(text) : fallback;
  } catch (e) {
    return fallback;
  }
}

function newId() {
  const bytes = new Uint8Array(8);
  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function displayName(doc) {
  const b = (doc && doc.basics) || {};
  const name = (b.name || '').trim();
  const label = (b.label || '').trim();
  if (name && label) return `${name} – ${label}`;
  return name || label || 'Untitled resume';
}

/**
 * The saved resumes, most recently changed first: [{id, name, title?, updated}]. name is the title
 * the user gave the resume in My resumes (it never reaches the PDF) or else the one made from it.
 */
export function list() {
  const index = readJson(INDEX, []);
  return Array.isArray(index)
    ? index.map((e) => ({ ...e, name: e.title || e.name })).sort((a, b) => (b.updated || 0) - (a.updated || 0))
    : [];
}

/** A title for My resumes that no other resume has: "Base", else "Base (2)", "Base (3)"… */
export function freeTitle(base) {
  const taken = new Set(list().map((e) => e.name));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Names a resume in My resumes only ('' goes back to the name made from the resume). */
export function setTitle(id, title) {
  const index = readJson(INDEX, []);
  const entry = index.find((e) => e.id === id);
  if (!entry) return;
  if (title && title.trim()) entry.title = title.trim(); else delete entry.title;
  window.localStorage.setItem(INDEX, JSON.stringify(index));
}

export function load(id) {
  return readJson(DOC(id), null);
}

/** Saves; throws when the browser refuses (storage full or disabled). */
export function save(id, doc) {
  window.localStorage.setItem(DOC(id), JSON.stringify(doc));
  const all = readJson(INDEX, []);
  const before = all.find((e) => e.id === id);
  const index = all.filter((e) => e.id !== id);
  index.push({ id, name: displayName(doc), ...(before && before.title ? { title: before.title } : {}), updated: Date.now() });
  window.localStorage.setItem(INDEX, JSON.stringify(index));
}

/** Saves a new resume; title (optional) names it in My resumes. */
export function create(doc, title = null) {
  const id = newId();
  save(id, doc);
  if (title) setTitle(id, title);
  return id;
}

/** The name My resumes shows for a resume. */
export function titleOf(id) {
  const entry = list().find((e) => e.id === id);
  return entry ? entry.name : '';
}

export function remove(id) {
  window.localStorage.removeItem(DOC(id));
  window.localStorage.removeItem(`cyr.online.v1.${id}`);
  window.localStorage.setItem(INDEX, JSON.stringify(readJson(INDEX, []).filter((e) => e.id !== id)));
  if (currentId() === id) window.localStorage.removeItem(CURRENT);
}

export function currentId() {
  return window.localStorage.getItem(CURRENT);
}

export function setCurrent(id) {
  window.localStorage.setItem(CURRENT, id);
}
