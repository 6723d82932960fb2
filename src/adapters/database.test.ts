import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note, Paper } from '../core/model';
import { DEFAULT_SETTINGS } from '../core/reading/budgets';
import { elapsedMs } from '../core/reading/timer';
import {
  type DatabaseChange,
  DatabaseError,
  onDatabaseChange,
  openReadingDatabase,
  openReadingDatabaseWith,
  toDatabaseError,
  UPGRADE_STEPS,
} from './database';

const MIN = 60_000;
const T0 = Date.UTC(2025, 2, 10, 9);
let dbCount = 0;
const freshName = () => `test-db-${++dbCount}-${Math.random().toString(36).slice(2)}`;

function paper(key: string, extra: Partial<Paper> = {}): Paper {
  return {
    key,
    aliases: [],
    title: `Paper ${key}`,
    authors: [],
    links: {},
    tags: [],
    state: { kind: 'not-started' },
    history: [],
    checklist: {},
    addedAt: T0,
    lastReadAt: T0,
    ...extra,
  };
}

const note = (text: string, updatedAt: number, paperKey = 'arxiv:1'): Note => ({
  paperKey,
  field: 'keyPoints',
  text,
  updatedAt,
});

/** Opens a raw IndexedDB connection, as another version of the extension would. */
function rawOpen(
  name: string,
  version: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result, request.transaction!);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('papers', () => {
  it('finds a paper by its key or any alias, and lists the most recently read first', async () => {
    const db = await openReadingDatabase(freshName());
    await db.putPaper(paper('arxiv:1', { aliases: ['doi:10.1/x', 'fp:abc'], lastReadAt: T0 }));
    await db.putPaper(paper('arxiv:2', { lastReadAt: T0 + MIN }));
    expect((await db.getPaper('arxiv:1'))?.title).toBe('Paper arxiv:1');
    expect((await db.findPaper(['url:nope', 'fp:abc']))?.key).toBe('arxiv:1');
    expect((await db.findPaper(['arxiv:2', 'doi:10.1/x']))?.key).toBe('arxiv:2');
    expect(await db.findPaper(['url:nope'])).toBeUndefined();
    expect((await db.listPapers()).map((p) => p.key)).toEqual(['arxiv:2', 'arxiv:1']);
    db.close();
  });

  it('reads the most recently read papers for a first screen, and counts them all', async () => {
    const db = await openReadingDatabase(freshName());
    expect(await db.listRecentPapers(50)).toEqual([]);
    expect(await db.countPapers()).toBe(0);
    for (let i = 1; i <= 5; i++) await db.putPaper(paper(`arxiv:${i}`, { lastReadAt: T0 + i }));
    const keys = async (limit: number) => (await db.listRecentPapers(limit)).map((p) => p.key);
    expect(await keys(2)).toEqual(['arxiv:5', 'arxiv:4']);
    expect(await keys(1)).toEqual(['arxiv:5']);
    expect(await keys(0)).toEqual([]);
    expect(await keys(50)).toEqual(['arxiv:5', 'arxiv:4', 'arxiv:3', 'arxiv:2', 'arxiv:1']);
    expect(await db.countPapers()).toBe(5);
    db.close();
  });

  it('fuzz: the first screen is exactly the head of the full list, ties included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 35 }),
        async (readAt, limit) => {
          const db = await openReadingDatabase(freshName());
          await Promise.all(
            readAt.map((at, i) => db.putPaper(paper(`p:${i}`, { lastReadAt: T0 + at }))),
          );
          const all = await db.listPapers();
          expect(await db.listRecentPapers(limit)).toEqual(all.slice(0, limit));
          expect(await db.countPapers()).toBe(readAt.length);
          db.close();
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 11 },
    );
  }, 120_000);
});

