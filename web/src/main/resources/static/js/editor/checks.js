// ATS and recruiter advice, computed in the browser as the user types. Advice never blocks.
import { SECTIONS, KNOWN_HEADINGS, NETWORKS, byId } from './schema.js';
import { design } from './paths.js';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s.]+$/;
const FIRST_PERSON = /\b(I|I'm|I've|me|my|mine|myself)\b/;
const WEAK_START = /^(responsible for|duties included|worked on|helped with|in charge of)\b/i;

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
  if (chars < 150) return { level: 'tip', text: `${count}. A little short: aim for 300 to 600 characters.` };
  if (chars > 800) return { level: 'warn', text: `${count}. Long: recruiters skim; aim for 300 to 600 characters.` };
  if (FIRST_PERSON.test(text)) return { level: 'tip', text: `${count}. Resumes usually leave out “I” and “my”.` };
  return { level: 'ok', text: `${count}. A good length.` };
}

/** The live hint under one bullet, or null. */
export function bulletHint(text) {
  const t = (text || '').trim();
  if (!t) return null;
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

function textOf(doc) {
  const parts = [];
  const walk = (v) => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => { if (k !== 'meta' && k !== 'url') walk(x); });
  };
  walk({ ...doc, meta: undefined });
  return parts.join(' ');
}

/** Every piece of advice for the whole resume: [{level, text, focus}] where focus is a data-focus-key. */
export function reviewResume(doc, pages) {
  const out = [];
  const b = doc.basics || {};
  const d = design(doc);
  const hidden = new Set(d.hiddenSections || []);
  if (!b.name || !b.name.trim()) out.push({ level: 'warn', text: 'Add your full name: it is the first line of the resume.', focus: 'basics.name' });
  if (!b.email || !b.email.trim()) out.push({ level: 'warn', text: 'Add an email address so recruiters can reach you.', focus: 'basics.email' });
  else if (checkEmail(b.email)) out.push({ level: 'warn', text: 'The email address is not valid yet.', focus: 'basics.email' });
  if (!b.phone || !b.phone.trim()) out.push({ level: 'tip', text: 'Add a phone number: most recruiters call first.', focus: 'basics.phone' });
  const loc = b.location || {};
  if (!loc.city && !loc.region && !loc.countryCode) out.push({ level: 'tip', text: 'Add your city and country: many ATS filter candidates by location.', focus: 'basics.location.city' });
  const profiles = Array.isArray(b.profiles) ? b.profiles : [];
  if (!profiles.some((p) => /linkedin/i.test(`${p.network || ''} ${p.url || ''}`))) {
    out.push({ level: 'tip', text: 'Add your LinkedIn profile: recruiters look for it.', focus: 'add-profile' });
  }
  profiles.forEach((p, i) => {
    const problem = checkUrl(p.url, p.network);
    if (problem) out.push({ level: 'warn', text: `Profile ${p.network || i + 1}: ${problem.text}`, focus: `basics.profiles.${i}.url` });
  });
  const summary = summaryHint(b.summary);
  if (b.summary !== undefined && summary.level === 'warn') out.push({ level: 'warn', text: `Summary: ${summary.text}`, focus: 'basics.summary' });
  if (b.summary === undefined || !b.summary.trim()) out.push({ level: 'tip', text: 'Add a short summary at the top: it is the first thing a recruiter reads.', focus: 'basics.summary' });

  const work = Array.isArray(doc.work) ? doc.work : [];
  if (work.length === 0) out.push({ level: 'tip', text: 'Add your experience (jobs, internships or part-time work).', focus: 'add-section' });
  work.forEach((w, i) => {
    const name = w.position || w.name || `Job ${i + 1}`;
    if (!w.startDate) out.push({ level: 'warn', text: `${name}: add a start date; ATS expect dates on every job.`, focus: `work.${i}.startDate` });
    if (!w.name) out.push({ level: 'warn', text: `${name}: add the employer’s name.`, focus: `work.${i}.name` });
    const bullets = (w.highlights || []).filter((x) => x && x.trim());
    if (bullets.length < 2) out.push({ level: 'tip', text: `${name}: add two to five achievements as bullets.`, focus: `work.${i}.highlights` });
    else if (!bullets.some((x) => /\d/.test(x))) out.push({ level: 'tip', text: `${name}: add a number to at least one achievement (%, time, money, people).`, focus: `work.${i}.highlights.0` });
    bullets.forEach((x, j) => {
      const hint = bulletHint(x);
      if (hint && hint.level === 'warn') out.push({ level: 'warn', text: `${name}, bullet ${j + 1}: ${hint.text}`, focus: `work.${i}.highlights.${j}` });
    });
  });
  if (!Array.isArray(doc.education) || doc.education.length === 0) out.push({ level: 'tip', text: 'Add your education.', focus: 'add-section' });
  if (!Array.isArray(doc.skills) || doc.skills.length === 0) out.push({ level: 'tip', text: 'Add a skills section with the words job postings use.', focus: 'add-section' });

  const titles = d.sectionTitles || {};
  for (const [id, title] of Object.entries(titles)) {
    const hint = headingHint(title);
    if (hint) out.push({ level: 'warn', text: hint.text, focus: `rename:${id}` });
  }
  for (const c of d.customSections || []) {
    const hint = headingHint(c.title);
    if (c.title && hint) out.push({ level: 'warn', text: hint.text, focus: `rename:${c.id}` });
  }
  for (const id of hidden) {
    const s = byId(id);
    const title = (s && (titles[id] || s.title)) || id;
    out.push({ level: 'tip', text: `“${title}” is hidden and will not be in the PDF.`, focus: `hide:${id}` });
  }
  const total = words(textOf(doc));
  if (total > 0 && total < 200) out.push({ level: 'tip', text: `About ${total} words: most good resumes have 350 to 1000.`, focus: null });
  if (total > 1200) out.push({ level: 'warn', text: `About ${total} words: consider trimming to fit one or two pages.`, focus: null });
  if (pages > 2) out.push({ level: 'warn', text: `The resume is ${pages} pages: most recruiters expect one or two (academic CVs excepted).`, focus: null });
  return out;
}

export { SECTIONS };
