/**
 * Reading time by local day and by ISO week, for the library's charts. A session that crosses
 * midnight is split so each day gets the minutes actually read in it.
 */
import type { Pass, ReadingSession } from '../model';

export interface ReadingTotals {
  totalMs: number;
  byPass: Record<Pass, number>;
  /** Papers read in the period, in first-read order. */
  paperKeys: string[];
}

export interface DayTotals extends ReadingTotals {
  /** Local calendar day, "YYYY-MM-DD". */
  day: string;
}

export interface WeekTotals extends ReadingTotals {
  /** ISO 8601 week of the local calendar, "YYYY-Www" (weeks start on Monday). */
  week: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function localDayKey(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function isoWeekKey(ms: number): string {
  const d = new Date(ms);
  // Calendar arithmetic in UTC on the local date, so daylight-saving shifts cannot move a day.
  const date = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  const mondayBased = (d.getDay() + 6) % 7;
  const thursday = new Date(date + (3 - mondayBased) * 86_400_000);
  const isoYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * 86_400_000));
  return `${pad(isoYear, 4)}-W${pad(week)}`;
}

/** Start of the next local day after `ms`. */
function nextLocalMidnight(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** The session cut at local midnights into [start, end) pieces, each within one day. */
function splitByDay(session: ReadingSession): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let cursor = session.start;
  while (cursor < session.end) {
    const pieceEnd = Math.min(session.end, nextLocalMidnight(cursor));
    pieces.push({ start: cursor, end: pieceEnd });
    cursor = pieceEnd;
  }
  return pieces;
}

function emptyTotals(): ReadingTotals {
  return { totalMs: 0, byPass: { 1: 0, 2: 0, 3: 0 }, paperKeys: [] };
}

function addTo(totals: ReadingTotals, session: ReadingSession, ms: number): void {
  totals.totalMs += ms;
  totals.byPass[session.pass] += ms;
  if (!totals.paperKeys.includes(session.paperKey)) totals.paperKeys.push(session.paperKey);
}

function group(
  sessions: readonly ReadingSession[],
  keyOf: (ms: number) => string,
): Map<string, ReadingTotals> {
  const groups = new Map<string, ReadingTotals>();
  const ordered = [...sessions].sort((a, b) => a.start - b.start);
  for (const session of ordered) {
    for (const piece of splitByDay(session)) {
      const key = keyOf(piece.start);
      let totals = groups.get(key);
      if (!totals) groups.set(key, (totals = emptyTotals()));
      addTo(totals, session, piece.end - piece.start);
    }
  }
  return groups;
}

/** Days with reading, oldest first. */
export function readingByDay(sessions: readonly ReadingSession[]): DayTotals[] {
  return [...group(sessions, localDayKey)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, totals]) => ({ day, ...totals }));
}

/** ISO weeks with reading, oldest first. */
export function readingByWeek(sessions: readonly ReadingSession[]): WeekTotals[] {
  return [...group(sessions, isoWeekKey)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, totals]) => ({ week, ...totals }));
}
