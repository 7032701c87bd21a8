// The editor's frame: the More menu (always inside the window), the Edit / Preview switch of
// narrow screens (each pane keeps its scroll place), the light / dark theme, and printing only the
// resume's pages.
import { t } from '../i18n.js';

const $ = (id) => document.getElementById(id);
const THEME = 'cyr.theme.v1';
const PHONE = window.matchMedia('(max-width: 760px)');

/**
 * A disclosure menu: the button toggles it, Escape or a click elsewhere closes it, and it is placed
 * below (or above) its button but always inside the viewport.
 */
export function disclosureMenu(button, menu) {
  const place = () => {
    const margin = 8;
    const b = button.getBoundingClientRect();
    menu.style.left = '0px';
    menu.style.top = '0px';
    const m = menu.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    let left = b.right - m.width;
    left = Math.max(margin, Math.min(left, vw - m.width - margin));
    let top = b.bottom + 4;
    if (top + m.height > vh - margin && b.top - 4 - m.height >= margin) top = b.top - 4 - m.height;
    top = Math.max(margin, Math.min(top, vh - m.height - margin));
    menu.style.left = `${Math.round(left)}px`;
    menu.style.top = `${Math.round(top)}px`;
  };
  const setOpen = (open) => {
    menu.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) place();
  };
  button.addEventListener('click', () => {
    const open = menu.hidden;
    setOpen(open);
    if (open) {
      const first = [...menu.querySelectorAll('button')].find((el) => el.offsetParent !== null && !el.disabled);
      if (first) first.focus();
    }
  });
  menu.addEventListener('keydown', (ev) => {
    const items = [...menu.querySelectorAll('button')].filter((el) => el.offsetParent !== null && !el.disabled);
    const at = items.indexOf(document.activeElement);
    if (ev.key === 'Escape') { ev.preventDefault(); setOpen(false); button.focus(); }
    else if (ev.key === 'ArrowDown') { ev.preventDefault(); items[(at + 1) % items.length].focus(); }
    else if (ev.key === 'ArrowUp') { ev.preventDefault(); items[(at - 1 + items.length) % items.length].focus(); }
    else if (ev.key === 'Home') { ev.preventDefault(); items[0].focus(); }
    else if (ev.key === 'End') { ev.preventDefault(); items[items.length - 1].focus(); }
    else if (ev.key === 'Tab') setOpen(false);
  });
  document.addEventListener('click', (ev) => {
    if (!menu.hidden && !menu.contains(ev.target) && !button.contains(ev.target)) setOpen(false);
  });
  window.addEventListener('resize', () => { if (!menu.hidden) place(); });
  return { close: () => setOpen(false), isOpen: () => !menu.hidden };
}

/** Edit / Preview on narrow screens. onShowPreview runs when the preview pane becomes visible. */
export function viewSwitch({ editor, panelScroller, onShowPreview }) {
  const edit = $('view-edit');
  const preview = $('view-preview');
  let place = 0;
  const show = (view) => {
    if (editor.dataset.view === view) return;
    if (view === 'preview') place = panelScroller().scrollTop;
    editor.dataset.view = view;
    edit.setAttribute('aria-pressed', String(view === 'edit'));
    preview.setAttribute('aria-pressed', String(view === 'preview'));
    if (view === 'edit') {
      // back to the same place in the form
      window.requestAnimationFrame(() => { panelScroller().scrollTop = place; });
    } else {
      onShowPreview();
    }
  };
  edit.addEventListener('click', () => show('edit'));
  preview.addEventListener('click', () => show('preview'));
  // a wide window always shows both panes
  PHONE.addEventListener('change', () => { if (!PHONE.matches) show('edit'); });
  return {
    show,
    /** Whether the preview pane is on screen. */
    previewVisible: () => !PHONE.matches || editor.dataset.view === 'preview',
  };
}

/** The theme toggle: follows the system setting until the user picks light or dark. */
export function themeToggle() {
  const root = document.documentElement;
  const button = $('btn-theme');
  const system = $('btn-theme-system');
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const stored = () => {
    try { return window.localStorage.getItem(THEME); } catch (e) { return null; }
  };
  const apply = () => {
    const choice = stored();
    const dark = choice === 'dark' || (choice !== 'light' && query.matches);
    root.dataset.theme = dark ? 'dark' : 'light';
    button.setAttribute('aria-pressed', String(dark));
    system.hidden = choice === null;
  };
  button.addEventListener('click', () => {
    try { window.localStorage.setItem(THEME, root.dataset.theme === 'dark' ? 'light' : 'dark'); } catch (e) { /* not kept */ }
    apply();
  });
  system.addEventListener('click', () => {
    try { window.localStorage.removeItem(THEME); } catch (e) { /* nothing kept */ }
    apply();
    button.focus();
  });
  query.addEventListener('change', apply);
  apply();
}

/**
 * Printing prints the resume's pages only, at print resolution. Ctrl+P and the menu item draw them
 * first; the browser's own Print command (no keyboard) prints what the preview already shows.
 * pagesToImages(scale) resolves to [{src, size}] for the current PDF.
 */
export function printing({ editor, pagesToImages, onError }) {
  const holder = document.createElement('div');
  holder.className = 'print-pages';
  holder.setAttribute('aria-hidden', 'true');
  editor.append(holder);
  const fill = (images) => {
    holder.replaceChildren(...images.map(({ src, size }) => {
      const frame = document.createElement('div');
      frame.className = `print-page size-${size}`;
      const img = document.createElement('img');
      img.alt = '';
      img.src = src;
      frame.append(img);
      return frame;
    }));
  };
  // the pages drawn for printing belong to one version of the resume; a newer one makes them stale
  let fresh = false;
  let printing = false;
  const printNow = async () => {
    if (printing) return;
    printing = true;
    try {
      const images = await pagesToImages(2.5);
      if (!images.length) { onError(t('print.no-preview')); return; }
      fill(images);
      fresh = true;
      await Promise.all([...holder.querySelectorAll('img')].map((img) => (img.complete ? null : img.decode().catch(() => null))));
      window.print();
    } finally {
      printing = false;
    }
  };
  document.addEventListener('keydown', (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && !ev.altKey && !ev.shiftKey && ev.key.toLowerCase() === 'p') {
      ev.preventDefault();
      printNow();
    }
  });
  // the browser's menu: print what is already drawn (synchronously: beforeprint cannot wait)
  window.addEventListener('beforeprint', () => {
    if (fresh && holder.childElementCount) return;
    const canvases = [...document.querySelectorAll('#preview-pages canvas')];
    fill(canvases.map((c) => ({ src: c.toDataURL('image/png'), size: c.dataset.size || 'a4' })));
    fresh = true;
  });
  return {
    printNow,
    /** The resume changed: the next print draws its pages again. */
    invalidate: () => { fresh = false; },
  };
}
