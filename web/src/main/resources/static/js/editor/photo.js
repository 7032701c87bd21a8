// The optional photo (basics.image): a field in Personal details and a crop dialog. The photo is
// cropped to a square and saved as a 400 × 400 JPEG data URI, small enough to keep the resume
// file light; the template decides whether it prints round or square, or not at all.
import { t } from '../i18n.js';
import { h, announce } from './dom.js';
import { design } from './paths.js';

const OUTPUT_SIZE = 400;
const OUTPUT_QUALITY = 0.85;
const MAX_ZOOM = 4;
const MAX_FILE_BYTES = 25 * 1024 * 1024;
const PRINTABLE = /^data:image\/(png|jpeg);base64,/i;

/** The kind of picture the first bytes say the file is, or null: the file name can lie. */
async function sniff(file) {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => head[i] === b)) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  return null;
}

/** Decodes the file, turned upright as its camera meant it. */
async function decode(file) {
  if (typeof window.createImageBitmap === 'function') {
    try {
      return await window.createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch (e) { /* fall back to an image element */ }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function sizeOf(picture) {
  return { w: picture.naturalWidth || picture.width, h: picture.naturalHeight || picture.height };
}

/**
 * The crop dialog (#dlg-photo in the page): the picture under a square frame with a round or
 * square mask, moved by dragging (mouse, pen or touch) or the arrow keys, zoomed by the slider,
 * + and −, the wheel or a pinch. The crop is kept as the picture point at the frame's centre and
 * the side of the square it shows, in picture pixels, so it does not depend on the frame's size.
 */
class CropDialog {
  constructor(dialog) {
    this.dialog = dialog;
    this.frame = dialog.querySelector('#photo-frame');
    this.canvas = dialog.querySelector('#photo-canvas');
    this.mask = dialog.querySelector('#photo-mask');
    this.zoomInput = dialog.querySelector('#photo-zoom');
    this.pointers = new Map();
    this.picture = null;
    this.onUse = null;
    this.opener = null;

    this.frame.addEventListener('pointerdown', (ev) => this.pointerDown(ev));
    this.frame.addEventListener('pointermove', (ev) => this.pointerMove(ev));
    for (const type of ['pointerup', 'pointercancel', 'lostpointercapture']) {
      this.frame.addEventListener(type, (ev) => this.pointers.delete(ev.pointerId));
    }
    this.frame.addEventListener('wheel', (ev) => {
      ev.preventDefault();
      this.setZoom(this.zoom * Math.exp(-ev.deltaY * 0.0015));
    }, { passive: false });
    this.frame.addEventListener('keydown', (ev) => this.key(ev));
    this.zoomInput.addEventListener('input', () => this.setZoom(Number(this.zoomInput.value)));
    dialog.querySelectorAll('input[name="photo-shape"]').forEach((radio) => {
      radio.addEventListener('change', () => { this.mask.dataset.shape = radio.value; });
    });
    dialog.querySelector('#photo-cancel').addEventListener('click', () => this.dialog.close());
    dialog.querySelector('#photo-use').addEventListener('click', () => this.use());
    dialog.addEventListener('close', () => this.closed());
    window.addEventListener('resize', () => { if (this.dialog.open) this.draw(); });
  }

  /** Shows the dialog for a decoded picture; onUse(dataUri) gets the cropped photo. */
  open(picture, onUse) {
    this.picture = picture;
    this.onUse = onUse;
    this.used = false;
    const { w, h: height } = sizeOf(picture);
    this.cx = w / 2;
    this.cy = height / 2;
    this.zoom = 1;
    this.zoomInput.value = '1';
    this.opener = document.activeElement;
    this.dialog.showModal();
    this.draw();
    this.frame.focus();
  }

  /** The side of the square shown, in picture pixels. */
  side() {
    const { w, h: height } = sizeOf(this.picture);
    return Math.min(w, height) / this.zoom;
  }

  clamp() {
    const { w, h: height } = sizeOf(this.picture);
    const half = this.side() / 2;
    this.cx = Math.min(Math.max(this.cx, half), w - half);
    this.cy = Math.min(Math.max(this.cy, half), height - half);
  }

  setZoom(zoom) {
    this.zoom = Math.min(Math.max(zoom, 1), MAX_ZOOM);
    this.zoomInput.value = String(this.zoom);
    this.draw();
  }

  /** Moves the picture by (dx, dy) frame pixels, as a finger or the keys move it. */
  moveBy(dx, dy) {
    const perPixel = this.side() / this.frame.clientWidth;
    this.cx -= dx * perPixel;
    this.cy -= dy * perPixel;
    this.draw();
  }

  draw() {
    if (!this.picture) return;
    this.clamp();
    const size = Math.round(this.frame.clientWidth * (window.devicePixelRatio || 1));
    if (this.canvas.width !== size) {
      this.canvas.width = size;
      this.canvas.height = size;
    }
    this.paint(this.canvas);
  }

  paint(canvas) {
    const g = canvas.getContext('2d');
    const side = this.side();
    g.imageSmoothingEnabled = true;
    g.imageSmoothingQuality = 'high';
    // a transparent PNG would turn black as a JPEG: white is what paper shows
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(this.picture, this.cx - side / 2, this.cy - side / 2, side, side, 0, 0, canvas.width, canvas.height);
  }

  pointerDown(ev) {
    if (ev.button !== undefined && ev.button > 0) return;
    ev.preventDefault();
    this.frame.focus();
    try {
      this.frame.setPointerCapture(ev.pointerId);
    } catch (e) { /* the pointer is already gone: the drag ends with it */ }
    this.pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
  }

  pointerMove(ev) {
    const last = this.pointers.get(ev.pointerId);
    if (!last) return;
    ev.preventDefault();
    if (this.pointers.size === 2) {
      // a pinch: the distance between the two fingers scales the zoom
      const other = [...this.pointers.entries()].find(([id]) => id !== ev.pointerId)[1];
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(ev.clientX - other.x, ev.clientY - other.y);
      if (before > 0) this.setZoom(this.zoom * (after / before));
    } else {
      this.moveBy(ev.clientX - last.x, ev.clientY - last.y);
    }
    this.pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
  }

  key(ev) {
    const step = ev.shiftKey ? 40 : 8;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[ev.key]) {
      // the keys move the picture the way the arrow points, as dragging does
      this.moveBy(...moves[ev.key]);
    } else if (ev.key === '+' || ev.key === '=') {
      this.setZoom(this.zoom * 1.1);
    } else if (ev.key === '-' || ev.key === '_') {
      this.setZoom(this.zoom / 1.1);
    } else {
      return;
    }
    ev.preventDefault();
  }

  use() {
    const out = document.createElement('canvas');
    out.width = OUTPUT_SIZE;
    out.height = OUTPUT_SIZE;
    this.paint(out);
    const uri = out.toDataURL('image/jpeg', OUTPUT_QUALITY);
    this.used = true;
    const onUse = this.onUse;
    this.dialog.close();
    onUse(uri);
  }

  closed() {
    if (this.picture && typeof this.picture.close === 'function') this.picture.close();
    this.picture = null;
    this.pointers.clear();
    if (!this.used && this.opener && this.opener.isConnected) this.opener.focus();
  }
}

let crop = null;

function cropDialog() {
  const dialog = document.getElementById('dlg-photo');
  if (!dialog) return null;
  if (!crop || crop.dialog !== dialog) crop = new CropDialog(dialog);
  return crop;
}

/** The names of the templates that print a photo, from the Design tab's template choices. */
function photoTemplates() {
  return [...document.querySelectorAll('input[name="template"][data-photo="true"]')]
    .map((input) => ({ id: input.value, name: input.dataset.name || input.value }));
}

function whereItPrints(doc) {
  const slots = photoTemplates();
  if (slots.length === 0) {
    return t('photo.where.none');
  }
  const names = slots.map((slot) => slot.name).join(', ');
  const current = design(doc).template;
  const chosen = current ? slots.find((slot) => slot.id === current) : null;
  if (chosen) return t('photo.where.current', chosen.name);
  return t('photo.where.others', names);
}

/**
 * The Photo field of Personal details. ctx: {store, requestFocus(key)} as the form has them.
 * Off by default: nothing is stored until the user adds a photo.
 */
export function photoField(ctx) {
  const { store } = ctx;
  const doc = store.doc;
  const image = doc.basics && typeof doc.basics.image === 'string' ? doc.basics.image.trim() : '';
  const error = h('p', { class: 'hint hint-error', id: 'photo-error', role: 'alert' });
  const fileInput = h('input', { type: 'file', id: 'photo-file', class: 'visually-hidden', accept: 'image/png,image/jpeg', tabindex: '-1', 'aria-hidden': 'true' });
  const store400 = (uri, focusKey, message) => {
    ctx.requestFocus(focusKey);
    store.change((d) => {
      if (uri) {
        d.basics = d.basics && typeof d.basics === 'object' ? d.basics : {};
        d.basics.image = uri;
      } else if (d.basics) {
        delete d.basics.image;
      }
    });
    announce(message);
  };

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = '';
    if (!file) return;
    error.textContent = '';
    const kind = await sniff(file).catch(() => null);
    if (!kind) {
      error.textContent = t('photo.not-picture', file.name);
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      error.textContent = t('photo.too-large', file.name, Math.ceil(file.size / 1048576));
      return;
    }
    let picture;
    try {
      picture = await decode(file);
    } catch (e) {
      error.textContent = t('photo.unreadable', file.name);
      return;
    }
    const dialog = cropDialog();
    if (!dialog) return;
    dialog.open(picture, (uri) => store400(uri, 'photo-change', t('photo.added')));
  });

  const choose = () => fileInput.click();
  let shown;
  let actions;
  if (PRINTABLE.test(image)) {
    shown = h('img', { class: 'photo-thumb', src: image, alt: t('photo.alt'), width: 72, height: 72 });
    actions = [
      h('button', { type: 'button', class: 'button button-small', 'data-focus-key': 'photo-change', onclick: choose }, t('photo.change')),
      h('button', { type: 'button', class: 'button button-small', 'data-focus-key': 'photo-remove', onclick: () => store400(null, 'photo-add', t('photo.removed')) }, t('photo.remove')),
    ];
  } else if (image) {
    // a web address is kept as JSON Resume allows, but never fetched here nor printed
    const web = /^https?:\/\//i.test(image);
    shown = h('p', { class: 'photo-other' }, web
      ? t('photo.web')
      : t('photo.unusable'));
    actions = [
      h('button', { type: 'button', class: 'button button-small', 'data-focus-key': 'photo-change', onclick: choose }, t('photo.add')),
      h('button', { type: 'button', class: 'button button-small', 'data-focus-key': 'photo-remove', onclick: () => store400(null, 'photo-add', t('photo.removed')) }, t('photo.remove')),
    ];
  } else {
    shown = h('span', { class: 'photo-thumb photo-empty', 'aria-hidden': 'true' });
    actions = [h('button', { type: 'button', class: 'button button-small', 'data-focus-key': 'photo-add', onclick: choose }, t('photo.add'))];
  }
  return h('div', { class: 'photo-field', role: 'group', 'aria-labelledby': 'photo-label', 'aria-describedby': 'photo-note' },
    h('h3', { class: 'field-label', id: 'photo-label' }, t('photo.label')),
    h('div', { class: 'photo-row' },
      shown,
      h('div', { class: 'photo-side' },
        h('div', { class: 'add-row' }, actions),
        h('p', { class: 'hint', id: 'photo-note' },
          `${t('photo.note')} `,
          whereItPrints(doc)))),
    error, fileInput);
}
