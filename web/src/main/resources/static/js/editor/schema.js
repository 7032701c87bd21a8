// What the editor shows for each JSON Resume section: its fields, and how an entry is named.

import { t, lang } from '../i18n.js';

// the short month names of the interface's language, from the browser's own data ("Jan" in
// English as before, "Jän"/"Jan." in German, "जन॰" in Hindi) rather than twelve keys per bundle
const monthFormat = new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : lang, { month: 'short', timeZone: 'UTC' });
export const MONTHS = Array.from({ length: 12 }, (_, i) => monthFormat.format(new Date(Date.UTC(2000, i, 1))));

const joined = (...parts) => parts.filter((p) => p && String(p).trim()).join(' · ');

/** Field kinds: text, email, tel, url, textarea, date, end (date with Present), list. */
export const SECTIONS = [
  { id: 'summary', title: t('section.summary'), kind: 'summary' },
  {
    id: 'work', title: t('section.work'), noun: 'position', add: t('add.position'), bulletsKey: 'highlights',
    name: (e) => joined(e.position, e.name) || t('new.position'),
    fields: [
      { key: 'position', label: t('field.position'), autocomplete: 'organization-title' },
      { key: 'name', label: t('field.employer'), autocomplete: 'organization' },
      { key: 'location', label: t('field.location') },
      { key: 'url', label: t('field.company-url'), type: 'url' },
      { key: 'startDate', label: t('field.start'), type: 'date' },
      { key: 'endDate', label: t('field.end'), type: 'end', presentLabel: t('field.work-now') },
      { key: 'summary', label: t('field.description-optional'), type: 'textarea', wide: true, rows: 2 },
      { key: 'highlights', label: t('field.achievements'), type: 'list', item: 'achievement', add: t('add.achievement'), itemName: (n) => t('item.achievement', n), wide: true },
    ],
  },
  {
    id: 'education', title: t('section.education'), noun: 'school', add: t('add.school'),
    name: (e) => joined(e.studyType && e.area ? `${e.studyType}, ${e.area}` : e.studyType || e.area, e.institution) || t('new.school'),
    fields: [
      { key: 'institution', label: t('field.institution') },
      { key: 'studyType', label: t('field.degree'), placeholder: t('placeholder.degree') },
      { key: 'area', label: t('field.area') },
      { key: 'score', label: t('field.grade'), placeholder: t('placeholder.grade') },
      { key: 'startDate', label: t('field.start'), type: 'date' },
      { key: 'endDate', label: t('field.end'), type: 'end', presentLabel: t('field.studying') },
      { key: 'url', label: t('field.website'), type: 'url' },
      { key: 'courses', label: t('field.courses'), type: 'list', item: 'course', add: t('add.course'), itemName: (n) => t('item.course', n), wide: true },
    ],
  },
  {
    id: 'skills', title: t('section.skills'), noun: 'skill group', add: t('add.skill-group'),
    name: (e) => e.name || t('new.skill-group'),
    fields: [
      { key: 'name', label: t('field.group'), placeholder: t('placeholder.skill-group') },
      { key: 'level', label: t('field.level'), placeholder: t('placeholder.skill-level') },
      { key: 'keywords', label: t('field.skills'), type: 'list', item: 'skill', add: t('add.skill'), itemName: (n) => t('item.skill', n), wide: true },
    ],
  },
  {
    id: 'projects', title: t('section.projects'), noun: 'project', add: t('add.project'), bulletsKey: 'highlights',
    name: (e) => e.name || t('new.project'),
    fields: [
      { key: 'name', label: t('field.project-name') },
      { key: 'entity', label: t('field.organisation-optional') },
      { key: 'url', label: t('field.link'), type: 'url' },
      { key: 'type', label: t('field.type-optional'), placeholder: t('placeholder.project-type') },
      { key: 'startDate', label: t('field.start'), type: 'date' },
      { key: 'endDate', label: t('field.end'), type: 'end', presentLabel: t('field.ongoing') },
      { key: 'description', label: t('field.description'), type: 'textarea', wide: true, rows: 2 },
      { key: 'highlights', label: t('field.highlights'), type: 'list', item: 'highlight', add: t('add.highlight'), itemName: (n) => t('item.highlight', n), wide: true },
      { key: 'roles', label: t('field.roles'), type: 'list', item: 'role', add: t('add.role'), itemName: (n) => t('item.role', n), wide: true },
      { key: 'keywords', label: t('field.keywords'), type: 'list', item: 'keyword', add: t('add.keyword'), itemName: (n) => t('item.keyword', n), wide: true },
    ],
  },
  {
    id: 'certificates', title: t('section.certificates'), noun: 'certificate', add: t('add.certificate'),
    name: (e) => joined(e.name, e.issuer) || t('new.certificate'),
    fields: [
      { key: 'name', label: t('field.certificate'), wide: true },
      { key: 'issuer', label: t('field.issuer') },
      { key: 'date', label: t('field.date'), type: 'date' },
      { key: 'url', label: t('field.link'), type: 'url', wide: true },
    ],
  },
  {
    id: 'awards', title: t('section.awards'), noun: 'award', add: t('add.award'),
    name: (e) => joined(e.title, e.awarder) || t('new.award'),
    fields: [
      { key: 'title', label: t('field.award') },
      { key: 'awarder', label: t('field.awarder') },
      { key: 'date', label: t('field.date'), type: 'date' },
      { key: 'summary', label: t('field.details-optional'), type: 'textarea', wide: true, rows: 2 },
    ],
  },
  {
    id: 'publications', title: t('section.publications'), noun: 'publication', add: t('add.publication'),
    name: (e) => joined(e.name, e.publisher) || t('new.publication'),
    fields: [
      { key: 'name', label: t('field.title'), wide: true },
      { key: 'publisher', label: t('field.publisher') },
      { key: 'releaseDate', label: t('field.date'), type: 'date' },
      { key: 'url', label: t('field.link'), type: 'url', wide: true },
      { key: 'summary', label: t('field.summary-optional'), type: 'textarea', wide: true, rows: 2 },
    ],
  },
  {
    id: 'volunteer', title: t('section.volunteer'), noun: 'role', add: t('add.volunteer'), bulletsKey: 'highlights',
    name: (e) => joined(e.position, e.organization) || t('new.volunteer'),
    fields: [
      { key: 'position', label: t('field.role') },
      { key: 'organization', label: t('field.organisation') },
      { key: 'startDate', label: t('field.start'), type: 'date' },
      { key: 'endDate', label: t('field.end'), type: 'end', presentLabel: t('field.ongoing') },
      { key: 'url', label: t('field.website'), type: 'url', wide: true },
      { key: 'summary', label: t('field.description-optional'), type: 'textarea', wide: true, rows: 2 },
      { key: 'highlights', label: t('field.highlights'), type: 'list', item: 'highlight', add: t('add.highlight'), itemName: (n) => t('item.highlight', n), wide: true },
    ],
  },
  {
    id: 'languages', title: t('section.languages'), noun: 'language', add: t('add.language'),
    name: (e) => joined(e.language, e.fluency) || t('new.language'),
    fields: [
      { key: 'language', label: t('field.language') },
      { key: 'fluency', label: t('field.fluency'), placeholder: 'Native, Fluent (C1), …', datalist: 'fluency-levels' },
    ],
  },
  {
    id: 'interests', title: t('section.interests'), noun: 'interest', add: t('add.interest'),
    name: (e) => e.name || t('new.interest'),
    fields: [
      { key: 'name', label: t('field.interest') },
      { key: 'keywords', label: t('field.details'), type: 'list', item: 'detail', add: t('add.detail'), itemName: (n) => t('item.detail', n), wide: true },
    ],
  },
  {
    id: 'references', title: t('section.references'), noun: 'reference', add: t('add.reference'),
    name: (e) => e.name || t('new.reference'),
    fields: [
      { key: 'name', label: t('field.reference-name'), wide: true },
      { key: 'reference', label: t('field.reference'), type: 'textarea', wide: true, rows: 3 },
    ],
  },
];

