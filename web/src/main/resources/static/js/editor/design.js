// The Design tab: template, font, size, colour, margins, spacing, page size, date format,
// language. Each control writes meta.createYourResume; empty means "the template's default".
import { design, tidyDesign } from './paths.js';

const SIDES = ['top', 'right', 'bottom', 'left'];
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export function bindDesign(form, store, confirm) {
  const $ = (name) => form.elements.namedItem(name);
  const change = (fn, k) => store.change((d) => { fn(design(d, true)); tidyDesign(d); }, { key: k, structural: false });

  form.addEventListener('submit', (e) => e.preventDefault());
  form.querySelectorAll('input[name="template"]').forEach((radio) => {
    radio.addEventListener('change', () => {
      if (radio.checked) change((d) => { d.template = radio.value; }, null);
      syncAccent();
    });
  });
  $('fontFamily').addEventListener('change', (e) => change((d) => { d.fontFamily = e.target.value || undefined; }, null));
  $('pageSize').addEventListener('change', (e) => change((d) => { d.pageSize = e.target.value || undefined; }, null));
  $('dateFormat').addEventListener('change', (e) => change((d) => { d.dateFormat = e.target.value || undefined; }, null));
  number($('fontSize'), 7, 16, (v) => change((d) => { d.fontSize = v; }, 'design.fontSize'));
  number($('lineSpacing'), 0.9, 2.5, (v) => change((d) => { d.lineSpacing = v; }, 'design.lineSpacing'));
  for (const side of SIDES) {
    number($(`margin-${side}`), 5, 50, (v) => change((d) => {
      d.margins = d.margins && typeof d.margins === 'object' ? d.margins : {};
      if (v === undefined) delete d.margins[side]; else d.margins[side] = v;
    }, `design.margin.${side}`));
  }
  const accent = $('accentColor');
  accent.addEventListener('input', () => change((d) => { d.accentColor = accent.value; }, 'design.accent'));
  form.querySelector('#design-accent-reset').addEventListener('click', () => {
    change((d) => { delete d.accentColor; }, null);
    syncAccent();
  });
  const language = $('language');
  language.addEventListener('input', () => {
    const v = language.value.trim();
    if (v && !LANGUAGE.test(v)) {
      language.setAttribute('aria-invalid', 'true');
      return;
    }
    language.removeAttribute('aria-invalid');
    change((d) => { d.language = v || undefined; }, 'design.language');
  });
  form.querySelector('#design-reset').addEventListener('click', () => {
    confirm('Reset the font, size, colour, margins, spacing, page size and date format to the template’s defaults? You can undo this.', 'Reset design', () => {
      store.change((d) => {
        const dz = design(d, true);
        for (const k of ['fontFamily', 'fontSize', 'accentColor', 'margins', 'lineSpacing', 'pageSize', 'dateFormat']) delete dz[k];
        tidyDesign(d);
      });
    });
  });

  function templateRadio() {
    const chosen = design(store.doc).template;
    const radios = [...form.querySelectorAll('input[name="template"]')];
    return radios.find((r) => r.value === chosen) || radios[0];
  }

  function syncAccent() {
    const d = design(store.doc);
    const radio = templateRadio();
    accent.value = /^#[0-9a-fA-F]{6}$/.test(d.accentColor || '') ? d.accentColor : (radio && radio.dataset.accent) || '#1f3a5f';
  }

  /** Shows the document's settings in the controls. */
  return function sync() {
    const d = design(store.doc);
    const radio = templateRadio();
    if (radio) radio.checked = true;
    $('fontFamily').value = d.fontFamily || '';
    $('pageSize').value = d.pageSize || '';
    $('dateFormat').value = d.dateFormat || '';
    setNumber($('fontSize'), d.fontSize);
    setNumber($('lineSpacing'), d.lineSpacing);
    const m = d.margins && typeof d.margins === 'object' ? d.margins : (typeof d.margins === 'number' ? { top: d.margins, right: d.margins, bottom: d.margins, left: d.margins } : {});
    for (const side of SIDES) setNumber($(`margin-${side}`), m[side]);
    if (document.activeElement !== language) language.value = d.language || '';
    syncAccent();
  };
}

function setNumber(input, value) {
  if (document.activeElement === input) return;
  input.value = typeof value === 'number' ? String(value) : '';
  input.removeAttribute('aria-invalid');
}

function number(input, min, max, apply) {
  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (text === '') {
      input.removeAttribute('aria-invalid');
      apply(undefined);
      return;
    }
    const v = Number(text);
    if (!Number.isFinite(v) || v < min || v > max) {
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    apply(v);
  });
}