describe('notes', () => {
  it('two panels writing the same note: the older text never wins', async () => {
    const name = freshName();
    const panelA = await openReadingDatabase(name);
    const panelB = await openReadingDatabase(name);
    expect((await panelA.saveNote(note('newer text from A', T0 + 2_000))).accepted).toBe(true);
    const late = await panelB.saveNote(note('older text from B', T0 + 1_000));
    expect(late).toEqual({ accepted: false, stored: note('newer text from A', T0 + 2_000) });
    expect((await panelB.getNotes('arxiv:1')).map((n) => n.text)).toEqual(['newer text from A']);
    panelA.close();
    panelB.close();
  });

  it('fuzz: whatever order two panels write in, the newest edit is what stays', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ panel: fc.boolean(), at: fc.integer({ min: 0, max: 50 }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        async (edits) => {
          const name = freshName();
          const [a, b] = await Promise.all([openReadingDatabase(name), openReadingDatabase(name)]);
          await Promise.all(
            edits.map((e, i) => (e.panel ? a : b).saveNote(note(`edit ${i}`, T0 + e.at))),
          );
          const newest = Math.max(...edits.map((e) => e.at));
          const [stored] = await a.getNotes('arxiv:1');
          expect(stored?.updatedAt).toBe(T0 + newest);
          const winners = edits
            .map((e, i) => [e.at, `edit ${i}`] as const)
            .filter(([at]) => at === newest);
          expect(winners.map(([, text]) => text)).toContain(stored?.text);
          a.close();
          b.close();
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 7 },
    );
  }, 120_000);

  it('tells other pages about a saved note, so a second panel can show it', async () => {
    const name = freshName();
    const db = await openReadingDatabase(name);
    const received = new Promise<DatabaseChange>((resolve) => {
      const stop = onDatabaseChange((change) => {
        stop();
        resolve(change);
      }, name);
    });
    await db.saveNote(note('hello', T0 + 5));
    expect(await received).toEqual({
      kind: 'note',
      paperKey: 'arxiv:1',
      field: 'keyPoints',
      updatedAt: T0 + 5,
    });
    db.close();
  });
});

