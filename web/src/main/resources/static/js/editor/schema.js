// What the editor shows for each JSON Resume section: its fields, and how an entry is named.

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const joined = (...parts) => parts.filter((p) => p && String(p).trim()).join(' · ');

/** Field kinds: text, email, tel, url, textarea, date, end (date with Present), list. */
export const SECTIONS = [
  { id: 'summary', title: 'Summary', kind: 'summary' },
  {
    id: 'work', title: 'Experience', noun: 'position', bulletsKey: 'highlights',
    name: (e) => joined(e.position, e.name) || 'New position',
    fields: [
      { key: 'position', label: 'Job title', autocomplete: 'organization-title' },
      { key: 'name', label: 'Employer', autocomplete: 'organization' },
      { key: 'location', label: 'Location' },
      { key: 'url', label: 'Company website', type: 'url' },
      { key: 'startDate', label: 'Start', type: 'date' },
      { key: 'endDate', label: 'End', type: 'end', presentLabel: 'I work here now' },
      { key: 'summary', label: 'Description (optional)', type: 'textarea', wide: true, rows: 2 },
      { key: 'highlights', label: 'Achievements', type: 'list', item: 'achievement', wide: true },
    ],
  },
  {
    id: 'education', title: 'Education', noun: 'school',
    name: (e) => joined(e.studyType && e.area ? `${e.studyType}, ${e.area}` : e.studyType || e.area, e.institution) || 'New school',
    fields: [
      { key: 'institution', label: 'School or university' },
      { key: 'studyType', label: 'Degree', placeholder: 'Bachelor of Science' },
      { key: 'area', label: 'Field of study' },
      { key: 'score', label: 'Grade (optional)', placeholder: 'GPA 3.8/4.0' },
      { key: 'startDate', label: 'Start', type: 'date' },
      { key: 'endDate', label: 'End', type: 'end', presentLabel: 'Still studying' },
      { key: 'url', label: 'Website', type: 'url' },
      { key: 'courses', label: 'Relevant courses', type: 'list', item: 'course', wide: true },
    ],
  },
  {
    id: 'skills', title: 'Skills', noun: 'skill group',
    name: (e) => e.name || 'New skill group',
    fields: [
      { key: 'name', label: 'Group', placeholder: 'Programming languages' },
      { key: 'level', label: 'Level (optional)', placeholder: 'Advanced' },
      { key: 'keywords', label: 'Skills', type: 'list', item: 'skill', wide: true },
    ],
  },
  {
    id: 'projects', title: 'Projects', noun: 'project', bulletsKey: 'highlights',
    name: (e) => e.name || 'New project',
    fields: [
      { key: 'name', label: 'Project name' },
      { key: 'entity', label: 'Organisation (optional)' },
      { key: 'url', label: 'Link', type: 'url' },
      { key: 'type', label: 'Type (optional)', placeholder: 'Open source, thesis, …' },
      { key: 'startDate', label: 'Start', type: 'date' },
      { key: 'endDate', label: 'End', type: 'end', presentLabel: 'Ongoing' },
      { key: 'description', label: 'Description', type: 'textarea', wide: true, rows: 2 },
      { key: 'highlights', label: 'Highlights', type: 'list', item: 'highlight', wide: true },
      { key: 'roles', label: 'Your roles', type: 'list', item: 'role', wide: true },
      { key: 'keywords', label: 'Technologies or keywords', type: 'list', item: 'keyword', wide: true },
    ],
  },
  {
    id: 'certificates', title: 'Certifications', noun: 'certificate',
    name: (e) => joined(e.name, e.issuer) || 'New certificate',
    fields: [
      { key: 'name', label: 'Certificate', wide: true },
      { key: 'issuer', label: 'Issuer' },
      { key: 'date', label: 'Date', type: 'date' },
      { key: 'url', label: 'Link', type: 'url', wide: true },
    ],
  },
  {
    id: 'awards', title: 'Awards', noun: 'award',
    name: (e) => joined(e.title, e.awarder) || 'New award',
    fields: [
      { key: 'title', label: 'Award' },
      { key: 'awarder', label: 'Awarded by' },
      { key: 'date', label: 'Date', type: 'date' },
      { key: 'summary', label: 'Details (optional)', type: 'textarea', wide: true, rows: 2 },
    ],
  },
  {
    id: 'publications', title: 'Publications', noun: 'publication',
    name: (e) => joined(e.name, e.publisher) || 'New publication',
    fields: [
      { key: 'name', label: 'Title', wide: true },
      { key: 'publisher', label: 'Publisher or venue' },
      { key: 'releaseDate', label: 'Date', type: 'date' },
      { key: 'url', label: 'Link', type: 'url', wide: true },
      { key: 'summary', label: 'Summary (optional)', type: 'textarea', wide: true, rows: 2 },
    ],
  },
  {
    id: 'volunteer', title: 'Volunteer Experience', noun: 'role', bulletsKey: 'highlights',
    name: (e) => joined(e.position, e.organization) || 'New volunteer role',
    fields: [
      { key: 'position', label: 'Role' },
      { key: 'organization', label: 'Organisation' },
      { key: 'startDate', label: 'Start', type: 'date' },
      { key: 'endDate', label: 'End', type: 'end', presentLabel: 'Ongoing' },
      { key: 'url', label: 'Website', type: 'url', wide: true },
      { key: 'summary', label: 'Description (optional)', type: 'textarea', wide: true, rows: 2 },
      { key: 'highlights', label: 'Highlights', type: 'list', item: 'highlight', wide: true },
    ],
  },
  {
    id: 'languages', title: 'Languages', noun: 'language',
    name: (e) => joined(e.language, e.fluency) || 'New language',
    fields: [
      { key: 'language', label: 'Language' },
      { key: 'fluency', label: 'Fluency', placeholder: 'Native, Fluent (C1), …', datalist: 'fluency-levels' },
    ],
  },
  {
    id: 'interests', title: 'Interests', noun: 'interest',
    name: (e) => e.name || 'New interest',
    fields: [
      { key: 'name', label: 'Interest' },
      { key: 'keywords', label: 'Details', type: 'list', item: 'detail', wide: true },
    ],
  },
  {
    id: 'references', title: 'References', noun: 'reference',
    name: (e) => e.name || 'New reference',
    fields: [
      { key: 'name', label: 'Name and role', wide: true },
      { key: 'reference', label: 'Reference', type: 'textarea', wide: true, rows: 3 },
    ],
  },
];

export const CUSTOM = {
  noun: 'entry', bulletsKey: 'highlights',
  name: (e) => joined(e.title, e.subtitle) || 'New entry',
  fields: [
    { key: 'title', label: 'Title' },
    { key: 'subtitle', label: 'Subtitle' },
    { key: 'location', label: 'Location' },
    { key: 'url', label: 'Link', type: 'url' },
    { key: 'startDate', label: 'Start', type: 'date' },
    { key: 'endDate', label: 'End (optional)', type: 'date' },
    { key: 'summary', label: 'Description', type: 'textarea', wide: true, rows: 2 },
    { key: 'highlights', label: 'Bullets', type: 'list', item: 'bullet', wide: true },
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
