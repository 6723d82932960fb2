/** A paper with what belongs to it, the unit every per-paper export works on. */
import type { Note, Paper, Pass, TimerState } from '../model';
import { PASSES } from '../model';
import { elapsedMs } from '../reading/timer';

export interface PaperRecord {
  paper: Paper;
  notes: Note[];
  timers: TimerState[];
}

/** Groups notes and timers under their papers, keeping the papers' order. */
export function groupByPaper(data: {
  papers: readonly Paper[];
  notes: readonly Note[];
  timers: readonly TimerState[];
}): PaperRecord[] {
  const records = new Map<string, PaperRecord>();
  for (const paper of data.papers) records.set(paper.key, { paper, notes: [], timers: [] });
  for (const note of data.notes) records.get(note.paperKey)?.notes.push(note);
  for (const timer of data.timers) records.get(timer.paperKey)?.timers.push(timer);
  return [...records.values()];
}

/** Whole minutes read per pass (rounded to the nearest minute). */
export function minutesPerPass(timers: readonly TimerState[], now: number): Record<Pass, number> {
  const minutes: Record<Pass, number> = { 1: 0, 2: 0, 3: 0 };
  for (const pass of PASSES) {
    const ms = timers
      .filter((timer) => timer.pass === pass)
      .reduce((sum, timer) => sum + elapsedMs(timer, now), 0);
    minutes[pass] = Math.round(ms / 60_000);
  }
  return minutes;
}
