/**
 * Saves note fields as the reader types: at most `delayMs` (500 ms) after the last keystroke, at
 * once when the page is hidden or closed, and again with backoff when a write fails, keeping the
 * latest text until it is stored. A write is issued at once, even while an older one of the same
 * field is under way: the database keeps the newer text whichever finishes first, and the status
 * says 'saved' only once the newest edit is stored. Shared by the panel and the library.
 */
import type { ReadingDatabase } from '../adapters/database';
import type { NoteField } from '../core/model';

export type SaveStatus =
  { state: 'saved' } | { state: 'saving' } | { state: 'failed'; error: string };

export interface NoteSaver {
  /**
   * Records a keystroke's result; the write follows within `delayMs`. Returns the edit's
   * updatedAt (strictly increasing per field), to compare with other pages' changes.
   */
  edit(paperKey: string, field: NoteField, text: string): number;
  /** Writes every pending edit now; resolves when they are stored (or have failed and are queued for retry). */
  flush(): Promise<void>;
  status(): SaveStatus;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  /** Flushes what is pending, then stops listening to page events and retrying. */
  dispose(): void;
}

export interface NoteSaverOptions {
  /** Quiet time after the last keystroke before writing; 500 ms by default. */
  delayMs?: number;
  /** Clock for the notes' updatedAt; Date.now by default. */
  now?: () => number;
}

/** Waits before the next try after a failure: 1 s, 2 s, 4 s ... up to 30 s. */
export function retryDelayMs(failures: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, failures - 1));
}

interface FieldState {
  paperKey: string;
  field: NoteField;
  text: string;
  /** updatedAt of the latest edit. */
  editedAt: number;
  /** updatedAt of the latest edit sent to the database. */
  issuedAt: number;
  /** updatedAt of the latest edit known to be stored (or overtaken by newer text elsewhere). */
  storedAt: number;
  writes: Set<Promise<void>>;
  debounce: ReturnType<typeof setTimeout> | undefined;
  retry: ReturnType<typeof setTimeout> | undefined;
  failures: number;
  error: string | undefined;
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createNoteSaver(
  db: Pick<ReadingDatabase, 'saveNote'>,
  options: NoteSaverOptions = {},
): NoteSaver {
  const delayMs = options.delayMs ?? 500;
  const now = options.now ?? Date.now;
  const fields = new Map<string, FieldState>();
  const listeners = new Set<(status: SaveStatus) => void>();
  let lastStatus: SaveStatus = { state: 'saved' };
  let disposed = false;

  const unsaved = (f: FieldState) => f.editedAt > f.storedAt;

  function computeStatus(): SaveStatus {
    let saving = false;
    for (const f of fields.values()) {
      if (f.error !== undefined && unsaved(f)) return { state: 'failed', error: f.error };
      if (unsaved(f) || f.writes.size > 0) saving = true;
    }
    return saving ? { state: 'saving' } : { state: 'saved' };
  }

  function publish(): void {
    const next = computeStatus();
    const same =
      next.state === lastStatus.state &&
      (next.state !== 'failed' ||
        (lastStatus.state === 'failed' && lastStatus.error === next.error));
    if (same) return;
    lastStatus = next;
    for (const listener of [...listeners]) listener(next);
  }

  function clearTimers(f: FieldState): void {
    clearTimeout(f.debounce);
    clearTimeout(f.retry);
    f.debounce = undefined;
    f.retry = undefined;
  }

  /** Sends the field's latest text, unless it was sent already; resolves when that write settles. */
  function write(f: FieldState): Promise<void> {
    clearTimers(f);
    if (f.editedAt <= f.issuedAt) return Promise.all(f.writes).then(() => undefined);
    const note = { paperKey: f.paperKey, field: f.field, text: f.text, updatedAt: f.editedAt };
    f.issuedAt = note.updatedAt;
    // Called synchronously, so a write started in a pagehide handler is issued before the page goes.
    let saving: ReturnType<typeof db.saveNote>;
    try {
      saving = db.saveNote(note);
    } catch (error) {
      saving = Promise.reject(error);
    }
    const settled = saving.then(
      () => {
        // Stored, or overtaken by newer text from another page: either way this edit is settled.
        f.storedAt = Math.max(f.storedAt, note.updatedAt);
        if (!unsaved(f)) {
          f.failures = 0;
          f.error = undefined;
          clearTimeout(f.retry);
          f.retry = undefined;
        }
      },
      (error: unknown) => {
        if (note.updatedAt <= f.storedAt) return;
        f.failures += 1;
        f.error = errorMessage(error);
        // Send the text again on the retry (or on the next edit or flush, whichever comes first).
        f.issuedAt = Math.min(f.issuedAt, f.storedAt);
        clearTimeout(f.retry);
        if (!disposed) f.retry = setTimeout(() => void write(f), retryDelayMs(f.failures));
      },
    );
    f.writes.add(settled);
    void settled.then(() => {
      f.writes.delete(settled);
      publish();
    });
    publish();
    return settled;
  }

  function edit(paperKey: string, field: NoteField, text: string): number {
    const key = `${paperKey}\u0000${field}`;
    let f = fields.get(key);
    if (!f) {
      f = {
        paperKey,
        field,
        text,
        editedAt: 0,
        issuedAt: 0,
        storedAt: 0,
        writes: new Set(),
        debounce: undefined,
        retry: undefined,
        failures: 0,
        error: undefined,
      };
      fields.set(key, f);
    }
    f.text = text;
    // Strictly increasing per field, even within one millisecond or if the clock steps back.
    f.editedAt = Math.max(now(), f.editedAt + 1);
    clearTimeout(f.debounce);
    const state = f;
    f.debounce = setTimeout(() => {
      state.debounce = undefined;
      void write(state);
    }, delayMs);
    publish();
    return f.editedAt;
  }

  async function flush(): Promise<void> {
    // Repeat while edits arrive during the writes; stop when what is left has failed (it is retried).
    for (;;) {
      const pending = [...fields.values()].filter((f) => f.writes.size > 0 || unsaved(f));
      if (pending.length === 0) return;
      await Promise.all(pending.map((f) => write(f)));
      await Promise.all(pending.flatMap((f) => [...f.writes]));
      if (![...fields.values()].some((f) => unsaved(f) && f.error === undefined)) return;
    }
  }

  const onPageHide = () => void flush();
  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  if (typeof addEventListener === 'function') addEventListener('pagehide', onPageHide);
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onVisibilityChange);
  }

  return {
    edit,
    flush,
    status: () => computeStatus(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      if (typeof removeEventListener === 'function') removeEventListener('pagehide', onPageHide);
      if (typeof document !== 'undefined') {
        document.removeEventListener('visibilitychange', onVisibilityChange);
      }
      void flush().finally(() => {
        disposed = true;
        for (const f of fields.values()) clearTimers(f);
      });
    },
  };
}
