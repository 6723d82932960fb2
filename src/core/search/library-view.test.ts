import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { samplePaper } from '../../../test/fixtures/library/sample-paper';
import type { TimerState } from '../model';
import { newTimer } from '../reading/timer';
import { applyView, dayStart, DEFAULT_VIEW, libraryRow, type LibraryView } from './library-view';

// Local times, so the tests hold in any time zone (the date filter works in local days).
const at = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();
const day = (d: number) => at(2026, 1, d);
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

describe('the last-read date range, in local calendar days', () => {
  // Off UTC, where local and UTC days differ; with daylight saving, where days are 23 or 25 hours.
  // Expectations are built with local Date constructors, so they hold whatever zone is in force.
  beforeAll(() => {
    vi.stubEnv('TZ', 'America/Los_Angeles');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
  const readAt = (key: string, lastReadAt: number) =>
    libraryRow(samplePaper({ key, lastReadAt, addedAt: lastReadAt }), [], lastReadAt);
  const inRange = (papers: ReturnType<typeof readAt>[], from?: string, to?: string) =>
    applyView(papers, view({ from, to, sort: 'added', descending: false }), undefined).map(
      (r) => r.paper.key,
    );

  it('starts a day at local midnight', () => {
    expect(dayStart('2026-12-01')).toBe(at(2026, 12, 1));
    expect(new Date(dayStart('2026-12-01')!).getHours()).toBe(0);
  });

  it('counts a late-evening read on the day the reader lived it', () => {
    const papers = [
      readAt('nov30-late', at(2026, 11, 30, 23, 59)),
      readAt('dec1-early', at(2026, 12, 1, 0, 0)),
      readAt('dec1-late', at(2026, 12, 1, 23, 30)),
      readAt('dec2-early', at(2026, 12, 2, 0, 0)),
    ];
    expect(inRange(papers, '2026-12-01', '2026-12-01')).toEqual(['dec1-early', 'dec1-late']);
    expect(inRange(papers, undefined, '2026-12-01')).toEqual([
      'nov30-late',
      'dec1-early',
      'dec1-late',
    ]);
    expect(inRange(papers, '2026-12-02')).toEqual(['dec2-early']);
  });

  it('keeps a 25-hour day whole and a 23-hour day to itself', () => {
    // In Los Angeles, clocks go back on 2026-11-01 and forward on 2026-03-08.
    const papers = [
      readAt('nov1-late', at(2026, 11, 1, 23, 30)),
      readAt('mar8-late', at(2026, 3, 8, 23, 30)),
      readAt('mar9-early', at(2026, 3, 9, 0, 30)),
    ];
    expect(inRange(papers, '2026-11-01', '2026-11-01')).toEqual(['nov1-late']);
    expect(inRange(papers, '2026-03-08', '2026-03-08')).toEqual(['mar8-late']);
  });

  it('ignores a day that does not exist', () => {
    expect(dayStart('2026-02-31')).toBeUndefined();
    expect(dayStart('2026-13-01')).toBeUndefined();
    expect(dayStart('1 Dec 2026')).toBeUndefined();
  });
});
