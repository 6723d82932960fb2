/**
 * The one module that touches IndexedDB (through idb). Everything the reader owns is stored here:
 * papers, notes, timers, reading sessions, settings and cached PDF structures. The UI never sees
 * the database object, only this API. Timer moves are the pure transitions of core/reading/timer,
 * each run inside one readwrite transaction so two pages can never interleave half a move.
 */
import { openDB, unwrap } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type {
  Note,
  NoteField,
  Paper,
  Pass,
  ReadingSession,
  Settings,
  TimerState,
} from '../core/model';
import { mergeNotes, mergePapers, mergeTimers } from '../core/export/merge-records';
import { DEFAULT_SETTINGS, normaliseSettings } from '../core/reading/budgets';
import {
  groupIntoRecords,
  notesOf,
  ReadingRecordChanges,
  runningTimersOf,
  timersOf,
  type ReadingRecord,
} from './reading-record';
import {
  heartbeatTimer,
  isAbandoned,
  newTimer,
  pauseTimer as pauseTransition,
  resetTimer as resetTransition,
  settleTimer,
  startTimer as startTransition,
} from '../core/reading/timer';

/** A deleted paper with everything that belonged to it, so the deletion can be undone. */
export interface DeletedPaper {
  paper: Paper;
  notes: Note[];
  timers: TimerState[];
  sessions: ReadingSession[];
  /** Epoch ms of the deletion. */
  deletedAt: number;
  /** Its place among the deleted papers kept for undo (set by the database). */
  id?: number;
}

/** Everything stored, as written to and read from the JSON backup. */
export interface DatabaseExport {
  papers: Paper[];
  notes: Note[];
  timers: TimerState[];
  sessions: ReadingSession[];
  settings: Settings;
}

export type DatabaseImport = Omit<DatabaseExport, 'settings'> & { settings?: Settings };

export type DatabaseErrorCode =
  | 'quota-exceeded'
  | 'closed'
  | 'blocked'
  | 'version-too-new'
  | 'not-found'
  | 'invalid-record'
  | 'unavailable'
  | 'failed';

/** A storage failure with a message the reader can act on. */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ReadingDatabase {
  getPaper(key: string): Promise<Paper | undefined>;
  /** By primary key or any alias (a DOI, a fingerprint, a URL key). */
  findPaper(keys: string[]): Promise<Paper | undefined>;
  putPaper(paper: Paper): Promise<void>;
  /** Most recently read first. */
  listPapers(): Promise<Paper[]>;
  /** The `limit` most recently read papers, newest first: a first screen without reading them all. */
  listRecentPapers(limit: number): Promise<Paper[]>;
  /** How many papers there are (browsers count by walking the store: apart from a first screen). */
  countPapers(): Promise<number>;
  /**
   * Removes the paper with its notes, timers and sessions and returns them. They are kept among
   * the deleted papers (not in the library, exports or backups) so the deletion can be undone
   * later, after a reload or a restart too: nothing the reader wrote is ever erased.
   */
  deletePaper(key: string): Promise<DeletedPaper>;
  /** Puts a deleted paper back and takes it off the deleted papers. */
  restorePaper(deleted: DeletedPaper): Promise<void>;
  /** The deleted papers kept for undo, the most recently deleted first. */
  listDeleted(): Promise<DeletedPaper[]>;
  getNotes(paperKey: string): Promise<Note[]>;
  /** Newer wins: stored only if note.updatedAt is newer than what is stored. Returns what is now stored. */
  saveNote(note: Note): Promise<{ accepted: boolean; stored: Note }>;
  getTimers(paperKey: string): Promise<TimerState[]>;
  getRunningTimer(): Promise<TimerState | undefined>;
  /** Starts (paperKey, pass); pauses any other running timer in any paper, recording its session. One transaction. */
  startTimer(paperKey: string, pass: Pass, now: number): Promise<TimerState>;
  pauseTimer(paperKey: string, pass: Pass, now: number): Promise<TimerState>;
  resetTimer(paperKey: string, pass: Pass, now: number): Promise<TimerState>;
  /** Records that the extension is alive with the running timer (called every ~20 s while it runs). */
  heartbeat(now: number): Promise<void>;
  /** A timer left running when the browser quit is settled to its lastSeenAlive; returns those settled. */
  settleAbandonedTimers(now: number, staleAfterMs: number): Promise<TimerState[]>;
  markBudgetSignalled(paperKey: string, pass: Pass): Promise<void>;
  /** Every reading session, oldest first. */
  listSessions(): Promise<ReadingSession[]>;
  /** One paper's reading sessions, oldest first. */
  getSessions(paperKey: string): Promise<ReadingSession[]>;
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  getCached<T>(store: 'pdfStructures', key: string): Promise<T | undefined>;
  putCached<T>(store: 'pdfStructures', key: string, value: T): Promise<void>;
  /** Everything, for the JSON backup. */
  exportAll(): Promise<DatabaseExport>;
  /**
   * Writes a prepared import in ONE transaction: all or nothing. Records replace those with the
   * same key; sessions already stored (same paper, pass and start) are not added twice.
   */
  importAll(data: DatabaseImport): Promise<void>;
  close(): void;
}

