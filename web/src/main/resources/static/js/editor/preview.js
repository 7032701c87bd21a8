// The live preview: the server renders the real PDF, pdf.js draws its pages. A new render starts
// 150 ms after the last change, cancels any older one, and replaces the pages only when every
// page of the new PDF is drawn, so the preview never flickers or shows half a document.
import * as pdfjs from '/webjars/pdfjs-dist/build/pdf.min.mjs';
import { t } from '../i18n.js';
import { h } from './dom.js';
import { clean } from './paths.js';
import { renderResume, problemOf } from './api.js';

pdfjs.GlobalWorkerOptions.workerSrc = '/webjars/pdfjs-dist/build/pdf.worker.min.mjs';

const DEBOUNCE_MS = 150;

// one worker for every render: starting pdf.js' worker per document costs more than drawing a page
let sharedWorker = null;
function worker() {
  if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new pdfjs.PDFWorker({ name: 'cyr-preview' });
  return sharedWorker;
}

/** "a4" or "letter", from a page's size in points (A4 is 595 × 842, Letter 612 × 792). */
function paperOf(page) {
  const [x0, , x1] = page.view;
  return Math.abs(x1 - x0 - 612) < 4 ? 'letter' : 'a4';
}

export class Preview {
  constructor({ pages, status, pageCount, problems, problemList, onPages, onProblems, visible, render, what }) {
    this.pagesEl = pages;
    // what is drawn: the resume by default; the cover letter view passes its own render call
    this.renderCall = render || ((doc, options) => renderResume(doc, options));
    this.what = what || t('preview.what-resume');
    this.statusEl = status;
    this.pageCountEl = pageCount;
    this.problemsEl = problems;
    this.problemListEl = problemList;
    this.onPages = onPages || (() => {});
    this.onProblems = onProblems || (() => {});
    // on a phone the preview pane may be off screen: its pages are drawn when it is shown
    this.visible = visible || (() => true);
    this.undrawn = null;
    this.timer = null;
    this.controller = null;
    this.seq = 0;
    this.shown = 0;
    this.pages = 0;
    this.lastPdf = null;
    this.retryTimer = null;
    let width = 0;
    new ResizeObserver(() => {
      const w = Math.round(this.pagesEl.clientWidth);
      if (w === 0) return; // hidden
      if (this.lastPdf && Math.abs(w - width) > 40) {
        width = w;
        this.draw(this.lastPdf, this.seq).catch(() => {});
      } else if (!width) {
        width = w;
      }
    }).observe(this.pagesEl);
  }

  /** Schedules a render of doc after the user pauses. */
  request(doc) {
    performance.mark('cyr:typed');
    window.clearTimeout(this.timer);
    window.clearTimeout(this.retryTimer);
    const snapshot = JSON.stringify(clean(doc));
    this.statusEl.textContent = 'Updating…';
    this.pagesEl.dataset.pending = '1';
    this.timer = window.setTimeout(() => { this.timer = null; this.render(snapshot); }, DEBOUNCE_MS);
  }

  /** Stops any render and shows {@code text} instead of pages (there is nothing to draw). */
  clear(text) {
    window.clearTimeout(this.timer);
    window.clearTimeout(this.retryTimer);
    this.timer = null;
    if (this.controller) this.controller.abort();
    this.seq += 1;
    this.lastPdf = null;
    this.undrawn = null;
    this.hideProblems();
    this.pagesEl.replaceChildren(h('p', { class: 'preview-empty' }, text));
    this.pagesEl.classList.remove('is-busy');
    this.pagesEl.dataset.pending = '0';
    this.pagesEl.dataset.pages = '0';
    this.pageCountEl.textContent = '';
    this.statusEl.textContent = '';
  }

  /** Renders now. */
  now(doc) {
    window.clearTimeout(this.timer);
    this.timer = null;
    return this.render(JSON.stringify(clean(doc)));
  }

