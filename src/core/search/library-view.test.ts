import { describe, expect, it } from 'vitest';
import { samplePaper } from '../../../test/fixtures/library/sample-paper';
import type { TimerState } from '../model';
import { newTimer } from '../reading/timer';
import { applyView, DEFAULT_VIEW, libraryRow, type LibraryView } from './library-view';

const day = (d: number) => Date.UTC(2026, 0, d);
const timer = (paperKey: string, pass: 1 | 2 | 3, minutes: number): TimerState => ({
  ...newTimer(paperKey, pass),
  accumulatedMs: minutes * 60_000,
});

const rows = [
  libraryRow(
    samplePaper({
      key: 'a',
      title: 'beta paper',
      tags: ['ml'],
      state: { kind: 'done' },
      addedAt: day(1),
      lastReadAt: day(10),
    }),
    [timer('a', 3, 90)],
    day(20),
  ),
  libraryRow(
    samplePaper({
      key: 'b',
      title: 'Alpha paper',
      tags: [],
      state: { kind: 'in-pass', pass: 2 },
      addedAt: day(3),
      lastReadAt: day(5),
    }),
    [timer('b', 1, 8)],
    day(20),
  ),
  libraryRow(
    samplePaper({
      key: 'c',
      title: 'gamma 10',
      tags: ['ml', 'x'],
      state: { kind: 'not-started' },
      addedAt: day(2),
      lastReadAt: day(2),
    }),
    [],
    day(20),
  ),
  libraryRow(
    samplePaper({
      key: 'd',
      title: 'gamma 9',
      tags: ['x'],
      state: { kind: 'stopped', reason: 'not-interesting' },
      addedAt: day(4),
      lastReadAt: day(15),
    }),
    [timer('d', 1, 12)],
    day(20),
  ),
];
const view = (changes: Partial<LibraryView>): LibraryView => ({ ...DEFAULT_VIEW, ...changes });
const keysOf = (v: LibraryView, matching?: Set<string>) =>
  applyView(rows, v, matching).map((r) => r.paper.key);

describe('applyView', () => {
  it('sorts by last read (newest first by default), title (natural order), time spent and date added', () => {
    expect(keysOf(DEFAULT_VIEW)).toEqual(['d', 'a', 'b', 'c']);
    expect(keysOf(view({ sort: 'title', descending: false }))).toEqual(['b', 'a', 'd', 'c']);
    expect(keysOf(view({ sort: 'timeSpent' }))).toEqual(['a', 'd', 'b', 'c']);
    expect(keysOf(view({ sort: 'added', descending: false }))).toEqual(['a', 'c', 'b', 'd']);
  });

  it('filters by state, pass, tag and last-read dates together with the search result', () => {
    expect(keysOf(view({ states: ['done', 'not-started'] }))).toEqual(['a', 'c']);
    expect(keysOf(view({ pass: 1 }))).toEqual(['d', 'b']);
    expect(keysOf(view({ pass: 2 }))).toEqual(['b']);
    expect(keysOf(view({ tag: 'x' }))).toEqual(['d', 'c']);
    expect(keysOf(view({ from: '2026-01-05', to: '2026-01-10' }))).toEqual(['a', 'b']);
    expect(keysOf(view({ tag: 'ml' }), new Set(['c', 'b']))).toEqual(['c']);
  });
});