/** Other pages' changes (BroadcastChannel; same-origin extension pages), e.g. to refresh a note edited in another window. */
export type DatabaseChange =
  | { kind: 'paper'; key: string }
  | { kind: 'note'; paperKey: string; field: NoteField; updatedAt: number }
  | { kind: 'timer'; paperKey: string }
  | { kind: 'settings' };

export const DEFAULT_DATABASE_NAME = 'three-pass-reader';

// ---------------------------------------------------------------------------------------------
// Schema and upgrade ladder

interface ReadingSchema extends DBSchema {
  papers: {
    key: string;
    value: Paper;
    indexes: { aliases: string; lastReadAt: number; queuePosition: number };
  };
  /** A paper's notes, timers and sessions: one record per paper (see reading-record.ts). */
  reading: { key: string; value: ReadingRecord; indexes: { running: number } };
  /** Deleted papers with all they held, kept so a deletion can always be undone. */
  deleted: { key: number; value: DeletedPaper };
  settings: { key: string; value: Settings };
  pdfStructures: { key: string; value: unknown };
}

type Schema = IDBPDatabase<ReadingSchema>;
type ReadingStore = IDBPObjectStore<ReadingSchema, ['reading'], 'reading', 'readwrite'>;

/**
 * Step N takes a database at version N to N + 1. Steps are only ever appended: a reader's data
 * at any old version climbs every later step and keeps every record. Steps use IndexedDB itself,
 * not idb's typed wrapper: they meet stores that the current schema no longer has.
 */
export type UpgradeStep = (db: IDBDatabase, tx: IDBTransaction) => void | Promise<void>;

export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  // 0 -> 1: the first schema.
  (db) => {
    const papers = db.createObjectStore('papers', { keyPath: 'key' });
    papers.createIndex('aliases', 'aliases', { multiEntry: true });
    papers.createIndex('lastReadAt', 'lastReadAt');
    papers.createIndex('queuePosition', 'queuePosition');
    db.createObjectStore('notes', { keyPath: ['paperKey', 'field'] });
    // Paused timers have runningSince null, which is no key: the index holds running timers only.
    db.createObjectStore('timers', { keyPath: ['paperKey', 'pass'] }).createIndex(
      'running',
      'runningSince',
    );
    const sessions = db.createObjectStore('sessions', { keyPath: 'id', autoIncrement: true });
    sessions.createIndex('paperKey', 'paperKey');
    sessions.createIndex('start', 'start');
    db.createObjectStore('settings');
    db.createObjectStore('pdfStructures');
  },
  // 1 -> 2: a record per note, timer and session becomes one record per paper. Importing a
  // 10,000-paper backup took 7-12 s in Chromium, nearly all of it per-record cost.
  (db, tx) =>
    new Promise<void>((resolve) => {
      const reading = db.createObjectStore('reading', { keyPath: 'paperKey' });
      reading.createIndex('running', 'runningSince');
      // Schema 1 kept a deleted paper only in the page that deleted it: undo ended with the page.
      db.createObjectStore('deleted', { keyPath: 'id', autoIncrement: true });
      const all = <T>(name: string) => tx.objectStore(name).getAll() as IDBRequest<T[]>;
      const notes = all<Note>('notes');
      const timers = all<TimerState>('timers');
      const sessions = all<ReadingSession>('sessions');
      // Requests on a transaction complete in order: when the last is done, so are the others.
      // A failure anywhere aborts the upgrade, which leaves version 1 and its data as they were.
      sessions.onsuccess = () => {
        // Schema 1 did not key sessions by paper: one without a paper key belongs to no paper
        // and could never be shown; it must not make every later open fail.
        const owned = <T extends { paperKey: unknown }>(records: T[]) =>
          records.filter((r) => typeof r.paperKey === 'string');
        const records = groupIntoRecords(
          owned(notes.result),
          owned(timers.result),
          owned(sessions.result),
        );
        for (const record of records) reading.put(record);
        for (const old of ['notes', 'timers', 'sessions']) db.deleteObjectStore(old);
        resolve();
      };
    }),
];

