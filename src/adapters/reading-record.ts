/**
 * How the database stores what the reader did with a paper: its notes, timers and reading
 * sessions in ONE record per paper (schema version 2). The browser's cost of a write is per
 * record far more than per byte (headless Chromium: ~0.1 ms a record whatever its size), so a
 * 10,000-paper library with 50,000 notes imports as ~20,000 writes instead of ~95,000. Pure:
 * the database module reads and writes these records; this module only shapes them.
 */
import { sessionIdentity } from '../core/export/merge-records';
import type { Note, NoteField, Pass, ReadingSession, TimerState } from '../core/model';

export interface ReadingRecord {
  paperKey: string;
  notes: Partial<Record<NoteField, Note>>;
  timers: Partial<Record<Pass, TimerState>>;
  /** Oldest first; without ids (a session is named by its paper, pass and start). */
  sessions: ReadingSession[];
  /** The running timer's start; absent when none runs, so the 'running' index holds running papers only. */
  runningSince?: number;
}

export function emptyReadingRecord(paperKey: string): ReadingRecord {
  return { paperKey, notes: {}, timers: {}, sessions: [] };
}

const byField = (a: Note, b: Note) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0);

/** In field order, as the notes were listed when each had a record of its own. */
export const notesOf = (record: ReadingRecord | undefined): Note[] =>
  record ? Object.values(record.notes).sort(byField) : [];

/** In pass order. */
export const timersOf = (record: ReadingRecord | undefined): TimerState[] =>
  record ? Object.values(record.timers).sort((a, b) => a.pass - b.pass) : [];

export const runningTimersOf = (record: ReadingRecord): TimerState[] =>
  timersOf(record).filter((timer) => timer.runningSince !== null);

/**
 * Changes to several papers' records made together (a timer move touches the paper started and
 * the one paused; an import touches many). Starts from the stored records given; `changed()`
 * returns only the records something was written to, ready to put.
 */
export class ReadingRecordChanges {
  private readonly records = new Map<string, ReadingRecord>();
  private readonly touched = new Set<string>();
  private readonly sessionIds = new Map<string, Set<string>>();

  constructor(stored: Iterable<ReadingRecord> = []) {
    for (const record of stored) this.records.set(record.paperKey, record);
  }

  /** The record as changed so far (stored or empty), for reading. */
  get(paperKey: string): ReadingRecord {
    let record = this.records.get(paperKey);
    if (!record) {
      record = emptyReadingRecord(paperKey);
      this.records.set(paperKey, record);
    }
    return record;
  }

  private edit(paperKey: string): ReadingRecord {
    const record = this.get(paperKey);
    if (!this.touched.has(paperKey)) {
      // Copied once, so a stored record handed in is never changed in place.
      const copy: ReadingRecord = {
        ...record,
        notes: { ...record.notes },
        timers: { ...record.timers },
        sessions: [...record.sessions],
      };
      this.records.set(paperKey, copy);
      this.touched.add(paperKey);
      return copy;
    }
    return record;
  }

  setNote(note: Note): void {
    this.edit(note.paperKey).notes[note.field] = note;
  }

  setTimer(timer: TimerState): void {
    this.edit(timer.paperKey).timers[timer.pass] = timer;
  }

  /** Adds a session unless the paper already has that one (same pass, start and end). */
  addSession(session: ReadingSession): void {
    const record = this.edit(session.paperKey);
    let ids = this.sessionIds.get(session.paperKey);
    if (!ids) {
      ids = new Set(record.sessions.map(sessionIdentity));
      this.sessionIds.set(session.paperKey, ids);
    }
    if (ids.has(sessionIdentity(session))) return;
    ids.add(sessionIdentity(session));
    const stored: ReadingSession = { ...session };
    delete stored.id;
    record.sessions.push(stored);
  }

  /** The records written to, each with its sessions oldest first and its running mark set. */
  changed(): ReadingRecord[] {
    return [...this.touched].map((key) => {
      const record = this.records.get(key)!;
      record.sessions.sort((a, b) => a.start - b.start || a.pass - b.pass);
      const running = runningTimersOf(record).map((t) => t.runningSince!);
      delete record.runningSince;
      if (running.length > 0) record.runningSince = Math.max(...running);
      return record;
    });
  }
}

/** Every paper's record from flat lists of notes, timers and sessions (an old schema, a backup). */
export function groupIntoRecords(
  notes: readonly Note[],
  timers: readonly TimerState[],
  sessions: readonly ReadingSession[],
  stored: Iterable<ReadingRecord> = [],
): ReadingRecord[] {
  const changes = new ReadingRecordChanges(stored);
  for (const note of notes) changes.setNote(note);
  for (const timer of timers) changes.setTimer(timer);
  for (const session of sessions) changes.addSession(session);
  return changes.changed();
}