describe('timers', () => {
  it('starting a timer pauses the one running in another paper and records its session', async () => {
    const name = freshName();
    const db = await openReadingDatabase(name);
    // The other paper's timer was started from another window.
    const otherWindow = await openReadingDatabase(name);
    await otherWindow.startTimer('arxiv:1', 1, T0);
    otherWindow.close();
    const started = await db.startTimer('arxiv:2', 2, T0 + 7 * MIN);
    expect(started.runningSince).toBe(T0 + 7 * MIN);
    const [first] = await db.getTimers('arxiv:1');
    expect(first?.runningSince).toBeNull();
    expect(first?.accumulatedMs).toBe(7 * MIN);
    expect((await db.getRunningTimer())?.paperKey).toBe('arxiv:2');
    expect(await db.listSessions()).toEqual([
      { paperKey: 'arxiv:1', pass: 1, start: T0, end: T0 + 7 * MIN },
    ]);
    db.close();
  });

  it('pause, resume and reset keep the time and the sessions right', async () => {
    const db = await openReadingDatabase(freshName());
    await db.startTimer('arxiv:1', 2, T0);
    await db.pauseTimer('arxiv:1', 2, T0 + 10 * MIN);
    await db.pauseTimer('arxiv:1', 2, T0 + 20 * MIN);
    await db.startTimer('arxiv:1', 2, T0 + 30 * MIN);
    const running = (await db.getTimers('arxiv:1'))[0]!;
    expect(elapsedMs(running, T0 + 35 * MIN)).toBe(15 * MIN);
    const reset = await db.resetTimer('arxiv:1', 2, T0 + 40 * MIN);
    expect(elapsedMs(reset, T0 + 50 * MIN)).toBe(0);
    expect((await db.listSessions()).map((s) => (s.end - s.start) / MIN)).toEqual([10, 10]);
    expect(await db.getRunningTimer()).toBeUndefined();
    db.close();
  });

  it('a timer left running at browser quit is settled to its last heartbeat', async () => {
    const name = freshName();
    const before = await openReadingDatabase(name);
    await before.startTimer('arxiv:1', 1, T0);
    await before.heartbeat(T0 + 6 * MIN);
    before.close(); // the browser quits

    const after = await openReadingDatabase(name);
    const restart = T0 + 5 * 3_600_000;
    const settled = await after.settleAbandonedTimers(restart, MIN);
    expect(settled.map((t) => [t.paperKey, t.accumulatedMs, t.runningSince])).toEqual([
      ['arxiv:1', 6 * MIN, null],
    ]);
    expect(await after.listSessions()).toEqual([
      { paperKey: 'arxiv:1', pass: 1, start: T0, end: T0 + 6 * MIN, settled: true },
    ]);
    // A timer seen alive just now is not touched.
    await after.startTimer('arxiv:2', 1, restart);
    expect(await after.settleAbandonedTimers(restart + 10_000, MIN)).toEqual([]);
    after.close();
  });

  it('remembers that the budget signal was given', async () => {
    const db = await openReadingDatabase(freshName());
    await db.startTimer('arxiv:1', 1, T0);
    await db.markBudgetSignalled('arxiv:1', 1);
    expect((await db.getTimers('arxiv:1'))[0]?.budgetSignalled).toBe(true);
    expect((await db.getTimers('arxiv:1'))[0]?.runningSince).toBe(T0);
    db.close();
  });

  it("lists one paper's sessions, and every paper's, oldest first", async () => {
    const db = await openReadingDatabase(freshName());
    await db.startTimer('b', 2, T0 + 30 * MIN);
    await db.pauseTimer('b', 2, T0 + 31 * MIN);
    await db.startTimer('a', 1, T0);
    await db.pauseTimer('a', 1, T0 + MIN);
    await db.startTimer('a', 1, T0 + 60 * MIN);
    await db.pauseTimer('a', 1, T0 + 61 * MIN);
    expect((await db.getSessions('a')).map((s) => s.start)).toEqual([T0, T0 + 60 * MIN]);
    expect((await db.getSessions('nothing read')).length).toBe(0);
    expect((await db.listSessions()).map((s) => [s.paperKey, s.start])).toEqual([
      ['a', T0],
      ['b', T0 + 30 * MIN],
      ['a', T0 + 60 * MIN],
    ]);
    db.close();
  });
});

