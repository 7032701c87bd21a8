// Draws an ATS report, the JSON answer of POST /api/ats/check, as HTML: the score and its parts,
// the findings best fix first, the closed-loop differences, the job match and what an ATS reads.
// The ATS checker page and the editor's Check panel both use it. Every piece of the report goes
// into text nodes (dom.js), so nothing read from a file can become markup.
import { h } from '/js/editor/dom.js';
import { t } from '/js/i18n.js';

const PARTS = { PARSING: t('report.part.parsing'), SECTIONS: t('report.part.sections'), CONTENT: t('report.part.content'), MATCH: t('report.part.match') };
const SEVERITY = { CRITICAL: 'Critical', MAJOR: 'Major', MINOR: 'Minor', INFO: 'Note' };
const KIND = { JOB_TITLE: 'job title', HARD_SKILL: 'skill', TOOL: 'tool', CERTIFICATION: 'certification', EDUCATION: 'education', EXPERIENCE: 'experience', LANGUAGE: 'language', SOFT_SKILL: 'soft skill' };
const FORMAT = { PDF: 'PDF', DOCX: 'Word document', TEXT: 'pasted text' };
const GRAMMAR = {
  CHECKED: 'spelling and grammar checked',
  NOT_READY: 'spelling and grammar not checked this time: the checker is still starting, check again in a moment',
  NOT_ENGLISH: 'spelling and grammar not checked: the resume is not in English',
  OFF: 'spelling and grammar not checked',
};

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A word for a score, and the band it falls in (good, fair, poor). */
export function verdict(score) {
  if (score >= 80) return { band: 'good', text: 'Good: an ATS reads this resume well.' };
  if (score >= 60) return { band: 'fair', text: 'Fair: an ATS reads most of it. The first fixes below are worth the most.' };
  return { band: 'poor', text: 'Poor: an ATS will lose or misfile parts of this resume. Start with the first fix below.' };
}

/** How many findings ask for a change (notes excluded). */
export function fixCount(report) {
  return report.findings.filter((f) => f.severity !== 'INFO').length;
}

/**
 * Draws {@code report} into {@code container}. With {@code locate(item)} (a finding, or a
 * difference {field, expected, found}) returning a place in the resume and {@code go(place)}
 * taking the user there, items that point at a field get a "Show" button (or {@code action}'s words).
 */
export function drawReport(container, report, { locate = null, go = null, action = null } = {}) {
  const show = (item, label) => {
    const place = locate && go ? locate(item) : null;
    if (!place) return null;
    // on the checker page the button imports the file into the editor ("Fix this in the editor")
    return action
      ? h('button', { type: 'button', class: 'button button-small ats-show ats-fix-in-editor', onclick: () => go(place) }, action, h('span', { class: 'visually-hidden' }, `: ${label}`))
      : h('button', { type: 'button', class: 'button button-small ats-show', onclick: () => go(place) }, 'Show', h('span', { class: 'visually-hidden' }, ` ${label} in the form`));
  };
  const blocks = [
    scoreBlock(report),
    findingsBlock(report, show),
    report.template ? loopBlock(report, show) : null,
    report.jobMatch ? matchBlock(report.jobMatch) : null,
    readsBlock(report),
  ];
  container.replaceChildren(...blocks.filter(Boolean));
}

function block(kind, title, ...content) {
  return h('section', { class: `ats-block ats-${kind}` }, h('h3', { class: 'ats-block-title' }, title), ...content);
}

function scoreBlock(r) {
  const { band, text } = verdict(r.score);
  const earned = r.scoreParts.reduce((sum, p) => sum + p.earned, 0);
  const parts = h('ul', { class: 'ats-parts' }, r.scoreParts.map((p) => {
    const fill = h('span', { class: 'ats-bar-fill' });
    // set through the style object: the page's Content-Security-Policy refuses style attributes
    fill.style.width = `${Math.round((100 * p.earned) / Math.max(1, p.possible))}%`;
    return h('li', { class: 'ats-part', 'data-category': p.category },
      h('span', { class: 'ats-part-name' }, PARTS[p.category] || p.category),
      h('span', { class: 'ats-part-points' }, `${p.earned} of ${p.possible}`),
      h('span', { class: 'ats-bar', 'aria-hidden': 'true' }, fill));
  }));
  const pages = plural(r.pages, 'page');
  const made = r.template ? `, rendered in the ${r.template} template` : '';
  return block('score', 'Score',
    h('p', { class: `ats-score-value ats-${band}`, 'data-score': r.score },
      h('span', { class: 'ats-score-number' }, String(r.score)), h('span', { class: 'ats-score-of' }, ' out of 100')),
    h('p', { class: 'ats-verdict' }, text),
    parts,
    earned > r.score ? h('p', { class: 'hint' }, 'A critical finding caps the score at 35, whatever the parts add up to.') : null,
    h('p', { class: 'ats-meta' }, `${FORMAT[r.format] || r.format}${made} · ${pages} · ${plural(r.words, 'word')} · ${GRAMMAR[r.grammar] || ''}`),
    r.language && r.language !== 'en'
      ? h('p', { class: 'hint ats-language', 'data-language': r.language }, `Read as a ${languageName(r.language)} resume: action verbs, pronouns, buzzwords and repeated words are checked in English only, so they were left out.`)
      : null);
}

