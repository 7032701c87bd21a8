// Reading and writing inside the JSON Resume document by paths like ['work', 2, 'highlights'].

export function get(doc, path) {
  let node = doc;
  for (const key of path) {
    if (node === null || node === undefined) return undefined;
    node = node[key];
  }
  return node;
}

/** Sets a value, creating objects on the way; '' and undefined remove the key instead. */
export function set(doc, path, value) {
  let node = doc;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (node[key] === null || typeof node[key] !== 'object') {
      node[key] = typeof path[i + 1] === 'number' ? [] : {};
    }
    node = node[key];
  }
  const last = path[path.length - 1];
  if ((value === '' || value === undefined) && !Array.isArray(node)) delete node[last];
  else node[last] = value;
}

export function key(path) {
  return path.join('.');
}

/** The design extension object, created when asked to. */
export function design(doc, create = false) {
  if (!create) return (doc.meta && doc.meta.createYourResume) || {};
  doc.meta = doc.meta && typeof doc.meta === 'object' ? doc.meta : {};
  if (!doc.meta.createYourResume || typeof doc.meta.createYourResume !== 'object') {
    doc.meta.createYourResume = {};
  }
  return doc.meta.createYourResume;
}

/** Removes a design setting and the objects left empty by it. */
export function tidyDesign(doc) {
  const d = doc.meta && doc.meta.createYourResume;
  if (!d) return;
  for (const [k, v] of Object.entries(d)) {
    if (v === '' || v === null || v === undefined) delete d[k];
    else if (Array.isArray(v) && v.length === 0 && k !== 'customSections') delete d[k];
    else if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) delete d[k];
  }
  if (Object.keys(d).length === 0) delete doc.meta.createYourResume;
  if (doc.meta && Object.keys(doc.meta).length === 0) delete doc.meta;
}

/**
 * The document as it is sent and exported: empty strings, blank list items and entries with
 * nothing in them left out. The editor keeps them, so a half-typed entry does not vanish.
 */
export function clean(value, depth = 0) {
  if (Array.isArray(value)) {
    const out = [];
    for (const item of value) {
      const c = clean(item, depth + 1);
      if (c === undefined) continue;
      if (c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0) continue;
      out.push(c);
    }
    return out;
  }
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v, depth + 1);
      if (c === undefined) continue;
      // an empty list inside an entry says nothing; a top-level one keeps its section in the form
      if (Array.isArray(c) && c.length === 0 && depth > 0) continue;
      out[k] = c;
    }
    // an end date "not given yet" ('') matters only beside a start date (it stops "– Present")
    if (value.endDate === '' && out.startDate) out.endDate = '';
    return out;
  }
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  return value;
}