export const CUSTOM = {
  noun: 'entry', add: t('add.entry'), bulletsKey: 'highlights',
  name: (e) => joined(e.title, e.subtitle) || t('new.entry'),
  fields: [
    { key: 'title', label: t('field.title') },
    { key: 'subtitle', label: t('field.subtitle') },
    { key: 'location', label: t('field.location') },
    { key: 'url', label: t('field.link'), type: 'url' },
    { key: 'startDate', label: t('field.start'), type: 'date' },
    { key: 'endDate', label: t('field.end-optional'), type: 'date' },
    { key: 'summary', label: t('field.description'), type: 'textarea', wide: true, rows: 2 },
    { key: 'highlights', label: t('field.bullets'), type: 'list', item: 'bullet', add: t('add.bullet'), itemName: (n) => t('item.bullet', n), wide: true },
  ],
};

export const STANDARD_IDS = SECTIONS.map((s) => s.id);
export const byId = (id) => SECTIONS.find((s) => s.id === id);

/** Headings ATS parsers recognise (lower case); a renamed heading outside these gets a hint. */
export const KNOWN_HEADINGS = new Set([
  'summary', 'professional summary', 'profile', 'about', 'objective', 'career objective',
  'experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'relevant experience',
  'education', 'education and training', 'academic background',
  'skills', 'technical skills', 'core skills', 'key skills', 'core competencies', 'competencies',
  'projects', 'personal projects', 'selected projects', 'academic projects',
  'certifications', 'certificates', 'licenses and certifications', 'licences and certifications',
  'awards', 'honors', 'honours', 'awards and honors', 'honors and awards', 'achievements',
  'publications', 'selected publications', 'research', 'research experience', 'teaching', 'teaching experience',
  'volunteer experience', 'volunteering', 'volunteer work', 'community involvement',
  'languages', 'interests', 'hobbies', 'references', 'training', 'courses', 'conferences', 'talks', 'presentations',
  'patents', 'grants', 'leadership', 'activities', 'extracurricular activities', 'memberships', 'affiliations',
  'professional affiliations', 'internships',
]);

