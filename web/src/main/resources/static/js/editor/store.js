// The resume being edited, with undo and redo. Typing into one field within a moment counts as
// one step, so undo takes back words, not letters.

const LIMIT = 200;
const MERGE_MS = 1200;

export class Store {
  constructor(doc) {
    this.doc = doc;
    this.undoStack = [];
    this.redoStack = [];
    this.listeners = new Set();
    this.lastKey = null;
    this.lastTime = 0;
  }

  subscribe(fn) {
    this.listeners.add(fn);
  }

  /** Applies mutate(doc). key names the field for typing; structural asks for a new form. */
  change(mutate, { key = null, structural = true } = {}) {
    const before = JSON.stringify(this.doc);
    mutate(this.doc);
    if (JSON.stringify(this.doc) === before) return;
    const now = Date.now();
    const merge = key !== null && key === this.lastKey && now - this.lastTime < MERGE_MS;
    if (!merge) {
      this.undoStack.push(before);
      if (this.undoStack.length > LIMIT) this.undoStack.shift();
    }
    this.redoStack = [];
    this.lastKey = key;
    this.lastTime = now;
    this.emit({ structural });
  }

  canUndo() {
    return this.undoStack.length > 0;
  }

  canRedo() {
    return this.redoStack.length > 0;
  }

  undo() {
    if (!this.canUndo()) return;
    this.redoStack.push(JSON.stringify(this.doc));
    this.doc = JSON.parse(this.undoStack.pop());
    this.lastKey = null;
    this.emit({ structural: true, history: true });
  }

  redo() {
    if (!this.canRedo()) return;
    this.undoStack.push(JSON.stringify(this.doc));
    this.doc = JSON.parse(this.redoStack.pop());
    this.lastKey = null;
    this.emit({ structural: true, history: true });
  }

  /** Another resume: a fresh history. */
  replace(doc) {
    this.doc = doc;
    this.undoStack = [];
    this.redoStack = [];
    this.lastKey = null;
    this.emit({ structural: true, replaced: true });
  }

  emit(event) {
    for (const fn of this.listeners) fn(event);
  }
}