describe('delete and restore', () => {
  it('deletes a paper with its notes, timers and sessions, and restores all of it', async () => {
    const db = await openReadingDatabase(freshName());
    await db.putPaper(paper('arxiv:1', { aliases: ['doi:10.1/x'] }));
    await db.putPaper(paper('arxiv:2'));
    await db.saveNote(note('mine', T0));
    await db.saveNote(note('other paper', T0, 'arxiv:2'));
    await db.startTimer('arxiv:1', 1, T0);
    await db.pauseTimer('arxiv:1', 1, T0 + MIN);
    await db.startTimer('arxiv:1', 2, T0 + 2 * MIN);
    const before = await db.exportAll();

    const deleted = await db.deletePaper('arxiv:1');
    expect(deleted.notes.map((n) => n.text)).toEqual(['mine']);
    expect(deleted.timers.every((t) => t.runningSince === null)).toBe(true);
    expect(await db.findPaper(['doi:10.1/x'])).toBeUndefined();
    expect(await db.getNotes('arxiv:1')).toEqual([]);
    expect(await db.getTimers('arxiv:1')).toEqual([]);
    expect((await db.listSessions()).filter((s) => s.paperKey === 'arxiv:1')).toEqual([]);
    expect((await db.getNotes('arxiv:2')).map((n) => n.text)).toEqual(['other paper']);

    await db.restorePaper(deleted);
    const after = await db.exportAll();
    expect(after.papers).toEqual(before.papers);
    expect(after.notes).toEqual(before.notes);
    // The running stretch was closed at deletion and is kept as a session.
    expect(after.sessions.length).toBe(before.sessions.length + 1);
    expect((await db.findPaper(['doi:10.1/x']))?.key).toBe('arxiv:1');
    db.close();
  });

  it('keeps every deleted paper for undo after the page is gone, each deletion apart', async () => {
    const name = freshName();
    const page = await openReadingDatabase(name);
    await page.putPaper(paper('arxiv:1', { title: 'First life' }));
    await page.saveNote(note('first notes', T0));
    await page.deletePaper('arxiv:1');
    // The reader opens the paper again, writes new notes, and deletes it once more.
    await page.putPaper(paper('arxiv:1', { title: 'Second life' }));
    await page.saveNote(note('second notes', T0 + MIN));
    await page.deletePaper('arxiv:1');
    page.close();

    const later = await openReadingDatabase(name);
    const deleted = await later.listDeleted();
    expect(deleted.map((d) => [d.paper.title, d.notes[0]?.text])).toEqual([
      ['Second life', 'second notes'],
      ['First life', 'first notes'],
    ]);
    // Deleted papers are not in the library, so not in its exports either.
    expect((await later.exportAll()).papers).toEqual([]);
    await later.restorePaper(deleted[1]!);
    expect((await later.getNotes('arxiv:1')).map((n) => n.text)).toEqual(['first notes']);
    expect((await later.listDeleted()).map((d) => d.paper.title)).toEqual(['Second life']);
    later.close();
  });

  it('a restore keeps what was read and written since the deletion, and refuses to run twice', async () => {
    const db = await openReadingDatabase(freshName());
    await db.putPaper(paper('arxiv:1', { tags: ['before'] }));
    await db.saveNote(note('deleted text', T0));
    await db.startTimer('arxiv:1', 1, T0);
    await db.pauseTimer('arxiv:1', 1, T0 + 10 * MIN);
    const deleted = await db.deletePaper('arxiv:1');
    // The reader opens the paper again, writes and reads (the timer still running) ...
    await db.putPaper(paper('arxiv:1', { tags: ['after'] }));
    await db.saveNote(note('new text', T0 + 60 * MIN));
    await db.startTimer('arxiv:1', 1, T0 + 60 * MIN);
    // ... and then restores the deleted version.
    await db.restorePaper(deleted);
    expect((await db.getPaper('arxiv:1'))?.tags.sort()).toEqual(['after', 'before']);
    const [kept] = await db.getNotes('arxiv:1');
    expect(kept!.text).toContain('new text');
    expect(kept!.text).toContain('deleted text');
    expect((await db.getRunningTimer())?.paperKey).toBe('arxiv:1');
    const paused = await db.pauseTimer('arxiv:1', 1, T0 + 65 * MIN);
    expect(elapsedMs(paused, T0 + 70 * MIN)).toBe(15 * MIN);
    // A second library tab still offering the same deletion cannot restore it again.
    await expect(db.restorePaper(deleted)).rejects.toMatchObject({ code: 'not-found' });
    expect(elapsedMs((await db.getTimers('arxiv:1'))[0]!, T0 + 70 * MIN)).toBe(15 * MIN);
    db.close();
  });

  it('keeps two sessions that start together but end apart', async () => {
    const db = await openReadingDatabase(freshName());
    await db.putPaper(paper('arxiv:1'));
    const timer = { paperKey: 'arxiv:1', pass: 1 as const, accumulatedMs: 31 * MIN };
    await db.importAll({
      papers: [],
      notes: [],
      timers: [{ ...timer, runningSince: null, lastSeenAlive: null, budgetSignalled: false }],
      sessions: [
        { paperKey: 'arxiv:1', pass: 1, start: T0, end: T0 + MIN },
        { paperKey: 'arxiv:1', pass: 1, start: T0, end: T0 + 30 * MIN, settled: true },
      ],
    });
    expect((await db.getSessions('arxiv:1')).map((s) => s.end - s.start)).toEqual([MIN, 30 * MIN]);
    db.close();
  });

  it('a note saved while an import was being planned is merged with the imported one', async () => {
    const db = await openReadingDatabase(freshName());
    await db.putPaper(paper('arxiv:1'));
    const planned = note('from the backup', T0);
    // A panel saves after the import read the library and before it writes.
    await db.saveNote(note('typed meanwhile', T0 + MIN));
    await db.importAll({ papers: [], notes: [planned], timers: [], sessions: [] });
    const [stored] = await db.getNotes('arxiv:1');
    expect(stored!.text).toContain('typed meanwhile');
    expect(stored!.text).toContain('from the backup');
    db.close();
  });

  it('leaves out of the export what a panel saved to a paper deleted meanwhile', async () => {
    const db = await openReadingDatabase(freshName());
    await db.putPaper(paper('arxiv:1'));
    await db.putPaper(paper('arxiv:2'));
    const deleted = await db.deletePaper('arxiv:1');
    await db.saveNote(note('saved after the deletion', T0));
    expect((await db.exportAll()).notes).toEqual([]);
    await db.restorePaper(deleted);
    expect((await db.exportAll()).notes.map((n) => n.text)).toEqual(['saved after the deletion']);
    db.close();
  });

  it('refuses to delete a paper that is not there, with a clear error', async () => {
    const db = await openReadingDatabase(freshName());
    await expect(db.deletePaper('arxiv:404')).rejects.toMatchObject({ code: 'not-found' });
    db.close();
  });
});

