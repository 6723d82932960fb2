/**
 * Page entry for database-in-chromium.e2e.test.ts: the database module against Chromium's own
 * IndexedDB (the unit tests use fake-indexeddb). Exposes two checks that return what they read.
 */
import {
  openReadingDatabase,
  openReadingDatabaseWith,
  UPGRADE_STEPS,
} from '../../../src/adapters/database';
import { deepEqual } from '../../../src/core/export/deep-equal';
import type { Note, ReadingSession, TimerState } from '../../../src/core/model';
import { generateLibrary } from '../../fixtures/library/generate-library';
import { samplePaper } from '../../fixtures/library/sample-paper';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 5, 9);

function request<T>(pending: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error);
  });
}

/** A version 1 database (the first step of the ladder) holding `papers` papers of data. */
async function writeVersion1(name: string, papers: number): Promise<void> {
  (await openReadingDatabaseWith(name, UPGRADE_STEPS.slice(0, 1))).close();
  const db = await request(indexedDB.open(name, 1));
  const tx = db.transaction(['papers', 'notes', 'timers', 'sessions'], 'readwrite');
  for (let i = 0; i < papers; i++) {
    const paperKey = `arxiv:2601.${String(i).padStart(5, '0')}`;
    tx.objectStore('papers').put(
      samplePaper({ key: paperKey, aliases: [], title: `Paper ${i}`, lastReadAt: T0 + i }),
    );
    for (const field of ['contributions', 'keyPoints', 'free3'] as const) {
      const note: Note = { paperKey, field, text: `${field} of paper ${i}`, updatedAt: T0 + i };
      tx.objectStore('notes').put(note);
    }
    const timer: TimerState = {
      paperKey,
      pass: 1,
      accumulatedMs: 7 * MIN,
      runningSince: i === 0 ? T0 + 60 * MIN : null,
      lastSeenAlive: i === 0 ? T0 + 61 * MIN : null,
      budgetSignalled: false,
    };
    tx.objectStore('timers').put(timer);
    const session: ReadingSession = {
      paperKey,
      pass: 1,
      start: T0 + i * MIN,
      end: T0 + (i + 7) * MIN,
    };
    tx.objectStore('sessions').add(session);
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

export interface UpgradeResult {
  papers: number;
  notes: number;
  timers: number;
  sessions: number;
  sampleNotes: string[];
  running: string | undefined;
  stores: string[];
}

async function upgradeFromVersion1(papers: number): Promise<UpgradeResult> {
  const name = 'upgrade-from-version-1';
  await writeVersion1(name, papers);
  const db = await openReadingDatabase(name);
  const everything = await db.exportAll();
  const sampleNotes = (await db.getNotes('arxiv:2601.00003')).map((n) => n.text);
  const running = (await db.getRunningTimer())?.paperKey;
  db.close();
  const raw = await request(indexedDB.open(name));
  const stores = [...raw.objectStoreNames];
  raw.close();
  return {
    papers: everything.papers.length,
    notes: everything.notes.length,
    timers: everything.timers.length,
    sessions: everything.sessions.length,
    sampleNotes,
    running,
    stores,
  };
}

/** Imports a generated library, exports it, and says which kinds of record came back unequal. */
async function roundTrip(papers: number, notes: number): Promise<string[]> {
  const library = generateLibrary({ papers, notes, seed: 99, hostile: true });
  const db = await openReadingDatabase('round-trip');
  await db.importAll(library);
  const back = await db.exportAll();
  db.close();
  const byKey =
    <T>(keyOf: (item: T) => string) =>
    (a: T, b: T) =>
      keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0;
  const sortedAs = <T>(items: readonly T[], keyOf: (item: T) => string) =>
    [...items].sort(byKey(keyOf));
  const sessionKey = (s: ReadingSession) => `${s.paperKey} ${s.pass} ${s.start}`;
  const noteKey = (n: Note) => `${n.paperKey} ${n.field}`;
  const timerKey = (t: TimerState) => `${t.paperKey} ${t.pass}`;
  const unequal: string[] = [];
  if (
    !deepEqual(
      sortedAs(back.papers, (p) => p.key),
      sortedAs(library.papers, (p) => p.key),
    )
  )
    unequal.push('papers');
  if (!deepEqual(sortedAs(back.notes, noteKey), sortedAs(library.notes, noteKey)))
    unequal.push('notes');
  if (!deepEqual(sortedAs(back.timers, timerKey), sortedAs(library.timers, timerKey)))
    unequal.push('timers');
  const withoutIds = library.sessions.map(({ id: _id, ...session }) => session);
  if (!deepEqual(sortedAs(back.sessions, sessionKey), sortedAs(withoutIds, sessionKey)))
    unequal.push('sessions');
  if (!deepEqual(back.settings, library.settings)) unequal.push('settings');
  return unequal;
}

Object.assign(globalThis, { upgradeFromVersion1, roundTrip });
