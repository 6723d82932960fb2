import { describe, expect, it } from 'vitest';
import { samplePaper } from '../../test/fixtures/library/sample-paper';
import type { TimerState } from '../core/model';
import { DEFAULT_SETTINGS } from '../core/reading/budgets';
import { newTimer } from '../core/reading/timer';
import { isoWeekKey } from '../core/reading/reading-totals';
import {
  hoursAndMinutes,
  minutesPerWeek,
  queueEstimate,
  recentWeeks,
  startedAndFinished,
  timeAgainstBudget,
} from './reading-charts';

// Local noon on a Wednesday, so week boundaries are far away in any time zone.
const now = new Date(2026, 10, 25, 12).getTime();
const WEEK = 7 * 86_400_000;
const timer = (paperKey: string, pass: 1 | 2 | 3, minutes: number): TimerState => ({
  ...newTimer(paperKey, pass),
  accumulatedMs: minutes * 60_000,
});

describe('reading charts', () => {
  it('lists the last weeks oldest first, ending with this one', () => {
    const weeks = recentWeeks(now, 4);
    expect(weeks).toHaveLength(4);
    expect(weeks.at(-1)).toBe(isoWeekKey(now));
    expect(weeks[0]).toBe(isoWeekKey(now - 3 * WEEK));
  });

  it('counts minutes per week by pass, with empty weeks as zero', () => {
    const weeks = recentWeeks(now, 3);
    const sessions = [
      { paperKey: 'a', pass: 1 as const, start: now - 3_600_000, end: now - 3_000_000 },
      { paperKey: 'a', pass: 2 as const, start: now - 2 * WEEK, end: now - 2 * WEEK + 1_800_000 },
    ];
    expect(minutesPerWeek(sessions, weeks).map((w) => w.minutes)).toEqual([
      { 1: 0, 2: 30, 3: 0 },
      { 1: 0, 2: 0, 3: 0 },
      { 1: 10, 2: 0, 3: 0 },
    ]);
  });

  it('counts a paper as started when it first enters a pass and finished when first done', () => {
    const weeks = recentWeeks(now, 2);
    const paper = samplePaper({
      history: [
        { state: { kind: 'in-pass', pass: 1 }, at: now - WEEK },
        { state: { kind: 'in-pass', pass: 2 }, at: now - 1000 },
        { state: { kind: 'done' }, at: now },
      ],
    });
    expect(
      startedAndFinished([paper], weeks).map(({ started, finished }) => [started, finished]),
    ).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('gives the median time per pass and how many papers went over budget', () => {
    const timers = [timer('a', 1, 5), timer('b', 1, 12), timer('c', 1, 20), timer('a', 2, 30)];
    expect(timeAgainstBudget(timers, DEFAULT_SETTINGS, now)[0]).toEqual({
      pass: 1,
      budgetMinutes: 10,
      papers: 3,
      medianMinutes: 12,
      overBudget: 2,
    });
  });

  it('estimates the queue from the budgets, less time already spent', () => {
    const queue = [samplePaper({ key: 'a' }), samplePaper({ key: 'b' })];
    const timers = new Map([['a', [timer('a', 1, 4)]]]);
    expect(queueEstimate(queue, timers, DEFAULT_SETTINGS, now)).toEqual({
      papers: 2,
      firstPassMinutes: 16,
      throughSecondPassMinutes: 136,
    });
    expect(hoursAndMinutes(136)).toBe('2 h 16 min');
    expect(hoursAndMinutes(45)).toBe('45 min');
  });
});
