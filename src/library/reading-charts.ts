/**
 * The numbers behind the library's charts, from sessions, papers' histories and timers: minutes
 * per ISO week by pass, papers started and finished per week, time per pass against budget, and
 * how long the reading queue will take at the method's budgets.
 */
import type { Paper, Pass, ReadingSession, Settings, TimerState } from '../core/model';
import { PASSES } from '../core/model';
import { budgetsMinutes } from '../core/reading/budgets';
import { isoWeekKey, readingByWeek } from '../core/reading/reading-totals';
import { elapsedMs } from '../core/reading/timer';

const WEEK_MS = 7 * 86_400_000;

/** The last `count` ISO weeks up to the one holding `now`, oldest first. */
export function recentWeeks(now: number, count: number): string[] {
  const weeks: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const week = isoWeekKey(now - i * WEEK_MS);
    if (!weeks.includes(week)) weeks.push(week);
  }
  return weeks;
}

/** The Monday an ISO week key ("2026-W49") starts on, as a local date. */
export function weekMonday(week: string): Date {
  const [year, number] = week.split('-W').map(Number) as [number, number];
  // ISO weeks: week 1 holds 4 January. Calendar arithmetic in UTC, read back as a local date.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = new Date(
    jan4 + ((number - 1) * 7 - ((new Date(jan4).getUTCDay() + 6) % 7)) * 86_400_000,
  );
  return new Date(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate());
}

/**
 * A week as a reader names it: the day it starts ("1 Dec"), with the year when it is not the
 * year of `now` ("29 Dec 2025"), so weeks across New Year are never ambiguous.
 */
export function weekLabel(week: string, now: number, locale?: string): string {
  const monday = weekMonday(week);
  const sameYear = monday.getFullYear() === new Date(now).getFullYear();
  return monday.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

export interface WeekMinutes {
  week: string;
  minutes: Record<Pass, number>;
}

export function minutesPerWeek(
  sessions: readonly ReadingSession[],
  weeks: readonly string[],
): WeekMinutes[] {
  const byWeek = new Map(readingByWeek(sessions).map((totals) => [totals.week, totals]));
  return weeks.map((week) => {
    const totals = byWeek.get(week);
    const minutes: Record<Pass, number> = { 1: 0, 2: 0, 3: 0 };
    for (const pass of PASSES) minutes[pass] = Math.round((totals?.byPass[pass] ?? 0) / 60_000);
    return { week, minutes };
  });
}

export interface WeekProgress {
  week: string;
  started: number;
  finished: number;
}

/** A paper starts when it first enters a pass and finishes when it is first marked done. */
export function startedAndFinished(
  papers: readonly Paper[],
  weeks: readonly string[],
): WeekProgress[] {
  const counts = new Map(weeks.map((week) => [week, { week, started: 0, finished: 0 }]));
  for (const paper of papers) {
    const history = [...paper.history].sort((a, b) => a.at - b.at);
    const started = history.find((change) => change.state.kind === 'in-pass');
    const finished = history.find((change) => change.state.kind === 'done');
    if (started) {
      const entry = counts.get(isoWeekKey(started.at));
      if (entry) entry.started++;
    }
    if (finished) {
      const entry = counts.get(isoWeekKey(finished.at));
      if (entry) entry.finished++;
    }
  }
  return [...counts.values()];
}

export interface PassAgainstBudget {
  pass: Pass;
  budgetMinutes: number;
  /** Papers with time in this pass. */
  papers: number;
  /** Their median minutes in the pass. */
  medianMinutes: number;
  overBudget: number;
}

export function timeAgainstBudget(
  timers: readonly TimerState[],
  settings: Settings,
  now: number,
): PassAgainstBudget[] {
  const budgets = budgetsMinutes(settings);
  return PASSES.map((pass) => {
    const minutes = timers
      .filter((t) => t.pass === pass)
      .map((t) => elapsedMs(t, now) / 60_000)
      .filter((m) => m > 0)
      .sort((a, b) => a - b);
    const middle = minutes.length / 2;
    const median =
      minutes.length === 0
        ? 0
        : minutes.length % 2 === 1
          ? minutes[Math.floor(middle)]!
          : (minutes[middle - 1]! + minutes[middle]!) / 2;
    return {
      pass,
      budgetMinutes: budgets[pass],
      papers: minutes.length,
      medianMinutes: Math.round(median),
      overBudget: minutes.filter((m) => m > budgets[pass]).length,
    };
  });
}

export interface QueueEstimate {
  papers: number;
  /** Minutes to give every queued paper its first pass (less time already spent). */
  firstPassMinutes: number;
  /** Minutes to take every queued paper through pass 2 as well. */
  throughSecondPassMinutes: number;
}

/** The method's point: budgets let a reader say how long a batch of papers will take. */
export function queueEstimate(
  queue: readonly Paper[],
  timersByPaper: ReadonlyMap<string, readonly TimerState[]>,
  settings: Settings,
  now: number,
): QueueEstimate {
  const budgets = budgetsMinutes(settings);
  let first = 0;
  let second = 0;
  for (const paper of queue) {
    const spent = (pass: Pass) =>
      (timersByPaper.get(paper.key) ?? [])
        .filter((t) => t.pass === pass)
        .reduce((sum, t) => sum + elapsedMs(t, now), 0) / 60_000;
    const left = (pass: Pass) => Math.max(0, budgets[pass] - spent(pass));
    first += left(1);
    second += left(1) + left(2);
  }
  return {
    papers: queue.length,
    firstPassMinutes: Math.round(first),
    throughSecondPassMinutes: Math.round(second),
  };
}

/** "2 h 35 min", "45 min". */
export function hoursAndMinutes(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = Math.round(totalMinutes % 60);
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
