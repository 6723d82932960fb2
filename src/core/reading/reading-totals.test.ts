import { describe, expect, it } from 'vitest';
import type { ReadingSession } from '../model';
import { isoWeekKey, localDayKey, readingByDay, readingByWeek } from './reading-totals';

const MIN = 60_000;
// Local times, so the tests hold in any time zone.
const at = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();
const session = (
  paperKey: string,
  pass: 1 | 2 | 3,
  start: number,
  minutes: number,
): ReadingSession => ({ paperKey, pass, start, end: start + minutes * MIN });

describe('reading totals', () => {
  it('names days and ISO weeks, including weeks that straddle a new year', () => {
    expect(localDayKey(at(2025, 3, 9, 23, 59))).toBe('2025-03-09');
    expect(isoWeekKey(at(2025, 3, 10, 0, 0))).toBe('2025-W11'); // a Monday
    expect(isoWeekKey(at(2025, 3, 9, 23, 0))).toBe('2025-W10'); // the Sunday before
    expect(isoWeekKey(at(2024, 12, 30, 12))).toBe('2025-W01');
    expect(isoWeekKey(at(2021, 1, 3, 12))).toBe('2020-W53');
    expect(isoWeekKey(at(2026, 1, 1, 12))).toBe('2026-W01');
  });

  it('adds up minutes per day and per pass, and lists the papers read', () => {
    const days = readingByDay([
      session('b', 2, at(2025, 3, 4, 14), 30),
      session('a', 1, at(2025, 3, 4, 9), 10),
      session('a', 2, at(2025, 3, 5, 9), 45),
    ]);
    expect(days).toEqual([
      {
        day: '2025-03-04',
        totalMs: 40 * MIN,
        byPass: { 1: 10 * MIN, 2: 30 * MIN, 3: 0 },
        paperKeys: ['a', 'b'],
      },
      {
        day: '2025-03-05',
        totalMs: 45 * MIN,
        byPass: { 1: 0, 2: 45 * MIN, 3: 0 },
        paperKeys: ['a'],
      },
    ]);
  });

  it('splits a session that runs past midnight between the two days', () => {
    const days = readingByDay([session('a', 3, at(2025, 3, 9, 23, 30), 90)]);
    expect(days.map((d) => [d.day, d.totalMs])).toEqual([
      ['2025-03-09', 30 * MIN],
      ['2025-03-10', 60 * MIN],
    ]);
    // Sunday to Monday: two ISO weeks.
    const weeks = readingByWeek([session('a', 3, at(2025, 3, 9, 23, 30), 90)]);
    expect(weeks.map((w) => [w.week, w.totalMs])).toEqual([
      ['2025-W10', 30 * MIN],
      ['2025-W11', 60 * MIN],
    ]);
  });

  it('groups a week of reading into one ISO week', () => {
    const weeks = readingByWeek([
      session('a', 1, at(2025, 3, 10, 9), 10),
      session('b', 1, at(2025, 3, 12, 9), 10),
      session('c', 2, at(2025, 3, 16, 20), 60),
    ]);
    expect(weeks).toEqual([
      {
        week: '2025-W11',
        totalMs: 80 * MIN,
        byPass: { 1: 20 * MIN, 2: 60 * MIN, 3: 0 },
        paperKeys: ['a', 'b', 'c'],
      },
    ]);
  });

  it('ignores empty or reversed sessions', () => {
    expect(
      readingByDay([{ paperKey: 'a', pass: 1, start: at(2025, 1, 1, 9), end: at(2025, 1, 1, 8) }]),
    ).toEqual([]);
  });
});
