// Saving online: a server copy of a resume reachable only through its edit link, autosaved with
// If-Match so that nothing is overwritten silently, plus a read-only share link.
//
// The edit link is /editor#id=ID&key=TOKEN. The part after # never leaves the browser in a
// request, so the token reaches the server only in the Authorization header of API calls.
import { t } from '../i18n.js';
import { h } from './dom.js';
import { clean } from './paths.js';
import { displayName } from './storage.js';

const BINDING = (localId) => `cyr.online.v1.${localId}`;
const SAVE_DELAY_MS = 1200;
const MAX_BACKOFF_MS = 60000;
// a version the server confirmed longer ago than this may have moved: ask before saving on it
const CONFIRMED_FOR_MS = 30000;
const $ = (id) => document.getElementById(id);

// ---------- which local resume is which online resume ----------

function readBinding(localId) {
  try {
    const value = JSON.parse(window.localStorage.getItem(BINDING(localId)) || 'null');
    return value && typeof value.id === 'string' && typeof value.key === 'string' ? value : null;
  } catch (e) {
    return null;
  }
}

function writeBinding(localId, binding) {
  if (binding) window.localStorage.setItem(BINDING(localId), JSON.stringify(binding));
  else window.localStorage.removeItem(BINDING(localId));
}

function findLocalFor(remoteId) {
  for (let i = 0; i < window.localStorage.length; i += 1) {
    const key = window.localStorage.key(i);
    if (key && key.startsWith('cyr.online.v1.')) {
      const localId = key.slice('cyr.online.v1.'.length);
      const binding = readBinding(localId);
      if (binding && binding.id === remoteId && window.localStorage.getItem(`cyr.resume.v1.${localId}`)) return localId;
    }
  }
  return null;
}