const SETTINGS_KEY = 'settings';

// ---------------------------------------------------------------------------------------------
// Errors

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : undefined;
}

/** Turns what IndexedDB throws into a DatabaseError whose message tells the reader what happened. */
export function toDatabaseError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return new DatabaseError(
        'quota-exceeded',
        'The browser has no room left to store your data. Nothing was lost on this page; free some disk space or export your notes.',
        { cause: error },
      );
    case 'InvalidStateError':
      return new DatabaseError(
        'closed',
        'The database was closed (the browser may be shutting down, or another tab is upgrading the extension). Your text is kept; reload this page if this persists.',
        { cause: error },
      );
    case 'VersionError':
      return new DatabaseError(
        'version-too-new',
        'Your data was saved by a newer version of the extension than this page runs. Reload this page to use the new version.',
        { cause: error },
      );
    case 'DataError':
    case 'DataCloneError':
      return new DatabaseError('invalid-record', `A record could not be stored: ${detail}`, {
        cause: error,
      });
    default:
      return new DatabaseError('failed', `Saving or reading your data failed: ${detail}`, {
        cause: error,
      });
  }
}

/**
 * Issues writes in order and waits for all. A write that throws at once (a malformed key) stops
 * the rest; the writes already issued get a handler so their abort is not reported as unhandled.
 */
function writeAll(writes: Iterable<() => Promise<unknown>>): Promise<unknown[]> {
  const issued: Promise<unknown>[] = [];
  try {
    for (const write of writes) {
      const pending = write();
      pending.catch(() => undefined);
      issued.push(pending);
    }
  } catch (error) {
    return Promise.reject(error);
  }
  return Promise.all(issued);
}

// ---------------------------------------------------------------------------------------------
// Change notifications

const channelName = (databaseName: string) => `three-pass-reader:db:${databaseName}`;

export function onDatabaseChange(
  listener: (change: DatabaseChange) => void,
  databaseName: string = DEFAULT_DATABASE_NAME,
): () => void {
  if (typeof BroadcastChannel !== 'function') return () => {};
  const channel = new BroadcastChannel(channelName(databaseName));
  channel.onmessage = (event: MessageEvent<DatabaseChange>) => listener(event.data);
  return () => channel.close();
}

// ---------------------------------------------------------------------------------------------
// Opening

function openConnection(
  name: string,
  steps: readonly UpgradeStep[],
  onLost: (db: Schema) => void,
): Promise<Schema> {
  return new Promise<Schema>((resolve, reject) => {
    let blocked = false;
    let opened: Schema | undefined;
    openDB<ReadingSchema>(name, steps.length, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        try {
          // Each step starts once the one before has finished, its callbacks included.
          for (let version = oldVersion; version < steps.length; version++) {
            await steps[version]!(unwrap(db), unwrap(tx));
          }
        } catch {
          // A step that fails leaves the database at its old version with all its data.
          try {
            tx.abort();
          } catch {
            // Already aborted by the failed request.
          }
        }
      },
      blocked(currentVersion) {
        blocked = true;
        reject(
          new DatabaseError(
            'blocked',
            `The extension's data needs an upgrade (version ${currentVersion} to ${steps.length}), but another open tab or window of the extension still uses the old version. Close or reload the extension's other pages, then reload this one.`,
          ),
        );
      },
      blocking() {
        // Let the other page upgrade: this connection steps aside and reopens (or reports) on next use.
        if (!opened) return;
        opened.close();
        onLost(opened);
      },
    }).then(
      (db) => {
        // A connection that opens after we reported the upgrade blocked is not wanted any more.
        if (blocked) db.close();
        else resolve((opened = db));
      },
      (error: unknown) => reject(toDatabaseError(error)),
    );
  });
}

