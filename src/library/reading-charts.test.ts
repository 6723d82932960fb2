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
  weekLabel,
  weekMonday,
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

describe('week labels', () => {
  it('names a week by the local Monday it starts on, with the year only across New Year', () => {
    const now = new Date(2027, 0, 6, 12).getTime();
    // ISO week 1 of 2027 starts on Monday 4 January 2027; 2026-W53 on 28 December 2026.
    expect(weekMonday('2027-W01')).toEqual(new Date(2027, 0, 4));
    expect(weekMonday('2026-W53')).toEqual(new Date(2026, 11, 28));
    expect(weekMonday('2026-W49')).toEqual(new Date(2026, 10, 30));
    expect(weekLabel('2027-W01', now, 'en-GB')).toBe('4 Jan');
    expect(weekLabel('2026-W53', now, 'en-GB')).toBe('28 Dec 2026');
  });

  it('labels the week of every day of a year with the Monday on or before that day', () => {
    for (let day = 0; day < 400; day++) {
      const date = new Date(2026, 0, 1 + day, 12);
      const monday = weekMonday(isoWeekKey(date.getTime()));
      expect(monday.getDay()).toBe(1);
      const daysSince = Math.round((date.getTime() - monday.getTime()) / 86_400_000 - 0.5);
      expect(daysSince).toBeGreaterThanOrEqual(0);
      expect(daysSince).toBeLessThan(7);
    }
  });
});