function findingsBlock(r, show) {
  const fixes = r.findings.filter((f) => f.severity !== 'INFO');
  const notes = r.findings.filter((f) => f.severity === 'INFO');
  const items = fixes.map((f) => h('li', { class: `ats-finding ats-sev-${f.severity.toLowerCase()}`, 'data-id': f.id },
    h('div', { class: 'ats-finding-head' },
      h('span', { class: 'ats-sev' }, SEVERITY[f.severity] || f.severity),
      h('h4', { class: 'ats-finding-title' }, f.title),
      f.points > 0 ? h('span', { class: 'ats-points' }, `${f.points} ${f.points === 1 ? 'point' : 'points'}`) : null),
    h('p', { class: 'ats-explanation' }, f.explanation),
    h('p', { class: 'ats-fix' }, h('strong', {}, t('report.how-to-fix')), f.fix),
    f.examples.length ? h('ul', { class: 'ats-examples' }, f.examples.map((e) => h('li', {}, e))) : null,
    show(f, f.title)));
  return block('findings', fixes.length ? t('report.to-fix.count', fixes.length) : t('report.to-fix'),
    fixes.length ? h('ol', { class: 'ats-findings' }, items) : h('p', { class: 'ats-ok' }, t('report.nothing')),
    notes.length ? [h('h4', { class: 'ats-subtitle' }, t('report.good-to-know')),
      h('ul', { class: 'ats-notes' }, notes.map((f) => h('li', { 'data-id': f.id }, h('strong', {}, `${f.title}. `), f.fix,
        f.examples.length ? ` (${f.examples.join('; ')})` : '')))] : null);
}

function loopBlock(r, show) {
  if (!r.differences.length) {
    return block('loop', t('report.loop'),
      h('p', { class: 'ats-ok' }, 'Yes: every field (name, contact details, jobs and their bullets, schools, skills) reads back exactly as you wrote it.'));
  }
  return block('loop', t('report.loop'),
    h('p', {}, `${plural(r.differences.length, 'field')} read back differently from what you wrote:`),
    h('ul', { class: 'ats-differences' }, r.differences.map((d) => h('li', { 'data-field': d.field },
      h('code', {}, d.field), `: you wrote “${d.expected}”, an ATS reads ${d.found === null ? 'nothing' : `“${d.found}”`}. `,
      show(d, d.field)))));
}

function matchBlock(m) {
  const matched = m.matched.length
    ? h('ul', { class: 'ats-chips ats-matched' }, m.matched.map((k) => h('li', { class: 'ats-chip' },
      k.name, h('span', { class: 'ats-chip-where' }, ` in ${k.foundIn}`))))
    : h('p', { class: 'hint' }, t('report.no-keywords'));
  const missing = m.missing.length
    ? h('ol', { class: 'ats-missing' }, m.missing.map((k) => h('li', { 'data-keyword': k.name, 'data-importance': k.importance },
      h('strong', {}, k.name),
      h('span', { class: 'ats-kind' }, ` (${KIND[k.kind] || k.kind}${k.importance === 'REQUIRED' ? ', required' : ''}${k.importance === 'PREFERRED' ? ', nice to have' : ''}${k.mentions > 1 ? `, named ${k.mentions} times` : ''})`),
      k.asWritten && k.asWritten.toLowerCase() !== k.name.toLowerCase() ? ` written “${k.asWritten}” in the posting` : '',
      k.suggestion ? h('span', { class: 'ats-where' }, `: could go in ${k.suggestion}.`) : null)))
    : h('p', { class: 'ats-ok' }, t('report.none-missing'));
  return block('match', t('report.match'),
    h('p', { class: 'ats-rate' }, h('span', { class: 'ats-rate-number', 'data-rate': m.matchRate }, `${m.matchRate}%`),
      m.jobTitle ? ` match for “${m.jobTitle}”` : ' match with the posting',
      m.language && m.language !== 'en' ? ` (read as a ${languageName(m.language)} posting)` : ''),
    h('p', { class: 'hint' }, t('report.aim')),
    h('h4', { class: 'ats-subtitle' }, t('report.matched', m.matched.length)), matched,
    h('h4', { class: 'ats-subtitle' }, `Missing, most important first (${m.missing.length})`), missing);
}

