// The Design tab: template, font, size, colour, margins, spacing, page size, date format,
// language. Each control writes meta.createYourResume; empty means "the template's default".
import { t } from '../i18n.js';
import { design, tidyDesign, clean } from './paths.js';
import { h } from './dom.js';
import { problemOf, describeProblem } from './api.js';

const SIDES = ['top', 'right', 'bottom', 'left'];
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/**
 * Wires the Design tab to the document. Returns sync(), which shows the document's settings in the
 * controls. showMessage(lines, kind) reports what Fit to one page could not do.
 */
export function bindDesign(form, store, confirm, showMessage = () => {}) {
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
  accent.addEventListener('input', () => { change((d) => { d.accentColor = accent.value; }, 'design.accent'); syncSwatches(); });
  form.querySelector('#design-accent-reset').addEventListener('click', () => {
    change((d) => { delete d.accentColor; }, null);
    syncAccent();
  });

  // ---------- colour presets of the chosen template ----------
  const swatchBox = form.querySelector('#design-swatches');
  let swatches = {};
  fetch('/api/templates').then((r) => (r.ok ? r.json() : [])).then((list) => {
    for (const t of Array.isArray(list) ? list : []) swatches[t.id] = Array.isArray(t.swatches) ? t.swatches : [];
    drawnFor = null; // the presets are in now: draw them again
    drawSwatches();
  }).catch(() => { swatches = {}; });
  let drawnFor = null;
  function drawSwatches() {
    const radio = templateRadio();
    const id = radio ? radio.value : null;
    const list = swatches[id] || [];
    if (drawnFor !== id) {
      drawnFor = id;
      swatchBox.replaceChildren(...list.map((sw, i) => {
        const input = h('input', { type: 'radio', name: 'accentSwatch', id: `swatch-${i}`, value: sw.color.toLowerCase() });
        input.addEventListener('change', () => {
          if (input.checked) change((d) => { d.accentColor = sw.color.toLowerCase(); }, null);
          syncAccent();
        });
        const chip = h('span', { class: 'swatch-chip', 'aria-hidden': 'true' });
        chip.style.setProperty('--swatch', sw.color);
        return h('label', { class: 'swatch-option', for: `swatch-${i}`, title: sw.name }, input, chip, h('span', { class: 'visually-hidden' }, sw.name));
      }));
      swatchBox.setAttribute('role', 'radiogroup');
      swatchBox.setAttribute('aria-label', t('design.presets'));
    }
    syncSwatches();
  }
  function syncSwatches() {
    const current = accent.value.toLowerCase();
    for (const input of swatchBox.querySelectorAll('input')) input.checked = input.value === current;
  }

  // ---------- fit to one page ----------
  const fitButton = form.querySelector('#design-fit');
  const fitStatus = form.querySelector('#design-fit-status');
  fitButton.addEventListener('click', async () => {
    fitButton.disabled = true;
    fitStatus.textContent = 'Fitting…';
    try {
      const radio = templateRadio();
      const params = new URLSearchParams({ pages: '1' });
      if (radio) params.set('template', radio.value);
      const response = await fetch(`/api/render/fit?${params}`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(clean(store.doc)),
      });
      if (!response.ok) {
        const problem = await problemOf(response);
        fitStatus.textContent = t('design.fit.failed');
        showMessage([t('design.fit.fix-first'), ...describeProblem(response.status, problem)]);
        return;
      }
      const fit = await response.json();
      fitStatus.textContent = describeFit(fit, design(store.doc));
      if (fit.fits && fit.design) {
        store.change((d) => {
          const dz = design(d, true);
          if (typeof fit.design.fontSize === 'number') dz.fontSize = fit.design.fontSize;
          if (typeof fit.design.lineSpacing === 'number') dz.lineSpacing = fit.design.lineSpacing;
          if (fit.design.margins && typeof fit.design.margins === 'object') dz.margins = { ...fit.design.margins };
          tidyDesign(d);
        });
      }
    } catch (e) {
      fitStatus.textContent = t('design.fit.offline');
    } finally {
      fitButton.disabled = false;
    }
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
    confirm(t('design.reset.confirm'), t('design.reset.ok'), () => {
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
    drawSwatches();
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

/** What Fit to one page did, in words. */
function describeFit(fit, before) {
  if (fit.fits && (fit.changed === false || sameDesign(fit.design, before))) return t('design.fit.already');
  if (fit.fits) {
    const d = fit.design || {};
    const parts = [];
    if (typeof d.fontSize === 'number') parts.push(t('design.fit.font-size', d.fontSize));
    if (typeof d.lineSpacing === 'number') parts.push(t('design.fit.spacing', d.lineSpacing));
    if (d.margins && typeof d.margins === 'object') {
      const sides = [...new Set(['top', 'right', 'bottom', 'left'].map((k) => d.margins[k]).filter((v) => typeof v === 'number'))];
      if (sides.length) parts.push(t('design.fit.margins', sides.join('/')));
    }
    return parts.length ? t('design.fit.done-with', parts.join(', ')) : t('design.fit.done');
  }
  const left = fit.leftover && fit.leftover.message ? fit.leftover.message : t('design.fit.leftover');
  return t('design.fit.too-long', left);
}

function sameDesign(fitted, before) {
  if (!fitted) return true;
  const m = before.margins && typeof before.margins === 'object' ? before.margins : {};
  const fm = fitted.margins || {};
  return fitted.fontSize === before.fontSize && fitted.lineSpacing === before.lineSpacing
    && ['top', 'right', 'bottom', 'left'].every((k) => fm[k] === m[k]);
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