/** The edit link in the address (#id=…&key=…), removed from the address bar once read. */
export function linkFromAddress() {
  const hash = window.location.hash.replace(/^#/, '');
  if (!hash) return null;
  const params = new URLSearchParams(hash);
  const id = params.get('id');
  const key = params.get('key');
  if (!id || !key || !/^[A-Za-z0-9_-]{16}$/.test(id) || !/^[A-Za-z0-9_-]{22}$/.test(key)) return null;
  // keep the key out of the visible address, history entries and anything copied from the bar
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return { id, key };
}

const editLink = (binding) => `${window.location.origin}/editor#id=${binding.id}&key=${binding.key}`;
const etag = (version) => `"${version}"`;
const versionOf = (response) => {
  const tag = response.headers.get('ETag') || '';
  const n = Number(tag.replace(/^W\//, '').replace(/"/g, ''));
  return Number.isFinite(n) && n > 0 ? n : null;
};
const text = (doc) => JSON.stringify(clean(doc || {}));
const same = (a, b) => text(a) === text(b);

/** A 53-bit hash of a document's JSON (cyrb53): tells whether it changed since the last save. */
function fingerprint(doc) {
  const str = text(doc);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i += 1) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
/** How many lines of one side of a conflict the other side lacks, in words. */
const onlyHere = (n) => (n === 1 ? t('online.conflict.lines.one', n) : t('online.conflict.lines.other', n));
/** Whether this browser's copy differs from what the server last accepted from or gave us. */
const unsynced = (binding, doc) => !binding.saved || binding.saved !== fingerprint(doc);
const retryAfterMs = (response) => Math.min(MAX_BACKOFF_MS, Math.max(1, Number(response.headers.get('Retry-After')) || 5) * 1000);

function api(binding, path, options = {}) {
  const headers = { Authorization: `Bearer ${binding.key}`, ...(options.headers || {}) };
  return fetch(`/api/resumes/${encodeURIComponent(binding.id)}${path}`, { ...options, headers, cache: 'no-store' });
}

/**
 * What the server has for this link: {ok: true, exists, version, share} (share is {url, indexable,
 * …} or null), or {ok: false, status, retry} when it cannot say right now. Always a 200 from the
 * server, so asking never shows up as a failed request.
 */
async function fetchStatus(binding) {
  const response = await api(binding, '/status');
  if (!response.ok) return { ok: false, status: response.status, retry: retryAfterMs(response) };
  const state = await response.json();
  return { ok: true, exists: state.exists === true, version: state.version, share: state.share || null };
}

async function problemDetail(response) {
  try {
    const body = await response.json();
    return body && body.detail ? body.detail : '';
  } catch (e) {
    return '';
  }
}

async function copyText(text, input) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (e) {
    if (input) {
      input.focus();
      input.select();
      try {
        return document.execCommand('copy');
      } catch (ignored) {
        return false;
      }
    }
    return false;
  }
}

/**
 * Wires the Save online button, its dialog, autosaving and conflicts into the editor.
 * ctx: { store, currentId(), switchTo(id, doc), createAndSwitch(doc), isBlank(doc), loadLocal(id),
 *        saveLocal(id, doc), showMessage(lines, kind), confirm(text, okLabel, onOk), openDialog(dialog) }
 */
export function startOnline(ctx) {
  const button = $('btn-online');
  const status = $('online-status');
  const dialog = $('dlg-online');
  const conflictDialog = $('dlg-conflict');
  let retentionDays = null;
  // per local resume: a pending save timer, whether one is running, whether another is wanted
  const timers = new Map();
  const running = new Set();
  const again = new Set();
  let conflictOpen = false;
  // per local resume: {version, at}, the version the server last confirmed as current, and when
  const confirmed = new Map();
  const noteConfirmed = (localId, version) => confirmed.set(localId, { version, at: Date.now() });
  const recentlyConfirmed = (localId, version) => {
    const seen = confirmed.get(localId);
    return Boolean(seen) && seen.version === version && Date.now() - seen.at < CONFIRMED_FOR_MS;
  };

  const bindingOfCurrent = () => readBinding(ctx.currentId());

  function setStatus(text) {
    status.textContent = text;
  }

  function refreshButton() {
    const binding = bindingOfCurrent();
    button.textContent = binding ? t('online.link') : t('online.save');
    button.setAttribute('aria-haspopup', 'dialog');
    if (!binding) setStatus('');
  }

  // ---------- saving ----------

  function schedule(localId, delay = SAVE_DELAY_MS) {
    const binding = readBinding(localId);
    if (!binding) return;
    window.clearTimeout(timers.get(localId));
    timers.set(localId, window.setTimeout(() => { timers.delete(localId); save(localId); }, delay));
    if (localId === ctx.currentId()) setStatus(t('online.saving'));
  }

  async function save(localId, { keepalive = false } = {}) {
    if (running.has(localId)) {
      again.add(localId);
      return;
    }
    const binding = readBinding(localId);
    const doc = ctx.loadLocal(localId);
    const isCurrent = () => localId === ctx.currentId();
    if (!binding || !doc) return;
    if (!unsynced(binding, doc)) {
      if (isCurrent()) setStatus(t('online.saved'));
      return;
    }
    running.add(localId);
    let retry = 0;
    try {
      retry = await send(localId, binding, doc, keepalive);
    } catch (e) {
      retry = 10000;
    } finally {
      running.delete(localId);
    }
    if (retry) {
      if (isCurrent()) setStatus(t('online.retrying'));
      schedule(localId, retry);
    } else if (again.has(localId)) {
      again.delete(localId);
      schedule(localId, 0);
    }
  }

  /** Sends doc as the next version; resolves with the delay before trying again, or 0. */
  async function send(localId, binding, doc, keepalive) {
    const isCurrent = () => localId === ctx.currentId();
    if (!keepalive && !recentlyConfirmed(localId, binding.version)) {
      // the version may have moved since the server last confirmed it (another device, or the
      // person was away): ask first, so that a change made elsewhere or a deleted copy is found
      // without a refused save. Two saves at the same moment can still meet a 412 below.
      const state = await fetchStatus(binding);
      if (!state.ok) return state.status === 429 || state.status === 503 ? state.retry : 10000;
      if (!state.exists) {
        gone(localId, t('online.gone.relink'));
        return 0;
      }
      noteConfirmed(localId, state.version);
      if (state.version !== binding.version) {
        await conflict(localId);
        return 0;
      }
    }
    const body = text(doc);
    const response = await api(binding, '', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': etag(binding.version) },
      body,
      keepalive: keepalive && body.length < 60000,
    });
    if (response.ok) {
      const answer = await response.json().catch(() => ({}));
      if (answer.retentionDays) retentionDays = answer.retentionDays;
      const stillSame = text(ctx.loadLocal(localId)) === body;
      const version = versionOf(response) || binding.version + 1;
      writeBinding(localId, { ...binding, version, saved: fingerprint(doc) });
      noteConfirmed(localId, version);
      if (isCurrent()) setStatus(stillSame ? t('online.saved') : t('online.saving'));
      if (!stillSame) again.add(localId);
    } else if (response.status === 412) {
      await conflict(localId);
    } else if (response.status === 404) {
      gone(localId, t('online.gone.relink'));
    } else if (response.status === 413) {
      if (isCurrent()) setStatus(t('online.too-large.status'));
      ctx.showMessage([t('online.too-large.kept'), await problemDetail(response)]);
    } else if (response.status === 422) {
      // only a photo the server cannot use is refused (drafts are otherwise stored as they are):
      // retrying would not help, the next change is sent again
      if (isCurrent()) setStatus(t('online.not-saved'));
      ctx.showMessage([t('online.failed.kept'), await problemDetail(response)]);
    } else if (response.status === 429 || response.status === 503) {
      return retryAfterMs(response);
    } else {
      return 10000;
    }
    return 0;
  }

  /** The online copy of localId is gone (deleted elsewhere, or expired): unbind, and say so. */
  function gone(localId, message) {
    window.clearTimeout(timers.get(localId));
    timers.delete(localId);
    writeBinding(localId, null);
    confirmed.delete(localId);
    if (localId === ctx.currentId()) {
      refreshButton();
      if (message) ctx.showMessage(message);
    }
  }

  // ---------- conflicts ----------

  async function fetchServer(binding) {
    const response = await api(binding, '');
    if (!response.ok) return { status: response.status };
    return { status: 200, version: versionOf(response), doc: await response.json(), modified: response.headers.get('Last-Modified') };
  }

  /** The resume was saved elsewhere since our version: show both, let the user choose. */
  async function conflict(localId) {
    const binding = readBinding(localId);
    let server;
    try {
      server = await fetchServer(binding);
    } catch (e) {
      schedule(localId, 10000);
      return;
    }
    if (server.status === 404) {
      gone(localId);
      return;
    }
    if (server.status !== 200) {
      schedule(localId, 10000);
      return;
    }
    noteConfirmed(localId, server.version);
    const mine = ctx.loadLocal(localId);
    if (same(mine, server.doc)) {
      // both sides made the same change: nothing to decide
      writeBinding(localId, { ...binding, version: server.version, saved: fingerprint(mine) });
      if (localId === ctx.currentId()) setStatus(t('online.saved'));
      return;
    }
    if (localId !== ctx.currentId() || conflictOpen) {
      // decided when the user comes back to this resume (reconcile finds both sides changed)
      return;
    }
    setStatus(t('online.conflict.status'));
    await showConflict(localId, mine, server);
  }

  async function asText(doc) {
    try {
      const response = await fetch('/api/render?format=txt&width=60', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(clean(doc)) });
      if (response.ok) return (await response.text()).split('\n');
    } catch (e) { /* fall back to the JSON */ }
    return JSON.stringify(clean(doc), null, 2).split('\n');
  }

  function column(lines, otherLines, label) {
    const others = new Set(otherLines.map((l) => l.trim()));
    let changed = 0;
    const items = lines.map((line) => {
      const differs = line.trim() !== '' && !others.has(line.trim());
      if (differs) changed += 1;
      return h('li', { class: differs ? 'diff-line is-different' : 'diff-line' },
        differs ? h('span', { class: 'visually-hidden' }, `${t('online.conflict.only-here')} `) : null, line || '\u00a0');
    });
    return { list: h('ol', { class: 'diff-lines', 'aria-label': label }, items), changed };
  }

  async function showConflict(localId, mine, server) {
    conflictOpen = true;
    const [mineText, theirText] = await Promise.all([asText(mine), asText(server.doc)]);
    const left = column(mineText, theirText, t('online.conflict.mine'));
    const right = column(theirText, mineText, t('online.conflict.theirs'));
    const when = server.modified ? new Date(server.modified).toLocaleString() : '';
    $('conflict-mine').replaceChildren(h('h3', {}, t('online.conflict.mine')), h('p', { class: 'hint' }, onlyHere(left.changed)), left.list);
    $('conflict-theirs').replaceChildren(h('h3', {}, t('online.conflict.theirs-short')), h('p', { class: 'hint' }, `${when ? t('online.conflict.version-saved', server.version, when) : t('online.conflict.version', server.version)}; ${onlyHere(right.changed)}`), right.list);
    const finish = () => {
      conflictOpen = false;
      $('conflict-keep-mine').onclick = null;
      $('conflict-take-theirs').onclick = null;
      $('conflict-keep-both').onclick = null;
      conflictDialog.close();
    };
    const current = readBinding(localId);
    $('conflict-keep-mine').onclick = () => {
      finish();
      // deliberately based on the version just shown: if it changed again, we ask again
      writeBinding(localId, { ...current, version: server.version, saved: null });
      save(localId);
    };
    $('conflict-take-theirs').onclick = () => {
      finish();
      writeBinding(localId, { ...current, version: server.version, saved: fingerprint(server.doc) });
      ctx.store.change((d) => {
        for (const key of Object.keys(d)) delete d[key];
        Object.assign(d, JSON.parse(JSON.stringify(server.doc)));
      });
      setStatus(t('online.saved'));
      ctx.showMessage(t('online.conflict.took-theirs'), 'info');
    };
    $('conflict-keep-both').onclick = () => {
      finish();
      const copy = JSON.parse(JSON.stringify(mine));
      copy.basics = copy.basics || {};
      copy.basics.label = `${copy.basics.label ? `${copy.basics.label} ` : ''}${t('online.conflict.copy-label')}`;
      writeBinding(localId, { ...current, version: server.version, saved: fingerprint(server.doc) });
      ctx.createAndSwitch(copy);
      ctx.saveLocal(localId, server.doc);
      ctx.showMessage(t('online.conflict.kept-both'), 'info');
    };
    ctx.openDialog(conflictDialog);
    $('conflict-keep-mine').focus();
  }

  conflictDialog.addEventListener('cancel', (event) => event.preventDefault());

  // ---------- opening an edit link, and freshness on start ----------

  /** Opens the resume an edit link names: from the server, into this browser. */
  async function open(link) {
    const dead = t('online.open.dead');
    let server;
    try {
      // asked first, so that a dead link is an answer rather than a failed request
      const state = await fetchStatus(link);
      if (state.ok && !state.exists) {
        ctx.showMessage(dead);
        return;
      }
      server = await fetchServer(link);
    } catch (e) {
      ctx.showMessage(t('online.open.offline'));
      return;
    }
    if (server.status !== 200) {
      ctx.showMessage(server.status === 404 ? dead : t('online.open.failed'));
      return;
    }
    const localId = findLocalFor(link.id);
    if (localId) {
      const binding = readBinding(localId);
      const local = ctx.loadLocal(localId);
      if (localId !== ctx.currentId()) ctx.switchTo(localId, local);
      if (binding.key !== link.key) writeBinding(localId, { ...binding, key: link.key });
      await reconcile(localId, server);
      return;
    }
    const fresh = { id: link.id, key: link.key, version: server.version, saved: fingerprint(server.doc) };
    if (ctx.isBlank(ctx.store.doc) && !readBinding(ctx.currentId())) {
      // bound before the switch, so that the switch does not look like a change to send
      writeBinding(ctx.currentId(), fresh);
      noteConfirmed(ctx.currentId(), server.version);
      ctx.switchTo(ctx.currentId(), server.doc);
    } else {
      const newId = ctx.createAndSwitch(server.doc);
      writeBinding(newId, fresh);
      noteConfirmed(newId, server.version);
    }
    refreshButton();
    setStatus(t('online.saved'));
    ctx.showMessage(t('online.open.done', displayName(server.doc)), 'info');
  }

  /** The server's copy against this browser's: take the newer, ask when both changed. */
  async function reconcile(localId, server) {
    const binding = readBinding(localId);
    const local = ctx.loadLocal(localId);
    noteConfirmed(localId, server.version);
    if (same(local, server.doc)) {
      writeBinding(localId, { ...binding, version: server.version, saved: fingerprint(local) });
      setStatus(t('online.saved'));
    } else if (server.version === binding.version) {
      // only this browser changed: send it
      schedule(localId, 0);
    } else if (!unsynced(binding, local)) {
      // only the server changed: take it
      writeBinding(localId, { ...binding, version: server.version, saved: fingerprint(server.doc) });
      ctx.switchTo(localId, server.doc);
      setStatus(t('online.saved'));
      ctx.showMessage(t('online.newer-loaded'), 'info');
    } else {
      await conflict(localId);
    }
    refreshButton();
  }

  async function checkCurrent() {
    const localId = ctx.currentId();
    const binding = readBinding(localId);
    if (!binding) return;
    const deleted = t('online.gone');
    let server;
    try {
      const state = await fetchStatus(binding);
      if (!state.ok) return;
      if (!state.exists) {
        gone(localId, deleted);
        return;
      }
      if (state.version === binding.version) {
        // nothing was saved elsewhere: the document need not be read; send this browser's changes
        noteConfirmed(localId, state.version);
        if (unsynced(binding, ctx.loadLocal(localId))) schedule(localId, 0);
        else setStatus(t('online.saved'));
        return;
      }
      server = await fetchServer(binding);
    } catch (e) {
      setStatus(t('online.offline'));
      return;
    }
    if (server.status === 404) {
      gone(localId, deleted);
      return;
    }
    if (server.status === 200) await reconcile(localId, server);
  }

  // ---------- the Save online action and its dialog ----------

  async function createOnline() {
    const localId = ctx.currentId();
    button.disabled = true;
    setStatus(t('online.saving'));
    try {
      const sent = JSON.parse(JSON.stringify(ctx.store.doc));
      const response = await fetch('/api/resumes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text(sent) });
      if (!response.ok) {
        setStatus('');
        const lead = response.status === 429 ? t('online.create.too-many')
          : response.status === 413 ? t('online.create.too-large')
            : t('online.create.failed');
        ctx.showMessage([lead, await problemDetail(response)].filter(Boolean));
        return;
      }
      const created = await response.json();
      retentionDays = created.retentionDays || retentionDays;
      writeBinding(localId, { id: created.id, key: created.editToken, version: created.version || 1, saved: fingerprint(sent) });
      noteConfirmed(localId, created.version || 1);
      // typed while the request was out: send that too
      if (!same(sent, ctx.loadLocal(localId))) schedule(localId);
      refreshButton();
      setStatus(t('online.saved'));
      showDialog();
    } catch (e) {
      setStatus('');
      ctx.showMessage(t('online.create.offline'));
    } finally {
      button.disabled = false;
    }
  }

  async function showDialog() {
    const binding = bindingOfCurrent();
    if (!binding) return;
    const link = editLink(binding);
    $('online-link').value = link;
    $('online-copy-status').textContent = '';
    $('online-retention').textContent = retentionDays
      ? (retentionDays === 1 ? t('online.retention.days.one', retentionDays) : t('online.retention.days.other', retentionDays))
      : t('online.retention.unknown');
    if (!(await drawShare(ctx.currentId(), binding))) return;
    if (!dialog.open) ctx.openDialog(dialog);
    $('online-link').focus();
    $('online-link').select();
  }

  /** Draws the share link's part of the dialog; false when the online copy is gone. */
  async function drawShare(localId, binding) {
    const box = $('online-share');
    let state;
    try {
      state = await fetchStatus(binding);
    } catch (e) {
      box.replaceChildren(h('p', { class: 'hint' }, t('online.share.offline')));
      return true;
    }
    if (!state.ok) {
      box.replaceChildren(h('p', { class: 'hint' }, t('online.share.unavailable')));
      return true;
    }
    if (!state.exists) {
      if (dialog.open) dialog.close();
      gone(localId, t('online.gone.relink'));
      return false;
    }
    if (state.version === binding.version) noteConfirmed(localId, state.version);
    const share = state.share;
    const indexable = h('input', { type: 'checkbox', id: 'share-indexable', checked: share ? share.indexable : false });
    const indexLabel = h('label', { class: 'check-field', for: 'share-indexable' }, indexable,
      h('span', {}, t('online.share.indexable')));
    if (!share) {
      box.replaceChildren(
        h('p', {}, t('online.share.about')),
        indexLabel,
        h('div', { class: 'dialog-actions' }, h('button', { type: 'button', class: 'button', id: 'share-create', onclick: () => makeShare(binding, indexable.checked) }, t('online.share.create'))));
      return true;
    }
    const input = h('input', { type: 'text', readonly: true, id: 'share-link', value: share.url, class: 'link-field', 'aria-label': t('online.share.link') });
    const copied = h('span', { class: 'hint', role: 'status', id: 'share-copy-status' });
    indexable.addEventListener('change', async () => {
      const response = await api(binding, '/share', { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ indexable: indexable.checked }) }).catch(() => null);
      copied.textContent = response && response.ok
        ? (indexable.checked ? t('online.share.listed') : t('online.share.unlisted'))
        : t('online.share.setting-failed');
      if (!(response && response.ok)) indexable.checked = !indexable.checked;
    });
    box.replaceChildren(
      h('p', {}, t('online.share.intro')),
      h('div', { class: 'link-row' }, input,
        h('button', { type: 'button', class: 'button', id: 'share-copy', onclick: async () => { copied.textContent = (await copyText(share.url, input)) ? t('online.share.copied') : t('online.copy-manually'); } }, t('online.copy')),
        h('a', { class: 'button', href: share.url, target: '_blank', rel: 'noopener noreferrer', id: 'share-open' }, t('online.share.open'), h('span', { class: 'visually-hidden' }, ` ${t('online.share.open-hidden')}`))),
      copied,
      indexLabel,
      h('div', { class: 'dialog-actions' },
        h('button', { type: 'button', class: 'button', id: 'share-renew', onclick: () => ctx.confirm(t('online.share.renew.confirm'), t('online.share.renew.ok'), () => makeShare(binding, indexable.checked)) }, t('online.share.renew')),
        h('button', { type: 'button', class: 'button button-danger', id: 'share-revoke', onclick: () => ctx.confirm(t('online.share.revoke.confirm'), t('online.share.revoke.ok'), () => revokeShare(binding)) }, t('online.share.revoke'))));
    return true;
  }

  async function makeShare(binding, indexable) {
    const response = await api(binding, '/share', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ indexable }) }).catch(() => null);
    if (!response || !response.ok) {
      ctx.showMessage(response && response.status === 429 ? t('online.share.too-many') : t('online.share.failed'));
    }
    await showDialog();
  }

  async function revokeShare(binding) {
    const response = await api(binding, '/share', { method: 'DELETE' }).catch(() => null);
    if (!response || !(response.ok || response.status === 404)) {
      ctx.showMessage(t('online.share.revoke-failed'));
    }
    await showDialog();
  }

  async function deleteOnline() {
    const localId = ctx.currentId();
    const binding = readBinding(localId);
    if (!binding) return;
    const response = await api(binding, '', { method: 'DELETE' }).catch(() => null);
    if (response && (response.ok || response.status === 404)) {
      dialog.close();
      gone(localId);
      ctx.showMessage(t('online.deleted'), 'info');
    } else {
      ctx.showMessage(t('online.delete-failed'));
    }
  }

  button.addEventListener('click', () => (bindingOfCurrent() ? showDialog() : createOnline()));
  dialog.querySelector('[data-close]').addEventListener('click', () => dialog.close());
  $('online-copy').addEventListener('click', async () => {
    const ok = await copyText($('online-link').value, $('online-link'));
    $('online-copy-status').textContent = ok ? t('online.link-copied') : t('online.copy-manually');
  });
  $('online-delete').addEventListener('click', () => ctx.confirm(t('online.delete.confirm'), t('online.delete.ok'), deleteOnline));

  // the same page, another edit link pasted into the address bar
  window.addEventListener('hashchange', () => {
    const link = linkFromAddress();
    if (link) open(link);
  });
  // last chance to send a pending save when the page goes away
  const flush = () => {
    for (const [localId, timer] of timers) {
      window.clearTimeout(timer);
      timers.delete(localId);
      save(localId, { keepalive: true });
    }
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
    else confirmed.clear();
  });
  // back from another window or device: what the server had then may have changed since
  window.addEventListener('focus', () => confirmed.clear());

  refreshButton();

  return {
    /** The local copy of resume localId changed (it is already saved in this browser). */
    changed(localId) {
      const binding = readBinding(localId);
      if (!binding) return;
      if (unsynced(binding, ctx.loadLocal(localId))) schedule(localId);
      else if (localId === ctx.currentId()) setStatus(t('online.saved'));
    },
    /** Another resume is now the current one. */
    switched() {
      refreshButton();
      if (bindingOfCurrent()) checkCurrent();
    },
    /** On start: open an edit link, or check the current resume against the server. */
    async start(link) {
      if (link) await open(link);
      else await checkCurrent();
      refreshButton();
    },
  };
}
