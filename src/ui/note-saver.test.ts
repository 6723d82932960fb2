// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openReadingDatabase, type ReadingDatabase } from '../adapters/database';
import type { Note } from '../core/model';
import { createNoteSaver, retryDelayMs, type SaveStatus } from './note-saver';

interface Deferred {
  note: Note;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** A database whose writes finish when the test says so, and that keeps what it stored. */
function controlledDatabase() {
  const calls: Deferred[] = [];
  const stored = new Map<string, Note>();
  const db: Pick<ReadingDatabase, 'saveNote'> = {
    saveNote: (note) =>
      new Promise((resolve, reject) => {
        calls.push({
          note,
          resolve: () => {
            const key = `${note.paperKey}/${note.field}`;
            const current = stored.get(key);
            const accepted = !current || current.updatedAt < note.updatedAt;
            if (accepted) stored.set(key, note);
            resolve({ accepted, stored: stored.get(key)! });
          },
          reject,
        });
      }),
  };
  return { db, calls, stored };
}

/** A database whose writes settle at once: failing while `failing` is set. */
function instantDatabase() {
  const state = { failing: undefined as Error | undefined, writes: [] as Note[] };
  const db: Pick<ReadingDatabase, 'saveNote'> = {
    saveNote: (note) => {
      if (state.failing) return Promise.reject(state.failing);
      state.writes.push(note);
      return Promise.resolve({ accepted: true, stored: note });
    },
  };
  return { db, state };
}

let clock = 1_000_000;
const now = () => clock;

beforeEach(() => {
  vi.useFakeTimers();
  clock = 1_000_000;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('note saver', () => {
  it('turns a burst of keystrokes into one write, within 500 ms of the last', async () => {
    const { db, state } = instantDatabase();
    const saver = createNoteSaver(db, { now });
    const text = 'The main idea';
    for (let i = 1; i <= text.length; i++) {
      saver.edit('arxiv:1', 'keyPoints', text.slice(0, i));
      clock += 80;
      await vi.advanceTimersByTimeAsync(80);
    }
    expect(state.writes).toEqual([]);
    expect(saver.status()).toEqual({ state: 'saving' });
    await vi.advanceTimersByTimeAsync(500 - 80);
    expect(state.writes.map((n) => n.text)).toEqual([text]);
    expect(saver.status()).toEqual({ state: 'saved' });
    saver.dispose();
  });

  it('writes at once when the page is hidden or closed', async () => {
    const { db, state } = instantDatabase();
    const saver = createNoteSaver(db, { now });
    saver.edit('arxiv:1', 'category', 'A measurement paper');
    window.dispatchEvent(new Event('pagehide'));
    // Issued in the event handler itself, before any timer runs.
    expect(state.writes.map((n) => n.text)).toEqual(['A measurement paper']);

    saver.edit('arxiv:1', 'category', 'A measurement paper, mostly');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(state.writes.map((n) => n.text)).toEqual([
      'A measurement paper',
      'A measurement paper, mostly',
    ]);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    saver.dispose();
  });

  it('keeps the latest text when a write fails, shows why, and retries until it is stored', async () => {
    const { db, state } = instantDatabase();
    const saver = createNoteSaver(db, { now });
    const seen: SaveStatus[] = [];
    saver.subscribe((s) => seen.push(s));
    state.failing = new Error('The browser has no room left to store your data.');

    saver.edit('arxiv:1', 'clarity', 'Hard to follow');
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.status()).toEqual({
      state: 'failed',
      error: 'The browser has no room left to store your data.',
    });
    // The reader keeps typing while it fails: the newest text is what gets stored.
    saver.edit('arxiv:1', 'clarity', 'Hard to follow in section 3');
    await vi.advanceTimersByTimeAsync(500 + retryDelayMs(2));
    expect(saver.status().state).toBe('failed');
    expect(state.writes).toEqual([]);

    state.failing = undefined;
    await vi.advanceTimersByTimeAsync(retryDelayMs(3));
    expect(state.writes.map((n) => n.text)).toEqual(['Hard to follow in section 3']);
    expect(saver.status()).toEqual({ state: 'saved' });
    expect(seen.map((s) => s.state)).toEqual(['saving', 'failed', 'saved']);
    saver.dispose();
  });

  for (const order of ['older finishes first', 'older finishes last'] as const) {
    it(`loses no keystroke when writes overlap (${order})`, async () => {
      const { db, calls, stored } = controlledDatabase();
      const saver = createNoteSaver(db, { now });
      saver.edit('arxiv:1', 'futureWork', 'Try it');
      await vi.advanceTimersByTimeAsync(500);
      clock += 10;
      saver.edit('arxiv:1', 'futureWork', 'Try it on graphs');
      await vi.advanceTimersByTimeAsync(500);
      expect(calls.map((c) => c.note.text)).toEqual(['Try it', 'Try it on graphs']);

      const first = order === 'older finishes first' ? 0 : 1;
      calls[first]!.resolve();
      await vi.advanceTimersByTimeAsync(0);
      // One write is still under way: not 'saved' yet, whichever finished.
      expect(saver.status()).toEqual({ state: 'saving' });
      calls[1 - first]!.resolve();
      await vi.advanceTimersByTimeAsync(0);
      expect(saver.status()).toEqual({ state: 'saved' });
      expect(stored.get('arxiv:1/futureWork')?.text).toBe('Try it on graphs');
      saver.dispose();
    });
  }

  it('is not saved while the newest edit is still being written', async () => {
    const { db, calls } = controlledDatabase();
    const saver = createNoteSaver(db, { now });
    saver.edit('arxiv:1', 'keyPoints', 'a');
    await vi.advanceTimersByTimeAsync(500);
    saver.edit('arxiv:1', 'keyPoints', 'ab');
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    // The older write is stored, the newer edit is not yet: still saving.
    expect(saver.status()).toEqual({ state: 'saving' });
    await vi.advanceTimersByTimeAsync(500);
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.status()).toEqual({ state: 'saved' });
    saver.dispose();
  });

  it('gives each edit a newer time than the last, even if the clock stands still or steps back', async () => {
    const { db, state } = instantDatabase();
    const saver = createNoteSaver(db, { now });
    const first = saver.edit('arxiv:1', 'free1', 'one');
    const sameMoment = saver.edit('arxiv:1', 'free1', 'one more');
    await saver.flush();
    clock -= 5_000;
    const afterStepBack = saver.edit('arxiv:1', 'free1', 'two');
    await saver.flush();
    expect(sameMoment).toBeGreaterThan(first);
    expect(afterStepBack).toBeGreaterThan(sameMoment);
    expect(state.writes.map((n) => [n.text, n.updatedAt])).toEqual([
      ['one more', sameMoment],
      ['two', afterStepBack],
    ]);
    saver.dispose();
  });

  it('stores every field it was given in the real database, to the last character', async () => {
    vi.useRealTimers();
    const db = await openReadingDatabase(`note-saver-${Math.random()}`);
    const saver = createNoteSaver(db);
    const text = 'Category: systems. Context: builds on [12].';
    for (let i = 1; i <= text.length; i++) saver.edit('arxiv:1', 'context', text.slice(0, i));
    saver.edit('arxiv:1', 'contributions', 'A faster index');
    await saver.flush();
    expect((await db.getNotes('arxiv:1')).map((n) => [n.field, n.text])).toEqual([
      ['context', text],
      ['contributions', 'A faster index'],
    ]);
    saver.dispose();
    db.close();
  });
});
