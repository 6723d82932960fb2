import { describe, expect, it } from 'vitest';
import type { Note, ReadingSession, TimerState } from '../core/model';
import { generateLibrary } from '../../test/fixtures/library/generate-library';
import {
  groupIntoRecords,
  notesOf,
  ReadingRecordChanges,
  runningTimersOf,
  timersOf,
} from './reading-record';

const T0 = Date.UTC(2025, 2, 10, 9);

const note = (paperKey: string, field: Note['field'], text: string): Note => ({
  paperKey,
  field,
  text,
  updatedAt: T0,
});
const timer = (paperKey: string, pass: 1 | 2 | 3, runningSince: number | null): TimerState => ({
  paperKey,
  pass,
  accumulatedMs: 0,
  runningSince,
  lastSeenAlive: runningSince,
  budgetSignalled: false,
});
const session = (paperKey: string, pass: 1 | 2 | 3, start: number): ReadingSession => ({
  paperKey,
  pass,
  start,
  end: start + 60_000,
});

describe('one record per paper', () => {
  it('groups a library into records and gives back every note, timer and session', () => {
    const library = generateLibrary({ papers: 200, notes: 900, seed: 7 });
    const records = groupIntoRecords(library.notes, library.timers, library.sessions);
    const papersWithData = new Set(
      [...library.notes, ...library.timers, ...library.sessions].map((r) => r.paperKey),
    );
    expect(records).toHaveLength(papersWithData.size);
    const byKey = (a: { paperKey: string }, b: { paperKey: string }) =>
      a.paperKey < b.paperKey ? -1 : a.paperKey > b.paperKey ? 1 : 0;
    const sortedRecords = [...records].sort(byKey);
    expect(sortedRecords.flatMap(notesOf)).toEqual(
      [...library.notes].sort((a, b) => byKey(a, b) || (a.field < b.field ? -1 : 1)),
    );
    expect(sortedRecords.flatMap(timersOf)).toEqual(
      [...library.timers].sort((a, b) => byKey(a, b) || a.pass - b.pass),
    );
    const withoutIds = library.sessions.map(({ id: _id, ...rest }) => rest);
    expect(records.flatMap((r) => r.sessions).sort((a, b) => a.start - b.start)).toEqual(
      withoutIds.sort((a, b) => a.start - b.start),
    );
  });

  it('marks a record whose timer runs, so the running index finds it, and unmarks it when paused', () => {
    const [running] = groupIntoRecords([], [timer('a', 1, null), timer('a', 2, T0)], []);
    expect(running!.runningSince).toBe(T0);
    expect(runningTimersOf(running!).map((t) => t.pass)).toEqual([2]);
    const changes = new ReadingRecordChanges([running!]);
    changes.setTimer(timer('a', 2, null));
    const [paused] = changes.changed();
    expect(paused).not.toHaveProperty('runningSince');
    // The record handed in is not changed in place: it may still be what an open cursor holds.
    expect(running!.runningSince).toBe(T0);
  });

  it('adds a session once, however often it is imported, and keeps them oldest first', () => {
    const stored = groupIntoRecords([], [], [session('a', 1, T0 + 10), session('a', 1, T0)]);
    expect(stored[0]!.sessions.map((s) => s.start)).toEqual([T0, T0 + 10]);
    const again = groupIntoRecords(
      [],
      [],
      [{ ...session('a', 1, T0), id: 42 }, session('a', 2, T0), session('a', 1, T0 - 5)],
      stored,
    );
    expect(again[0]!.sessions.map((s) => [s.pass, s.start])).toEqual([
      [1, T0 - 5],
      [1, T0],
      [2, T0],
      [1, T0 + 10],
    ]);
    expect(again[0]!.sessions.some((s) => 'id' in s)).toBe(false);
  });

  it('replaces a note of the same field and keeps the other fields', () => {
    const stored = groupIntoRecords(
      [note('a', 'keyPoints', 'old'), note('a', 'contributions', 'kept')],
      [],
      [],
    );
    const changes = new ReadingRecordChanges(stored);
    changes.setNote(note('a', 'keyPoints', 'new'));
    expect(notesOf(changes.changed()[0]).map((n) => [n.field, n.text])).toEqual([
      ['contributions', 'kept'],
      ['keyPoints', 'new'],
    ]);
  });

  it('returns only the records something was written to', () => {
    const stored = groupIntoRecords(
      [note('a', 'keyPoints', 'a'), note('b', 'keyPoints', 'b')],
      [],
      [],
    );
    const changes = new ReadingRecordChanges(stored);
    expect(changes.get('a').paperKey).toBe('a');
    expect(changes.get('new').notes).toEqual({});
    changes.setNote(note('b', 'free1', 'more'));
    expect(changes.changed().map((r) => r.paperKey)).toEqual(['b']);
  });
});