// "German" for "de", in the words of the interface's language (English).
function languageName(tag) {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
  } catch (e) {
    return tag;
  }
}

function value(text, field) {
  return text ? h('dd', { 'data-field': field }, text) : h('dd', { class: 'ats-none', 'data-field': field }, 'not found');
}

function entries(list, kind) {
  return h('ol', { class: 'ats-entries' }, list.map((e) => h('li', { class: 'ats-entry' },
    h('p', { class: 'ats-entry-title' },
      h('strong', { 'data-part': kind === 'job' ? 'company' : 'institution' }, e.primary || (kind === 'job' ? 'no employer found' : 'no school found')),
      e.secondary ? [' · ', h('span', { 'data-part': kind === 'job' ? 'title' : 'degree' }, e.secondary)] : null),
    h('p', { class: 'ats-entry-meta' }, [e.dates ? e.dates.text : 'no dates found', e.location].filter(Boolean).join(' · ')),
    e.bullets.length ? h('ul', { class: 'ats-bullets' }, e.bullets.map((b) => h('li', {}, b))) : null,
    e.paragraphs.length ? e.paragraphs.map((p) => h('p', { class: 'ats-paragraph' }, p)) : null,
    e.details.length ? h('ul', { class: 'ats-details' }, e.details.map((d) => h('li', {}, d))) : null)));
}

function readsBlock(r) {
  const p = r.parsed;
  const c = p.contact;
  const onlyHeader = c.inHeaderFooterOnly.length
    ? h('p', { class: 'hint ats-warn' }, t('report.header-only', c.inHeaderFooterOnly.join(', '))) : null;
  const sections = p.sections.length
    ? h('ul', { class: 'ats-sections' }, p.sections.map((s) => h('li', {},
      `“${s.heading}”`, s.standardHeading ? ` read as ${s.kind === 'OTHER' ? 'a section of its own' : `“${titleCase(s.kind)}”`}` : '',
      s.standardHeading ? null : h('span', { class: 'ats-warn' }, ' not a heading an ATS knows'),
      s.letterSpaced ? h('span', { class: 'ats-warn' }, ', letter-spaced') : null)))
    : h('p', { class: 'ats-none' }, t('report.no-headings'));
  return block('reads', t('report.reads'),
    h('dl', { class: 'ats-fields' },
      h('dt', {}, 'Name'), value(p.name, 'name'),
      h('dt', {}, 'Headline'), value(p.headline, 'headline'),
      h('dt', {}, 'Email'), value(c.email, 'email'),
      h('dt', {}, 'Phone'), value(c.phone, 'phone'),
      h('dt', {}, 'Location'), value(c.location, 'location'),
      h('dt', {}, 'Links'), c.links.length ? h('dd', { 'data-field': 'links' }, h('ul', { class: 'ats-links' }, c.links.map((l) => h('li', {}, l)))) : value(null, 'links'),
      h('dt', {}, 'Summary'), value(p.summary, 'summary')),
    onlyHeader,
    h('h4', { class: 'ats-subtitle' }, 'Sections, in reading order'), sections,
    h('h4', { class: 'ats-subtitle' }, t('report.jobs', p.jobs.length)),
    p.jobs.length ? entries(p.jobs, 'job') : h('p', { class: 'ats-none' }, t('report.no-jobs')),
    h('h4', { class: 'ats-subtitle' }, t('report.education', p.schools.length)),
    p.schools.length ? entries(p.schools, 'school') : h('p', { class: 'ats-none' }, t('report.no-schools')),
    h('h4', { class: 'ats-subtitle' }, t('report.skills', p.skills.length)),
    p.skills.length ? h('ul', { class: 'ats-chips ats-skills' }, p.skills.map((s) => h('li', { class: 'ats-chip' }, s))) : h('p', { class: 'ats-none' }, t('report.no-skills')),
    p.unsectioned.length ? [h('h4', { class: 'ats-subtitle' }, t('report.unsectioned')),
      h('ul', { class: 'ats-unsectioned' }, p.unsectioned.map((l) => h('li', {}, l)))] : null,
    h('details', { class: 'ats-text' },
      h('summary', {}, t('report.text')),
      h('pre', { tabindex: '0' }, r.text || '(no text)')));
}

function titleCase(kind) {
  const words = { SUMMARY: t('section.summary'), EXPERIENCE: t('section.work'), EDUCATION: t('section.education'), SKILLS: t('section.skills'), PROJECTS: t('section.projects'), CERTIFICATIONS: t('section.certificates'), AWARDS: t('section.awards'), PUBLICATIONS: t('section.publications'), VOLUNTEER: t('section.volunteer'), LANGUAGES: t('section.languages'), INTERESTS: t('section.interests'), REFERENCES: t('section.references'), CONTACT: 'Contact' };
  return words[kind] || kind;
}