describe('settings, cache, export and import', () => {
  it("starts from the default settings and keeps the reader's own", async () => {
    const db = await openReadingDatabase(freshName());
    expect(await db.getSettings()).toEqual(DEFAULT_SETTINGS);
    const mine = {
      profile: 'custom' as const,
      budgetsMinutes: { 1: 5, 2: 30, 3: 90 },
      notifyOnBudget: true,
    };
    await db.saveSettings(mine);
    expect(await db.getSettings()).toEqual(mine);
    await db.putCached('pdfStructures', 'fp:1', { headings: ['Intro'] });
    expect(await db.getCached('pdfStructures', 'fp:1')).toEqual({ headings: ['Intro'] });
    db.close();
  });

  it('an export imported into an empty database gives back the same data, without duplicate sessions', async () => {
    const source = await openReadingDatabase(freshName());
    await source.putPaper(paper('arxiv:1'));
    await source.saveNote(note('text', T0));
    await source.startTimer('arxiv:1', 1, T0);
    await source.pauseTimer('arxiv:1', 1, T0 + MIN);
    const backup = await source.exportAll();
    source.close();

    const target = await openReadingDatabase(freshName());
    await target.importAll(backup);
    await target.importAll(backup);
    expect(await target.exportAll()).toEqual(backup);
    target.close();
  });

  it('importAll is all or nothing: one bad record leaves the database unchanged', async () => {
    const db = await openReadingDatabase(freshName());
    await db.putPaper(paper('arxiv:1', { title: 'Before' }));
    await db.saveNote(note('before', T0));
    const before = await db.exportAll();
    const badNote = { field: 'keyPoints', text: 'no paper key', updatedAt: T0 } as unknown as Note;
    const attempt = db.importAll({
      papers: [paper('arxiv:1', { title: 'After' }), paper('arxiv:9')],
      notes: [note('after', T0 + 5), badNote],
      timers: [],
      sessions: [{ paperKey: 'arxiv:9', pass: 1, start: T0, end: T0 + MIN }],
      settings: { ...DEFAULT_SETTINGS, profile: 'experienced' },
    });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseError);
    await expect(attempt).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await db.exportAll()).toEqual(before);
    db.close();
  });
});