export const NETWORKS = {
  linkedin: { label: 'LinkedIn', host: /(^|\.)linkedin\.com$/i, path: /^\/(in|pub)\/[^/]+/i, make: (u) => `https://www.linkedin.com/in/${u}` },
  github: { label: 'GitHub', host: /^(www\.)?github\.com$/i, path: /^\/[^/]+/, make: (u) => `https://github.com/${u}` },
  gitlab: { label: 'GitLab', host: /^(www\.)?gitlab\.com$/i, path: /^\/[^/]+/, make: (u) => `https://gitlab.com/${u}` },
  'stack overflow': { label: 'Stack Overflow', host: /(^|\.)stackoverflow\.com$/i, path: /^\/users\//, make: null },
  x: { label: 'X', host: /^(www\.)?(x|twitter)\.com$/i, path: /^\/[^/]+/, make: (u) => `https://x.com/${u}` },
  behance: { label: 'Behance', host: /(^|\.)behance\.net$/i, path: /^\/[^/]+/, make: (u) => `https://www.behance.net/${u}` },
  dribbble: { label: 'Dribbble', host: /(^|\.)dribbble\.com$/i, path: /^\/[^/]+/, make: (u) => `https://dribbble.com/${u}` },
  orcid: { label: 'ORCID', host: /(^|\.)orcid\.org$/i, path: /^\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/i, make: (u) => `https://orcid.org/${u}` },
  'google scholar': { label: 'Google Scholar', host: /^scholar\.google\./i, path: /^\/citations/, make: null },
  portfolio: { label: 'Portfolio', host: null, path: null, make: null },
};
