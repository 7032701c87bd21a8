// Draws an ATS report, the JSON answer of POST /api/ats/check, as HTML: the score and its parts,
// the findings best fix first, the closed-loop differences, the job match and what an ATS reads.
// The ATS checker page and the editor's Check panel both use it. Every piece of the report goes
// into text nodes (dom.js), so nothing read from a file can become markup.
import { h } from '/js/editor/dom.js';
import { lang, t } from '/js/i18n.js';

const PARTS = { PARSING: t('report.part.parsing'), SECTIONS: t('report.part.sections'), CONTENT: t('report.part.content'), MATCH: t('report.part.match') };
const SEVERITY = { CRITICAL: t('report.severity.critical'), MAJOR: t('report.severity.major'), MINOR: t('report.severity.minor'), INFO: t('report.severity.info') };
const KIND = { JOB_TITLE: t('report.kind.job-title'), HARD_SKILL: t('report.kind.skill'), TOOL: t('report.kind.tool'), CERTIFICATION: t('report.kind.certification'), EDUCATION: t('report.kind.education'), EXPERIENCE: t('report.kind.experience'), LANGUAGE: t('report.kind.language'), SOFT_SKILL: t('report.kind.soft-skill') };
const FORMAT = { PDF: 'PDF', DOCX: t('report.format.docx'), TEXT: t('report.format.text') };
const GRAMMAR = {
  CHECKED: t('report.grammar.checked'),
  NOT_READY: t('report.grammar.not-ready'),
  NOT_ENGLISH: t('report.grammar.not-english'),
  OFF: t('report.grammar.off'),
};

/** A word for a score, and the band it falls in (good, fair, poor). */
export function verdict(score) {
  if (score >= 80) return { band: 'good', text: t('report.verdict.good') };
  if (score >= 60) return { band: 'fair', text: t('report.verdict.fair') };
  return { band: 'poor', text: t('report.verdict.poor') };
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
      : h('button', { type: 'button', class: 'button button-small ats-show', onclick: () => go(place) }, t('report.show'), h('span', { class: 'visually-hidden' }, ` ${t('report.show.where', label)}`));
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
      h('span', { class: 'ats-part-points' }, t('report.part-points', p.earned, p.possible)),
      h('span', { class: 'ats-bar', 'aria-hidden': 'true' }, fill));
  }));
  const pages = r.pages === 1 ? t('report.pages.one', r.pages) : t('report.pages.other', r.pages);
  const made = r.template ? t('report.rendered-in', r.template) : '';
  return block('score', t('report.score'),
    h('p', { class: `ats-score-value ats-${band}`, 'data-score': r.score },
      h('span', { class: 'ats-score-number' }, String(r.score)), h('span', { class: 'ats-score-of' }, ` ${t('report.out-of')}`)),
    h('p', { class: 'ats-verdict' }, text),
    parts,
    earned > r.score ? h('p', { class: 'hint' }, t('report.capped')) : null,
    h('p', { class: 'ats-meta' }, `${FORMAT[r.format] || r.format}${made} · ${pages} · ${r.words === 1 ? t('report.words.one', r.words) : t('report.words.other', r.words)} · ${GRAMMAR[r.grammar] || ''}`),
    r.language && r.language !== 'en'
      ? h('p', { class: 'hint ats-language', 'data-language': r.language }, t('report.resume-language', languageName(r.language)))
      : null);
}

function findingsBlock(r, show) {
  const fixes = r.findings.filter((f) => f.severity !== 'INFO');
  const notes = r.findings.filter((f) => f.severity === 'INFO');
  const items = fixes.map((f) => h('li', { class: `ats-finding ats-sev-${f.severity.toLowerCase()}`, 'data-id': f.id },
    h('div', { class: 'ats-finding-head' },
      h('span', { class: 'ats-sev' }, SEVERITY[f.severity] || f.severity),
      h('h4', { class: 'ats-finding-title' }, f.title),
      f.points > 0 ? h('span', { class: 'ats-points' }, f.points === 1 ? t('report.points.one', f.points) : t('report.points.other', f.points)) : null),
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
      h('p', { class: 'ats-ok' }, t('report.loop-ok')));
  }
  return block('loop', t('report.loop'),
    h('p', {}, r.differences.length === 1 ? t('report.differences.one', 1) : t('report.differences.other', r.differences.length)),
    h('ul', { class: 'ats-differences' }, r.differences.map((d) => h('li', { 'data-field': d.field },
      h('code', {}, d.field), `${t('report.difference', d.expected, d.found === null ? t('report.nothing-read') : t('report.quoted', d.found))} `,
      show(d, d.field)))));
}

