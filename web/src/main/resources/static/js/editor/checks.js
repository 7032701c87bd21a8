// ATS and recruiter advice, computed in the browser as the user types. Advice never blocks.
import { SECTIONS, KNOWN_HEADINGS, NETWORKS, byId } from './schema.js';
import { design } from './paths.js';
import { t } from '../i18n.js';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s.]+$/;
const FIRST_PERSON = /\b(I|I'm|I've|me|my|mine|myself)\b/;
const WEAK_START = /^(responsible for|duties included|worked on|helped with|in charge of)\b/i;
/** A [placeholder] left from a phrase idea or an example: square brackets around a few words. */
export const PLACEHOLDER = /\[[^\]\n]{1,40}\]/;

/** Checks a web address; returns {level, text} or null when fine. */
export function checkUrl(value, network) {
  const text = (value || '').trim();
  if (!text) return null;
  let url;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch (e) {
    return { level: 'error', text: t('hint.url.invalid') };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { level: 'error', text: t('hint.url.scheme') };
  }
  if (!url.hostname.includes('.') || /\s/.test(text)) {
    return { level: 'error', text: t('hint.url.host') };
  }
  if (!/^https?:\/\//i.test(text)) {
    return { level: 'warn', text: t('hint.url.no-scheme', text) };
  }
  const known = network && NETWORKS[network.trim().toLowerCase()];
  if (known && known.host) {
    if (!known.host.test(url.hostname)) {
      return { level: 'warn', text: t('hint.url.network', known.label) };
    }
    if (known.path && !known.path.test(url.pathname)) {
      return { level: 'warn', text: t('hint.url.profile-like', known.label, known.make ? known.make('yourname') : t('hint.url.profile-page', known.label)) };
    }
  }
  return null;
}

export function checkEmail(value) {
  const text = (value || '').trim();
  if (!text) return null;
  return EMAIL.test(text) ? null : { level: 'error', text: t('hint.email') };
}

export function words(text) {
  return (text || '').trim().split(/\s+/).filter(Boolean).length;
}

/** The live hint under the summary. */
export function summaryHint(text) {
  const chars = (text || '').trim().length;
  const count = t('hint.summary.count', chars, words(text));
  if (chars === 0) return { level: 'tip', text: t('hint.summary.empty') };
  if (PLACEHOLDER.test(text)) return { level: 'warn', text: t('hint.summary.placeholder', PLACEHOLDER.exec(text)[0]) };
  if (chars < 150) return { level: 'tip', text: t('hint.summary.short', count) };
  if (chars > 800) return { level: 'warn', text: t('hint.summary.long', count) };
  if (FIRST_PERSON.test(text)) return { level: 'tip', text: t('hint.summary.first-person', count) };
  return { level: 'ok', text: t('hint.summary.good', count) };
}

/** The live hint under one bullet, or null. */
export function bulletHint(text) {
  const line = (text || '').trim();
  if (!line) return null;
  if (PLACEHOLDER.test(line)) return { level: 'warn', text: t('hint.bullet.placeholder', PLACEHOLDER.exec(line)[0]) };
  if (line.length > 220) return { level: 'warn', text: t('hint.bullet.long', line.length) };
  if (WEAK_START.test(line)) return { level: 'tip', text: t('hint.bullet.weak') };
  if (FIRST_PERSON.test(line)) return { level: 'tip', text: t('hint.bullet.first-person') };
  return null;
}

export function headingHint(title) {
  const heading = (title || '').trim().toLowerCase();
  if (!heading || KNOWN_HEADINGS.has(heading)) return null;
  return { level: 'warn', text: t('hint.heading', title.trim()) };
}

/**
 * Instant hints the server's ATS check cannot give, because it reads the PDF and not the form:
 * [{level, text, focus}] where focus is a data-focus-key. Everything an ATS would notice (missing
 * contact details, dates, sections, weak bullets, length) comes from the server's check instead.
 */
export function quickHints(doc) {
  const out = [];
  const b = doc.basics || {};
  const d = design(doc);
  if (b.email && b.email.trim() && checkEmail(b.email)) out.push({ level: 'warn', text: t('hint.email.invalid'), focus: 'basics.email' });
  const profiles = Array.isArray(b.profiles) ? b.profiles : [];
  profiles.forEach((p, i) => {
    const problem = checkUrl(p.url, p.network);
    if (problem) out.push({ level: 'warn', text: t('hint.profile', p.network || i + 1, problem.text), focus: `basics.profiles.${i}.url` });
  });
  const work = Array.isArray(doc.work) ? doc.work : [];
  work.forEach((w, i) => {
    if (w && w.position && !w.name) out.push({ level: 'warn', text: t('hint.employer', w.position), focus: `work.${i}.name` });
  });
  for (const found of placeholders(doc)) {
    out.push({ level: 'warn', text: t('hint.placeholder', found.text), focus: found.focus });
  }
  for (const s of SECTIONS) {
    const entries = Array.isArray(doc[s.id]) ? doc[s.id] : [];
    entries.forEach((e, i) => {
      if (e && e.endDate === '' && e.startDate) {
        const name = s.name ? s.name(e) : s.title;
        out.push({ level: 'tip', text: t('hint.no-end', name), focus: `${s.id}.${i}.endDate` });
      }
    });
  }
  const titles = d.sectionTitles || {};
  for (const id of d.hiddenSections || []) {
    const s = byId(id);
    const title = (s && (titles[id] || s.title)) || id;
    out.push({ level: 'tip', text: t('hint.hidden', title), focus: `hide:${id}` });
  }
  return out;
}

/** Every [placeholder] still in the resume's text: [{text, focus}], the first one per field. */
export function placeholders(doc) {
  const out = [];
  const walk = (value, path) => {
    if (typeof value === 'string') {
      const m = PLACEHOLDER.exec(value);
      if (m) out.push({ text: m[0], focus: path.join('.') });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => { if (k !== 'meta') walk(v, [...path, k]); });
  };
  walk(doc, []);
  return out;
}

export { SECTIONS };