describe('connection life', () => {
  it('opens a version 1 database written before this code, keeping every record', async () => {
    const name = freshName();
    // Version 1 as it was first shipped, written out by hand rather than with the code under test.
    const v1 = await rawOpen(name, 1, (raw) => {
      const papers = raw.createObjectStore('papers', { keyPath: 'key' });
      papers.createIndex('aliases', 'aliases', { multiEntry: true });
      papers.createIndex('lastReadAt', 'lastReadAt');
      papers.createIndex('queuePosition', 'queuePosition');
      raw.createObjectStore('notes', { keyPath: ['paperKey', 'field'] });
      raw
        .createObjectStore('timers', { keyPath: ['paperKey', 'pass'] })
        .createIndex('running', 'runningSince');
      const sessions = raw.createObjectStore('sessions', { keyPath: 'id', autoIncrement: true });
      sessions.createIndex('paperKey', 'paperKey');
      sessions.createIndex('start', 'start');
      raw.createObjectStore('settings');
      raw.createObjectStore('pdfStructures');
    });
    const tx = v1.transaction(['papers', 'notes', 'timers', 'sessions'], 'readwrite');
    tx.objectStore('papers').put(paper('arxiv:1', { aliases: ['doi:10.1/old'] }));
    tx.objectStore('papers').put(paper('arxiv:2'));
    tx.objectStore('notes').put(note('written in v1', T0));
    tx.objectStore('notes').put({ ...note('first pass', T0 + 1), field: 'contributions' });
    tx.objectStore('notes').put(note('another paper', T0, 'arxiv:2'));
    const paused = { accumulatedMs: 5 * MIN, runningSince: null, lastSeenAlive: null };
    tx.objectStore('timers').put({
      paperKey: 'arxiv:1',
      pass: 1,
      ...paused,
      budgetSignalled: true,
    });
    const running = { runningSince: T0, lastSeenAlive: T0 + MIN, budgetSignalled: false };
    tx.objectStore('timers').put({ paperKey: 'arxiv:2', pass: 2, accumulatedMs: 0, ...running });
    tx.objectStore('sessions').add({ paperKey: 'arxiv:1', pass: 1, start: T0, end: T0 + 5 * MIN });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    v1.close();

    const db = await openReadingDatabase(name);
    expect((await db.findPaper(['doi:10.1/old']))?.key).toBe('arxiv:1');
    expect((await db.getNotes('arxiv:1')).map((n) => [n.field, n.text])).toEqual([
      ['contributions', 'first pass'],
      ['keyPoints', 'written in v1'],
    ]);
    expect((await db.getNotes('arxiv:2')).map((n) => n.text)).toEqual(['another paper']);
    expect(await db.getTimers('arxiv:1')).toEqual([
      { paperKey: 'arxiv:1', pass: 1, ...paused, budgetSignalled: true },
    ]);
    expect(await db.getSessions('arxiv:1')).toEqual([
      { paperKey: 'arxiv:1', pass: 1, start: T0, end: T0 + 5 * MIN },
    ]);
    // The timer left running in version 1 is still the running one, and can be paused.
    expect(await db.getRunningTimer()).toMatchObject({ paperKey: 'arxiv:2', pass: 2 });
    await db.pauseTimer('arxiv:2', 2, T0 + 10 * MIN);
    expect(elapsedMs((await db.getTimers('arxiv:2'))[0]!, T0 + 20 * MIN)).toBe(10 * MIN);
    db.close();
  });

  it('climbs the upgrade ladder from version 1 to a later version, keeping every record', async () => {
    const name = freshName();
    const v1 = await openReadingDatabase(name);
    await v1.putPaper(paper('arxiv:1', { tags: ['ml'] }));
    await v1.saveNote(note('kept', T0));
    v1.close();

    const ranFrom: number[] = [];
    const v2 = await openReadingDatabaseWith(name, [
      ...UPGRADE_STEPS,
      (_db, tx) => {
        ranFrom.push(1);
        tx.objectStore('papers').createIndex('lastReadAt-copy' as 'lastReadAt', 'lastReadAt');
      },
    ]);
    expect(ranFrom).toEqual([1]);
    expect((await v2.getPaper('arxiv:1'))?.tags).toEqual(['ml']);
    expect((await v2.getNotes('arxiv:1')).map((n) => n.text)).toEqual(['kept']);
    v2.close();
  });

  it('runs a later step only after the step that moves records has finished', async () => {
    const name = freshName();
    (await openReadingDatabaseWith(name, UPGRADE_STEPS.slice(0, 1))).close();
    const v1 = await rawOpen(name, 1);
    const tx = v1.transaction(['papers', 'notes', 'sessions'], 'readwrite');
    tx.objectStore('papers').put(paper('arxiv:1'));
    tx.objectStore('notes').put(note('moved', T0));
    // Schema 1 allowed a session with no paper key: it must not stop the upgrade.
    tx.objectStore('sessions').add({ pass: 1, start: T0, end: T0 + MIN });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    v1.close();

    let seenByNextStep: { records: number; oldStores: boolean } | undefined;
    const db = await openReadingDatabaseWith(name, [
      ...UPGRADE_STEPS,
      (upgraded, upgrade) =>
        rawRequest(upgrade.objectStore('reading').count()).then((records) => {
          seenByNextStep = { records, oldStores: upgraded.objectStoreNames.contains('notes') };
        }),
    ]);
    expect(seenByNextStep).toEqual({ records: 1, oldStores: false });
    expect((await db.getNotes('arxiv:1')).map((n) => n.text)).toEqual(['moved']);
    db.close();
  });

  it('steps aside when another page upgrades, then reports that this page is outdated', async () => {
    const name = freshName();
    const db = await openReadingDatabase(name);
    await db.saveNote(note('before the upgrade', T0));
    // Another tab with a newer extension opens a later version; this connection must not block it.
    const newer = await rawOpen(name, UPGRADE_STEPS.length + 1);
    const stored = await rawRequest(newer.transaction('reading').objectStore('reading').getAll());
    expect(stored).toHaveLength(1);
    newer.close();
    await expect(db.saveNote(note('after', T0 + 1))).rejects.toMatchObject({
      code: 'version-too-new',
    });
    db.close();
  });

  it('reopens by itself when its connection was closed under it', async () => {
    const name = freshName();
    const db = await openReadingDatabase(name);
    // Another page wipes the database (e.g. a reset); this connection steps aside to let it.
    await rawRequest(indexedDB.deleteDatabase(name));
    expect((await db.saveNote(note('still saved', T0))).accepted).toBe(true);
    expect((await db.getNotes('arxiv:1')).map((n) => n.text)).toEqual(['still saved']);
    db.close();
  });

  it('reports a blocked upgrade as a clear error', async () => {
    const name = freshName();
    (await openReadingDatabase(name)).close();
    // An old page that ignores version changes keeps the database at its current version.
    const stubborn = await rawOpen(name, UPGRADE_STEPS.length);
    stubborn.onversionchange = null;
    const upgrade = openReadingDatabaseWith(name, [...UPGRADE_STEPS, () => {}]);
    await expect(upgrade).rejects.toMatchObject({ code: 'blocked' });
    await expect(upgrade).rejects.toThrow(/other open tab/);
    stubborn.close();
  });

  it('a closed database refuses writes with a typed error', async () => {
    const db = await openReadingDatabase(freshName());
    db.close();
    await expect(db.saveNote(note('late', T0))).rejects.toMatchObject({ code: 'closed' });
  });

  it('explains a full disk in words the reader can act on', () => {
    const error = toDatabaseError(new DOMException('quota', 'QuotaExceededError'));
    expect(error.code).toBe('quota-exceeded');
    expect(error.message).toMatch(/no room left/);
  });
});