export function openReadingDatabase(
  name: string = DEFAULT_DATABASE_NAME,
): Promise<ReadingDatabase> {
  return openReadingDatabaseWith(name, UPGRADE_STEPS);
}

/** For tests of the upgrade ladder: open with a given list of steps. */
export async function openReadingDatabaseWith(
  name: string,
  steps: readonly UpgradeStep[],
): Promise<ReadingDatabase> {
  if (typeof indexedDB === 'undefined') {
    throw new DatabaseError(
      'unavailable',
      'This browser gives the extension no IndexedDB storage.',
    );
  }
  let current: Schema | undefined;
  let opening: Promise<Schema> | undefined;
  let closedByReader = false;
  const forget = (db: Schema) => {
    if (current === db) current = undefined;
  };
  const connect = async (): Promise<Schema> => {
    if (closedByReader) {
      throw new DatabaseError('closed', 'The database was closed by this page.');
    }
    if (current) return current;
    opening ??= openConnection(name, steps, forget).then(
      (db) => {
        db.addEventListener('close', () => forget(db));
        current = db;
        opening = undefined;
        return db;
      },
      (error: unknown) => {
        opening = undefined;
        throw error;
      },
    );
    return opening;
  };
  await connect();

  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName(name)) : undefined;
  const announce = (...changes: DatabaseChange[]) => {
    try {
      for (const change of changes) channel?.postMessage(change);
    } catch {
      // The page closed the database while a write was finishing: the write stands, unannounced.
    }
  };

  /**
   * Runs `act` on the open connection. A connection lost since the last call (another page's
   * upgrade, the browser closing it) is reopened once, so a stale handle costs no failed write.
   */
  async function withConnection<R>(act: (db: Schema) => R): Promise<R> {
    const db = await connect();
    try {
      return act(db);
    } catch (error) {
      if (errorName(error) !== 'InvalidStateError' || closedByReader) throw toDatabaseError(error);
      forget(db);
      try {
        return act(await connect());
      } catch (again) {
        throw toDatabaseError(again);
      }
    }
  }

  /** Runs `work` in one transaction and resolves once it has committed. */
  async function inTransaction<
    Names extends StoreNames<ReadingSchema>,
    Mode extends IDBTransactionMode,
    R,
  >(
    stores: Names[],
    mode: Mode,
    work: (tx: IDBPTransaction<ReadingSchema, Names[], Mode>) => Promise<R>,
    options?: IDBTransactionOptions,
  ): Promise<R> {
    const tx = await withConnection((db) => db.transaction(stores, mode, options));
    try {
      const result = await work(tx);
      await tx.done;
      return result;
    } catch (error) {
      // Abort so that no write queued before the failure commits: all or nothing.
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
      await tx.done.catch(() => undefined);
      throw toDatabaseError(error);
    }
  }

  /** One request in its own transaction (idb's shortcuts), on a live connection. */
  const read = async <R>(work: (db: Schema) => Promise<R>): Promise<R> => {
    const pending = await withConnection((db) => {
      const request = work(db);
      request.catch(() => undefined);
      return request;
    });
    try {
      return await pending;
    } catch (error) {
      throw toDatabaseError(error);
    }
  };

  /**
   * Reads the records of `paperKeys` and of every paper with a running timer, to change them in
   * this transaction, with the running timers (one, unless old data holds more).
   */
  async function recordsToChange(
    store: ReadingStore,
    paperKeys: string[],
  ): Promise<{ changes: ReadingRecordChanges; running: TimerState[] }> {
    const [running, ...own] = await Promise.all([
      store.index('running').getAll(),
      ...paperKeys.map((key) => store.get(key)),
    ]);
    return {
      changes: new ReadingRecordChanges([...running, ...own.filter((r) => r !== undefined)]),
      running: running.flatMap(runningTimersOf),
    };
  }

  /** Writes the records `changes` touched. */
  const putChanged = (store: ReadingStore, changes: ReadingRecordChanges) =>
    writeAll(changes.changed().map((record) => () => store.put(record)));

  async function timerMove(
    paperKey: string,
    pass: Pass,
    move: (
      timer: TimerState,
      running: TimerState[],
    ) => { timer: TimerState; others: TimerState[]; sessions: ReadingSession[] },
  ): Promise<TimerState> {
    const { timer, others } = await inTransaction(['reading'], 'readwrite', async (tx) => {
      const store = tx.objectStore('reading');
      const { changes, running } = await recordsToChange(store, [paperKey]);
      const result = move(changes.get(paperKey).timers[pass] ?? newTimer(paperKey, pass), running);
      for (const changed of [result.timer, ...result.others]) changes.setTimer(changed);
      for (const session of result.sessions) changes.addSession(session);
      await putChanged(store, changes);
      return result;
    });
    const papers = new Set([paperKey, ...others.map((t) => t.paperKey)]);
    announce(...[...papers].map((key): DatabaseChange => ({ kind: 'timer', paperKey: key })));
    return timer;
  }

  const database: ReadingDatabase = {
    getPaper: (key) => read((db) => db.get('papers', key)),

    findPaper: (keys) =>
      inTransaction(['papers'], 'readonly', async (tx) => {
        const papers = tx.objectStore('papers');
        for (const key of keys) {
          const found = (await papers.get(key)) ?? (await papers.index('aliases').get(key));
          if (found) return found;
        }
        return undefined;
      }),

    async putPaper(paper) {
      await read((db) => db.put('papers', paper));
      announce({ kind: 'paper', key: paper.key });
    },

    listPapers: () =>
      read(async (db) => (await db.getAllFromIndex('papers', 'lastReadAt')).reverse()),

    listRecentPapers: (limit) =>
      inTransaction(['papers'], 'readonly', async (tx) => {
        if (limit <= 0) return [];
        const byLastRead = tx.objectStore('papers').index('lastReadAt');
        // A key cursor finds the limit-th newest time in one step (no values, no request per
        // paper); one getAll then reads from there. Ties at that time may give a few extra,
        // in the order a 'prev' cursor gives them, so slicing keeps exactly the newest.
        const newest = await byLastRead.openKeyCursor(null, 'prev');
        const limitth = limit > 1 ? await newest?.advance(limit - 1) : newest;
        const range = limitth ? IDBKeyRange.lowerBound(limitth.key) : undefined;
        return (await byLastRead.getAll(range)).reverse().slice(0, limit);
      }),

    countPapers: () => read((db) => db.countFromIndex('papers', 'lastReadAt')),

    async deletePaper(key) {
      const deleted = await inTransaction(
        ['papers', 'reading', 'deleted'],
        'readwrite',
        async (tx): Promise<DeletedPaper> => {
          const [paper, record] = await Promise.all([
            tx.objectStore('papers').get(key),
            tx.objectStore('reading').get(key),
          ]);
          if (!paper) throw new DatabaseError('not-found', 'That paper is not in your library.');
          // A running timer is paused first, so its stretch is kept and a restore does not count the gap.
          const now = Date.now();
          const changes = new ReadingRecordChanges(record ? [record] : []);
          for (const timer of runningTimersOf(changes.get(key))) {
            const stop = pauseTransition(timer, now);
            changes.setTimer(stop.timer);
            if (stop.session) changes.addSession(stop.session);
          }
          const final = changes.changed()[0] ?? record;
          const deleted: DeletedPaper = {
            paper,
            notes: notesOf(final),
            timers: timersOf(final),
            sessions: final?.sessions ?? [],
            deletedAt: now,
          };
          deleted.id = await tx.objectStore('deleted').add(deleted);
          await writeAll([
            () => tx.objectStore('papers').delete(key),
            () => tx.objectStore('reading').delete(key),
          ]);
          return deleted;
        },
      );
      announce({ kind: 'paper', key }, { kind: 'timer', paperKey: key });
      return deleted;
    },

    async restorePaper({ paper, notes, timers, sessions, id }) {
      await inTransaction(['papers', 'reading', 'deleted'], 'readwrite', async (tx) => {
        if (id !== undefined && !(await tx.objectStore('deleted').get(id))) {
          throw new DatabaseError(
            'not-found',
            'That paper was already restored (perhaps from another tab of the library).',
          );
        }
        const reading = tx.objectStore('reading');
        const [current, stored] = await Promise.all([
          tx.objectStore('papers').get(paper.key),
          reading.get(paper.key),
        ]);
        // The paper may have been opened and read again since: both lives are kept, as in an import.
        const changes = new ReadingRecordChanges(stored ? [stored] : []);
        for (const note of notes) {
          const here = changes.get(paper.key).notes[note.field];
          changes.setNote(here ? mergeNotes(here, note) : note);
        }
        for (const session of sessions) changes.addSession(session);
        for (const timer of timers) {
          const record = changes.get(paper.key);
          const here = record.timers[timer.pass];
          changes.setTimer(here ? mergeTimers(here, timer, record.sessions) : timer);
        }
        await writeAll([
          () => tx.objectStore('papers').put(current ? mergePapers(current, paper) : paper),
          ...changes.changed().map((record) => () => reading.put(record)),
          ...(id === undefined ? [] : [() => tx.objectStore('deleted').delete(id)]),
        ]);
      });
      announce({ kind: 'paper', key: paper.key }, { kind: 'timer', paperKey: paper.key });
    },

    listDeleted: () => read(async (db) => (await db.getAll('deleted')).reverse()),

    getNotes: async (paperKey) => notesOf(await read((db) => db.get('reading', paperKey))),

    async saveNote(note) {
      const result = await inTransaction(['reading'], 'readwrite', async (tx) => {
        const reading = tx.objectStore('reading');
        const record = await reading.get(note.paperKey);
        const stored = record?.notes[note.field];
        if (stored && stored.updatedAt >= note.updatedAt) return { accepted: false, stored };
        const changes = new ReadingRecordChanges(record ? [record] : []);
        changes.setNote(note);
        await putChanged(reading, changes);
        return { accepted: true, stored: note };
      });
      if (result.accepted) {
        announce({
          kind: 'note',
          paperKey: note.paperKey,
          field: note.field,
          updatedAt: note.updatedAt,
        });
      }
      return result;
    },

    getTimers: async (paperKey) => timersOf(await read((db) => db.get('reading', paperKey))),

    getRunningTimer: () =>
      read(async (db) => {
        const running = (await db.getAllFromIndex('reading', 'running')).flatMap(runningTimersOf);
        // Only one runs at a time; should old data hold more, the latest start is the one shown.
        return running.sort((a, b) => (b.runningSince ?? 0) - (a.runningSince ?? 0))[0];
      }),

    startTimer: (paperKey, pass, now) =>
      timerMove(paperKey, pass, (timer, running) => {
        const result = startTransition(timer, running, now);
        return { timer: result.timer, others: result.paused, sessions: result.sessions };
      }),

    pauseTimer: (paperKey, pass, now) =>
      timerMove(paperKey, pass, (timer) => {
        const { timer: paused, session } = pauseTransition(timer, now);
        return { timer: paused, others: [], sessions: session ? [session] : [] };
      }),

    resetTimer: (paperKey, pass, now) =>
      timerMove(paperKey, pass, (timer) => {
        const { timer: reset, session } = resetTransition(timer, now);
        return { timer: reset, others: [], sessions: session ? [session] : [] };
      }),

    async heartbeat(now) {
      await inTransaction(['reading'], 'readwrite', async (tx) => {
        const store = tx.objectStore('reading');
        const { changes, running } = await recordsToChange(store, []);
        for (const timer of running) changes.setTimer(heartbeatTimer(timer, now));
        await putChanged(store, changes);
      });
    },

    async settleAbandonedTimers(now, staleAfterMs) {
      const settled = await inTransaction(['reading'], 'readwrite', async (tx) => {
        const store = tx.objectStore('reading');
        const { changes, running } = await recordsToChange(store, []);
        const result: TimerState[] = [];
        for (const timer of running) {
          if (!isAbandoned(timer, now, staleAfterMs)) continue;
          const stop = settleTimer(timer);
          changes.setTimer(stop.timer);
          if (stop.session) changes.addSession(stop.session);
          result.push(stop.timer);
        }
        await putChanged(store, changes);
        return result;
      });
      announce(...settled.map((t): DatabaseChange => ({ kind: 'timer', paperKey: t.paperKey })));
      return settled;
    },

    async markBudgetSignalled(paperKey, pass) {
      await inTransaction(['reading'], 'readwrite', async (tx) => {
        const store = tx.objectStore('reading');
        const { changes } = await recordsToChange(store, [paperKey]);
        const timer = changes.get(paperKey).timers[pass] ?? newTimer(paperKey, pass);
        changes.setTimer({ ...timer, budgetSignalled: true });
        await putChanged(store, changes);
      });
      announce({ kind: 'timer', paperKey });
    },

    listSessions: () =>
      read(async (db) =>
        (await db.getAll('reading'))
          .flatMap((record) => record.sessions)
          .sort((a, b) => a.start - b.start),
      ),

    getSessions: async (paperKey) =>
      (await read((db) => db.get('reading', paperKey)))?.sessions ?? [],

    getSettings: () =>
      read(async (db) => {
        const stored = await db.get('settings', SETTINGS_KEY);
        return stored ? normaliseSettings(stored) : normaliseSettings(DEFAULT_SETTINGS);
      }),

    async saveSettings(settings) {
      await read((db) => db.put('settings', normaliseSettings(settings), SETTINGS_KEY));
      announce({ kind: 'settings' });
    },

    getCached: <T>(store: 'pdfStructures', key: string) =>
      read(async (db) => (await db.get(store, key)) as T | undefined),

    async putCached<T>(store: 'pdfStructures', key: string, value: T) {
      await read((db) => db.put(store, value, key));
    },

    exportAll: () =>
      inTransaction(
        ['papers', 'reading', 'settings'],
        'readonly',
        async (tx): Promise<DatabaseExport> => {
          const [papers, records, settings] = await Promise.all([
            tx.objectStore('papers').getAll(),
            tx.objectStore('reading').getAll(),
            tx.objectStore('settings').get(SETTINGS_KEY),
          ]);
          // A panel left open on a deleted paper may still have saved to it: such a record has
          // no paper in the backup, and stays here for a restore to merge.
          const keys = new Set(papers.map((p) => p.key));
          const owned = records.filter((record) => keys.has(record.paperKey));
          return {
            papers,
            notes: owned.flatMap(notesOf),
            timers: owned.flatMap(timersOf),
            sessions: owned.flatMap((record) => record.sessions),
            settings: normaliseSettings(settings ?? DEFAULT_SETTINGS),
          };
        },
      ),

    async importAll(data) {
      await inTransaction(
        ['papers', 'reading', 'settings'],
        'readwrite',
        async (tx) => {
          const reading = tx.objectStore('reading');
          // Only an import into a library that has reading records reads them, to merge into.
          const stored = (await reading.count()) > 0 ? await reading.getAll() : [];
          // The plan was made from an earlier read: a note saved since then is merged, not replaced.
          const storedNotes = new Map(stored.map((record) => [record.paperKey, record.notes]));
          const notes = data.notes.map((note) => {
            const here = storedNotes.get(note.paperKey)?.[note.field];
            return here && here.updatedAt > note.updatedAt ? mergeNotes(here, note) : note;
          });
          const records = groupIntoRecords(notes, data.timers, data.sessions, stored);
          // Plain requests, not idb's promise per request: tens of thousands of promises and
          // listeners cost more than the writes they wrap. A failed request aborts the whole
          // transaction, which tx.done (awaited by inTransaction) reports; a malformed key
          // throws here at once and inTransaction aborts what was queued. All or nothing still.
          const papers = unwrap(tx.objectStore('papers'));
          for (const paper of data.papers) papers.put(paper);
          const rawReading = unwrap(reading);
          for (const record of records) rawReading.put(record);
          if (data.settings) {
            unwrap(tx.objectStore('settings')).put(normaliseSettings(data.settings), SETTINGS_KEY);
          }
        },
        // Relaxed durability only lets the browser report the commit before the disk has
        // flushed it: a power cut in that moment loses the whole import (the file is still
        // there to import again), never half of it. Atomicity is not relaxed: a failed record
        // still aborts everything.
        { durability: 'relaxed' },
      );
      announce(
        ...data.papers.map((p): DatabaseChange => ({ kind: 'paper', key: p.key })),
        ...(data.settings ? [{ kind: 'settings' } as const] : []),
      );
    },

    close() {
      closedByReader = true;
      current?.close();
      current = undefined;
      channel?.close();
    },
  };
  return database;
}