function matchBlock(m) {
  const matched = m.matched.length
    ? h('ul', { class: 'ats-chips ats-matched' }, m.matched.map((k) => h('li', { class: 'ats-chip' },
      k.name, h('span', { class: 'ats-chip-where' }, ` ${t('report.found-in', k.foundIn)}`))))
    : h('p', { class: 'hint' }, t('report.no-keywords'));
  const missing = m.missing.length
    ? h('ol', { class: 'ats-missing' }, m.missing.map((k) => h('li', { 'data-keyword': k.name, 'data-importance': k.importance },
      h('strong', {}, k.name),
      h('span', { class: 'ats-kind' }, ` (${KIND[k.kind] || k.kind}${k.importance === 'REQUIRED' ? t('report.required') : ''}${k.importance === 'PREFERRED' ? t('report.preferred') : ''}${k.mentions > 1 ? t('report.mentions', k.mentions) : ''})`),
      k.asWritten && k.asWritten.toLowerCase() !== k.name.toLowerCase() ? ` ${t('report.as-written', k.asWritten)}` : '',
      k.suggestion ? h('span', { class: 'ats-where' }, t('report.could-go', k.suggestion)) : null)))
    : h('p', { class: 'ats-ok' }, t('report.none-missing'));
  return block('match', t('report.match'),
    h('p', { class: 'ats-rate' }, h('span', { class: 'ats-rate-number', 'data-rate': m.matchRate }, `${m.matchRate}%`),
      ` ${m.jobTitle ? t('report.match-for', m.jobTitle) : t('report.match-posting')}`,
      m.language && m.language !== 'en' ? ` ${t('report.posting-language', languageName(m.language))}` : ''),
    h('p', { class: 'hint' }, t('report.aim')),
    h('h4', { class: 'ats-subtitle' }, t('report.matched', m.matched.length)), matched,
    h('h4', { class: 'ats-subtitle' }, t('report.missing', m.missing.length)), missing);
}

// "German" for "de", in the words of the interface's language ("Deutsch" on a German page).
function languageName(tag) {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag);
  } catch (e) {
    return tag;
  }
}

function value(text, field) {
  return text ? h('dd', { 'data-field': field }, text) : h('dd', { class: 'ats-none', 'data-field': field }, t('report.not-found'));
}

function entries(list, kind) {
  return h('ol', { class: 'ats-entries' }, list.map((e) => h('li', { class: 'ats-entry' },
    h('p', { class: 'ats-entry-title' },
      h('strong', { 'data-part': kind === 'job' ? 'company' : 'institution' }, e.primary || (kind === 'job' ? t('report.no-employer') : t('report.no-school'))),
      e.secondary ? [' · ', h('span', { 'data-part': kind === 'job' ? 'title' : 'degree' }, e.secondary)] : null),
    h('p', { class: 'ats-entry-meta' }, [e.dates ? e.dates.text : t('report.no-dates'), e.location].filter(Boolean).join(' · ')),
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
      `“${s.heading}”`, s.standardHeading ? ` ${t('report.read-as', s.kind === 'OTHER' ? t('report.own-section') : t('report.quoted', titleCase(s.kind)))}` : '',
      s.standardHeading ? null : h('span', { class: 'ats-warn' }, ` ${t('report.unknown-heading')}`),
      s.letterSpaced ? h('span', { class: 'ats-warn' }, `, ${t('report.letter-spaced')}`) : null)))
    : h('p', { class: 'ats-none' }, t('report.no-headings'));
  return block('reads', t('report.reads'),
    h('dl', { class: 'ats-fields' },
      h('dt', {}, t('report.field.name')), value(p.name, 'name'),
      h('dt', {}, t('report.field.headline')), value(p.headline, 'headline'),
      h('dt', {}, t('report.field.email')), value(c.email, 'email'),
      h('dt', {}, t('report.field.phone')), value(c.phone, 'phone'),
      h('dt', {}, t('report.field.location')), value(c.location, 'location'),
      h('dt', {}, t('report.field.links')), c.links.length ? h('dd', { 'data-field': 'links' }, h('ul', { class: 'ats-links' }, c.links.map((l) => h('li', {}, l)))) : value(null, 'links'),
      h('dt', {}, t('report.field.summary')), value(p.summary, 'summary')),
    onlyHeader,
    h('h4', { class: 'ats-subtitle' }, t('report.sections')), sections,
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
      h('pre', { tabindex: '0' }, r.text || t('report.no-text'))));
}

function titleCase(kind) {
  const words = { SUMMARY: t('section.summary'), EXPERIENCE: t('section.work'), EDUCATION: t('section.education'), SKILLS: t('section.skills'), PROJECTS: t('section.projects'), CERTIFICATIONS: t('section.certificates'), AWARDS: t('section.awards'), PUBLICATIONS: t('section.publications'), VOLUNTEER: t('section.volunteer'), LANGUAGES: t('section.languages'), INTERESTS: t('section.interests'), REFERENCES: t('section.references'), CONTACT: t('report.contact') };
  return words[kind] || kind;
}
