// Month + year date input, with "Present" for end dates. Writes YYYY-MM (or YYYY without a month),
// keeps a day the document already had, and never writes a half-typed year.
import { t } from '../i18n.js';
import { h, nextId } from './dom.js';
import { MONTHS } from './schema.js';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parseDate(value) {
  const m = DATE.exec((value || '').trim());
  return m ? { year: m[1], month: m[2] || '', day: m[3] || '' } : { year: '', month: '', day: '' };
}

/**
 * @param {object} o label, value, focusKey, present (label of the Present box, or null), onChange(value|undefined)
 */
export function dateField(o) {
  const id = nextId('date');
  const parsed = parseDate(o.value);
  // an absent end date means Present; '' means "ended, date not given yet" (the box unticked)
  const isPresent = Boolean(o.present) && (o.value === undefined || o.value === null);
  const hintId = `${id}-hint`;
  const month = h('select', { id: `${id}-m`, 'aria-label': t('date.month-of', o.label), 'data-focus-key': `${o.focusKey}.month`, disabled: isPresent },
    h('option', { value: '' }, t('date.month')),
    MONTHS.map((name, i) => {
      const v = String(i + 1).padStart(2, '0');
      return h('option', { value: v, selected: v === parsed.month }, name);
    }));
  const year = h('input', {
    type: 'text', id: `${id}-y`, inputmode: 'numeric', maxlength: 4, placeholder: t('date.year'), autocomplete: 'off',
    'aria-label': t('date.year-of', o.label), 'aria-describedby': hintId, 'data-focus-key': o.focusKey,
    value: parsed.year, disabled: isPresent,
  });
  const hint = h('p', { class: 'hint', id: hintId });
  let present = null;

  const emit = () => {
    hint.textContent = '';
    hint.className = 'hint';
    year.removeAttribute('aria-invalid');
    if (present && present.checked) {
      o.onChange(undefined);
      return;
    }
    const y = year.value.trim();
    if (y === '') {
      o.onChange(present ? '' : undefined);
      if (month.value) hint.textContent = t('date.add-year');
      else if (present) hint.textContent = t('date.add-end', o.present);
      return;
    }
    if (!/^\d{4}$/.test(y) || Number(y) < 1900 || Number(y) > 2100) {
      year.setAttribute('aria-invalid', 'true');
      hint.className = 'hint hint-error';
      hint.textContent = t('date.four-digits');
      return;
    }
    let value = month.value ? `${y}-${month.value}` : y;
    if (parsed.day && month.value === parsed.month && y === parsed.year) value = `${value}-${parsed.day}`;
    o.onChange(value);
  };
  month.addEventListener('change', emit);
  year.addEventListener('input', emit);

  const parts = [month, year];
  if (o.present) {
    present = h('input', { type: 'checkbox', id: `${id}-p`, checked: isPresent, 'data-focus-key': `${o.focusKey}.present` });
    present.addEventListener('change', () => {
      month.disabled = present.checked;
      year.disabled = present.checked;
      emit();
      if (!present.checked) year.focus();
    });
    parts.push(h('label', { class: 'check-field', for: `${id}-p` }, present, o.present));
  }
  return h('div', { class: 'field' },
    h('span', { class: 'field-label', id: `${id}-label` }, o.label),
    h('div', { class: 'date-input', role: 'group', 'aria-labelledby': `${id}-label` }, parts),
    hint);
}