  async render(json) {
    this.pagesEl.dataset.pending = '1';
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    const seq = ++this.seq;
    performance.mark('cyr:request');
    this.pagesEl.classList.add('is-busy');
    let response;
    try {
      response = await this.renderCall(JSON.parse(json), { signal: controller.signal, preview: true });
    } catch (e) {
      if (controller.signal.aborted) return;
      this.statusEl.textContent = t('preview.offline');
      this.pagesEl.classList.remove('is-busy');
      this.pagesEl.dataset.pending = '0';
      return;
    }
    if (seq !== this.seq) return;
    if (response.status === 503 || response.status === 429) {
      const wait = Math.min(10, Number(response.headers.get('Retry-After')) || 2);
      this.statusEl.textContent = response.status === 429 ? t('preview.too-many', wait) : t('preview.busy', wait);
      this.retryTimer = window.setTimeout(() => { if (seq === this.seq) this.render(json); }, wait * 1000);
      return;
    }
    if (!response.ok) {
      const problem = await problemOf(response); // never throws, also when aborted
      if (seq !== this.seq) return;
      this.showProblems(response.status, problem);
      this.pagesEl.classList.remove('is-busy');
      this.pagesEl.dataset.pending = '0';
      return;
    }
    let bytes;
    try {
      // a newer request may abort this one while its body is still arriving
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (e) {
      if (controller.signal.aborted || seq !== this.seq) return;
      this.statusEl.textContent = t('preview.offline');
      this.pagesEl.classList.remove('is-busy');
      this.pagesEl.dataset.pending = '0';
      return;
    }
    if (seq !== this.seq) return;
    performance.mark('cyr:response');
    // fields with characters no bundled font can show: said before the user downloads
    this.missing = response.headers.get('X-Missing-Characters') || '';
    this.hideProblems();
    this.lastPdf = bytes;
    const paint = this.visible();
    this.undrawn = paint ? null : seq;
    await this.draw(bytes, seq, paint);
  }

  /** The preview pane came on screen: draws the newest PDF if it was not drawn yet. */
  paneShown() {
    if (this.undrawn !== null && this.lastPdf) {
      this.undrawn = null;
      this.draw(this.lastPdf, this.seq).catch(() => {});
    }
  }

  /** Bookkeeping once a PDF is in: drawn, or counted and kept for when the pane is shown. */
  markShown(pageCount) {
    performance.mark('cyr:shown');
    this.shown += 1;
    this.pagesEl.dataset.renderSeq = String(this.shown);
    this.pagesEl.classList.remove('is-busy');
    if (!this.timer) this.pagesEl.dataset.pending = '0';
    this.pages = pageCount;
    this.pagesEl.dataset.pages = String(pageCount);
    this.pageCountEl.textContent = pageCount === 1 ? t('preview.pages.one', 1) : t('preview.pages.other', pageCount);
    this.onPages(pageCount);
    this.statusEl.textContent = this.missing
      ? t('preview.missing', this.missing)
      : t('preview.ready');
  }

  /** The pages of the newest PDF as images at {@code scale} × 72 dpi, for printing: [{src, size}]. */
  async images(scale) {
    if (!this.lastPdf) return [];
    const pdf = await pdfjs.getDocument({ data: this.lastPdf.slice(), worker: worker(), isEvalSupported: false, disableAutoFetch: true }).promise;
    try {
      const out = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const viewport = page.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
        out.push({ src: canvas.toDataURL('image/png'), size: paperOf(page) });
      }
      return out;
    } finally {
      pdf.destroy();
    }
  }

  /** Draws every page of the PDF, or with paint false only counts them (the pane is hidden). */
  async draw(bytes, seq, paint = true) {
    // pdf.js takes ownership of the buffer it is given: hand it a copy
    const task = pdfjs.getDocument({ data: bytes.slice(), worker: worker(), isEvalSupported: false, disableAutoFetch: true });
    let pdf;
    try {
      pdf = await task.promise;
    } catch (e) {
      this.statusEl.textContent = t('preview.failed');
      this.pagesEl.dataset.pending = '0';
      return;
    }
    try {
      if (!paint) {
        if (seq === this.seq) this.markShown(pdf.numPages);
        return;
      }
      const width = Math.max(280, Math.min(820, this.pagesEl.clientWidth - 40));
      const ratio = Math.min(2, window.devicePixelRatio || 1);
      const frames = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const base = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: (width / base.width) * ratio });
        const canvas = h('canvas', {
          width: Math.floor(viewport.width),
          height: Math.floor(viewport.height),
          role: 'img',
          'aria-label': t('preview.page-of', n, pdf.numPages, this.what),
          'data-size': paperOf(page),
        });
        await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
        if (seq !== this.seq) return;
        frames.push(h('div', { class: 'page', 'data-page': n }, canvas,
          h('span', { class: 'page-label', 'aria-hidden': 'true' }, t('preview.page', n, pdf.numPages))));
      }
      this.pagesEl.replaceChildren(...frames);
      this.markShown(pdf.numPages);
    } finally {
      pdf.destroy();
    }
  }

  showProblems(status, problem) {
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    const items = errors.length
      ? errors.slice(0, 6).map((e) => h('li', {}, `${e.path}: ${e.message}`))
      : [h('li', {}, problem.detail || t('preview.answered', status))];
    this.problemListEl.replaceChildren(...items);
    this.problemsEl.hidden = false;
    this.statusEl.textContent = t('preview.paused');
    this.onProblems(errors);
  }

  hideProblems() {
    if (!this.problemsEl.hidden) {
      this.problemsEl.hidden = true;
      this.problemListEl.replaceChildren();
    }
    this.onProblems([]);
  }
}
