// ATS and recruiter advice, computed in the browser as the user types. Advice never blocks.
import { SECTIONS, KNOWN_HEADINGS, NETWORKS, byId } from './schema.js';
import { design } from './paths.js';

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
    return { level: 'error', text: 'This is not a web address.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { level: 'error', text: 'A web address starts with https://' };
  }
  if (!url.hostname.includes('.') || /\s/.test(text)) {
    return { level: 'error', text: 'This web address has no valid host name.' };
  }
  if (!/^https?:\/\//i.test(text)) {
    return { level: 'warn', text: `Will be linked as https://${text}; write the https:// to be sure.` };
  }
  const known = network && NETWORKS[network.trim().toLowerCase()];
  if (known && known.host) {
    if (!known.host.test(url.hostname)) {
      return { level: 'warn', text: `This does not look like a ${known.label} address.` };
    }
    if (known.path && !known.path.test(url.pathname)) {
      return { level: 'warn', text: `A ${known.label} profile address usually looks like ${known.make ? known.make('yourname') : `a ${known.label} profile page`}.` };
    }
  }
  return null;
}

export function checkEmail(value) {
  const text = (value || '').trim();
  if (!text) return null;
  return EMAIL.test(text) ? null : { level: 'error', text: 'This is not an email address yet (like name@example.com).' };
}

export function words(text) {
  return (text || '').trim().split(/\s+/).filter(Boolean).length;
}

/** The live hint under the summary. */
export function summaryHint(text) {
  const chars = (text || '').trim().length;
  const count = `${chars} characters, ${words(text)} words`;
  if (chars === 0) return { level: 'tip', text: 'Two to four sentences: who you are, your strongest skills, what you want next.' };
  if (PLACEHOLDER.test(text)) return { level: 'warn', text: `Replace ${PLACEHOLDER.exec(text)[0]} and any other [placeholder] with your own details.` };
  if (chars < 150) return { level: 'tip', text: `${count}. A little short: aim for 300 to 600 characters.` };
  if (chars > 800) return { level: 'warn', text: `${count}. Long: recruiters skim; aim for 300 to 600 characters.` };
  if (FIRST_PERSON.test(text)) return { level: 'tip', text: `${count}. Resumes usually leave out “I” and “my”.` };
  return { level: 'ok', text: `${count}. A good length.` };
}

/** The live hint under one bullet, or null. */
export function bulletHint(text) {
  const t = (text || '').trim();
  if (!t) return null;
  if (PLACEHOLDER.test(t)) return { level: 'warn', text: `Replace ${PLACEHOLDER.exec(t)[0]} with your own facts or numbers.` };
  if (t.length > 220) return { level: 'warn', text: `${t.length} characters: keep a bullet to one or two lines (under about 200).` };
  if (WEAK_START.test(t)) return { level: 'tip', text: 'Start with an action verb (Led, Built, Reduced…) instead.' };
  if (FIRST_PERSON.test(t)) return { level: 'tip', text: 'Leave out “I” and “my”.' };
  return null;
}

export function headingHint(title) {
  const t = (title || '').trim().toLowerCase();
  if (!t || KNOWN_HEADINGS.has(t)) return null;
  return { level: 'warn', text: `ATS may not recognise “${title.trim()}” as a heading; standard ones like “Experience” or “Skills” are safest.` };
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
  if (b.email && b.email.trim() && checkEmail(b.email)) out.push({ level: 'warn', text: 'The email address is not valid yet.', focus: 'basics.email' });
  const profiles = Array.isArray(b.profiles) ? b.profiles : [];
  profiles.forEach((p, i) => {
    const problem = checkUrl(p.url, p.network);
    if (problem) out.push({ level: 'warn', text: `Profile ${p.network || i + 1}: ${problem.text}`, focus: `basics.profiles.${i}.url` });
  });
  const work = Array.isArray(doc.work) ? doc.work : [];
  work.forEach((w, i) => {
    if (w && w.position && !w.name) out.push({ level: 'warn', text: `${w.position}: add the employer’s name.`, focus: `work.${i}.name` });
  });
  for (const found of placeholders(doc)) {
    out.push({ level: 'warn', text: `Still a placeholder: replace ${found.text} with your own details.`, focus: found.focus });
  }
  for (const s of SECTIONS) {
    const entries = Array.isArray(doc[s.id]) ? doc[s.id] : [];
    entries.forEach((e, i) => {
      if (e && e.endDate === '' && e.startDate) {
        const name = s.name ? s.name(e) : s.title;
        out.push({ level: 'tip', text: `${name}: no end date yet, so only the start date is printed. Add the end date, or tick that it is ongoing.`, focus: `${s.id}.${i}.endDate` });
      }
    });
  }
  const titles = d.sectionTitles || {};
  for (const id of d.hiddenSections || []) {
    const s = byId(id);
    const title = (s && (titles[id] || s.title)) || id;
    out.push({ level: 'tip', text: `“${title}” is hidden and will not be in the PDF.`, focus: `hide:${id}` });
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
