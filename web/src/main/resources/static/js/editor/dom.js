// Small DOM helpers. User text only ever goes into text nodes, .value or attributes set one by
// one: never through innerHTML, so nothing typed can become markup or script.

const SVG = 'http://www.w3.org/2000/svg';

/** Creates an element: h('button', {class: 'x', onclick: fn, 'aria-label': 'y'}, 'text', child). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      el.className = value;
    } else if (name === 'text') {
      el.textContent = value;
    } else if (name === 'value' || name === 'checked' || name === 'disabled' || name === 'selected') {
      el[name] = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const ICONS = {
  grip: ['M9 6h2v2H9zM13 6h2v2h-2zM9 11h2v2H9zM13 11h2v2h-2zM9 16h2v2H9zM13 16h2v2h-2z'],
  up: ['M12 7l-6 6 1.4 1.4L12 9.8l4.6 4.6L18 13z'],
  down: ['M12 17l6-6-1.4-1.4-4.6 4.6-4.6-4.6L6 11z'],
  copy: ['M8 7V4h12v12h-3v3H5V7h3zm2 0h7v7h1V6h-8v1zM7 9v8h8V9H7z'],
  trash: ['M9 3h6l1 2h4v2H4V5h4l1-2zM6 9h12l-1 12H7L6 9zm4 2v8h1.5v-8H10zm3.5 0v8H15v-8h-1.5z'],
  eye: ['M12 5c5 0 9 4.5 10 7-1 2.5-5 7-10 7S3 14.5 2 12c1-2.5 5-7 10-7zm0 3a4 4 0 100 8 4 4 0 000-8zm0 2a2 2 0 110 4 2 2 0 010-4z'],
  eyeOff: ['M3.3 2.3L21.7 20.7l-1.4 1.4-3.4-3.4A11 11 0 0112 19c-5 0-9-4.5-10-7a13 13 0 014.4-5.2L1.9 3.7l1.4-1.4zM12 5c5 0 9 4.5 10 7-.5 1.3-1.8 3.1-3.6 4.6L15.9 14A4 4 0 0010 8.1L7.9 6A10 10 0 0112 5z'],
  pencil: ['M4 17.2V20h2.8l8.3-8.3-2.8-2.8L4 17.2zM17.7 9.1a1 1 0 000-1.4l-1.4-1.4a1 1 0 00-1.4 0l-1.2 1.2 2.8 2.8 1.2-1.2z'],
  plus: ['M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z'],
  upload: ['M11 16h2V8.8l3.3 3.3 1.4-1.4L12 5l-5.7 5.7 1.4 1.4L11 8.8zM5 18h14v2H5z'],
  bulb: ['M12 2a7 7 0 00-4 12.7V17a1 1 0 001 1h6a1 1 0 001-1v-2.3A7 7 0 0012 2zm2 11.6l-.5.3V16h-3v-2.1l-.5-.3A5 5 0 1114 13.6zM9 19h6v2H9z'],
};

/** A decorative icon (hidden from assistive technology; the button carries the label). */
export function icon(name) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of ICONS[name] || []) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
  }
  return svg;
}

let uid = 0;
/** A unique id for label/control pairs. */
export function nextId(prefix = 'f') {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** Says something to screen-reader users. */
export function announce(text) {
  const live = document.getElementById('announcer');
  if (!live) return;
  live.textContent = '';
  window.setTimeout(() => { live.textContent = text; }, 30);
}
