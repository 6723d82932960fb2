/**
 * The one module that touches IndexedDB (through idb). Everything the reader owns is stored here:
 * papers, notes, timers, reading sessions, settings and cached PDF structures. The UI never sees
 * the database object, only this API.
 */
import type {
  NoteField,
  Note,
  Paper,
  Pass,
  ReadingSession,
  Settings,
  TimerState,
} from '../core/model';

/** A deleted paper with everything that belonged to it, so the deletion can be undone. */
export interface DeletedPaper {
  paper: Paper;
  notes: Note[];
  timers: TimerState[];
  sessions: ReadingSession[];
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
  listPapers(): Promise<Paper[]>;
  /** Removes the paper with its notes, timers and sessions and returns them, so it can be undone. */
  deletePaper(key: string): Promise<DeletedPaper>;
  restorePaper(deleted: DeletedPaper): Promise<void>;
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
  listSessions(range?: { from: number; to: number }): Promise<ReadingSession[]>;
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  getCached<T>(store: 'pdfStructures', key: string): Promise<T | undefined>;
  putCached<T>(store: 'pdfStructures', key: string, value: T): Promise<void>;
  /** Everything, for the JSON backup. */
  exportAll(): Promise<DatabaseExport>;
  /** Writes a prepared import in ONE transaction: all or nothing. */
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

export function openReadingDatabase(
  _name: string = DEFAULT_DATABASE_NAME,
): Promise<ReadingDatabase> {
  return Promise.reject(new DatabaseError('unavailable', 'not implemented yet'));
}

export function onDatabaseChange(_listener: (change: DatabaseChange) => void): () => void {
  throw new Error('not implemented yet');
}
