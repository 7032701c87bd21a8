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

/** The saved resumes, most recently changed first. */
export function list() {
  const index = readJson(INDEX, []);
  return Array.isArray(index) ? [...index].sort((a, b) => (b.updated || 0) - (a.updated || 0)) : [];
}

export function load(id) {
  return readJson(DOC(id), null);
}

/** Saves; throws when the browser refuses (storage full or disabled). */
export function save(id, doc) {
  window.localStorage.setItem(DOC(id), JSON.stringify(doc));
  const index = readJson(INDEX, []).filter((e) => e.id !== id);
  index.push({ id, name: displayName(doc), updated: Date.now() });
  window.localStorage.setItem(INDEX, JSON.stringify(index));
}

export function create(doc) {
  const id = newId();
  save(id, doc);
  return id;
}

export function remove(id) {
  window.localStorage.removeItem(DOC(id));
  window.localStorage.setItem(INDEX, JSON.stringify(readJson(INDEX, []).filter((e) => e.id !== id)));
  if (currentId() === id) window.localStorage.removeItem(CURRENT);
}

export function currentId() {
  return window.localStorage.getItem(CURRENT);
}

export function setCurrent(id) {
  window.localStorage.setItem(CURRENT, id);
}
