/**
 * The reader's view of the library: filters by state, pass, tag and date range, a sort, and the
 * search query. Applying a view to the papers is pure; the page keeps the view in its URL.
 */
import type { Paper, Pass, ReadingState, TimerState } from '../model';
import { PASSES } from '../model';
import { elapsedMs } from '../reading/timer';

export type StateKind = ReadingState['kind'];
export const STATE_KINDS: readonly StateKind[] = [
  'not-started',
  'in-pass',
  'stopped',
  'set-aside',
  'come-back-later',
  'done',
];

export type SortKey = 'lastRead' | 'title' | 'timeSpent' | 'added';
export const SORT_KEYS: readonly SortKey[] = ['lastRead', 'title', 'timeSpent', 'added'];

export interface LibraryView {
  query: string;
  /** Empty means every state. */
  states: StateKind[];
  /** Papers the reader is in, or has spent time in, this pass. */
  pass?: Pass;
  tag?: string;
  /** Last read on or after this day (YYYY-MM-DD), a calendar day in the reader's time zone. */
  from?: string;
  /** Last read on or before this day (YYYY-MM-DD), a calendar day in the reader's time zone. */
  to?: string;
  sort: SortKey;
  /** Newest, longest or Z first when true. */
  descending: boolean;
}

export const DEFAULT_VIEW: LibraryView = {
  query: '',
  states: [],
  sort: 'lastRead',
  descending: true,
};

/** A paper as the list shows it, with its time per pass worked out once. */
export interface LibraryRow {
  paper: Paper;
  msPerPass: Record<Pass, number>;
  totalMs: number;
}

export function libraryRow(paper: Paper, timers: readonly TimerState[], now: number): LibraryRow {
  const msPerPass: Record<Pass, number> = { 1: 0, 2: 0, 3: 0 };
  for (const timer of timers) msPerPass[timer.pass] += elapsedMs(timer, now);
  return { paper, msPerPass, totalMs: msPerPass[1] + msPerPass[2] + msPerPass[3] };
}

/** Local midnight of a calendar day; the day may overflow its month (the 32nd is the next 1st). */
function localMidnight(year: number, monthIndex: number, date: number): Date {
  const midnight = new Date(0);
  // setFullYear, not the constructor, which reads years below 100 as 19xx.
  midnight.setFullYear(year, monthIndex, date);
  midnight.setHours(0, 0, 0, 0);
  return midnight;
}

/** The YYYY-MM-DD day as [year, month index, date]; undefined when it is not a real day. */
function calendarDay(day: string | undefined): [number, number, number] | undefined {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!m) return undefined;
  const [year, monthIndex, date] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const midnight = localMidnight(year, monthIndex, date);
  // "2026-02-31" would roll over into March.
  return midnight.getMonth() === monthIndex && midnight.getDate() === date
    ? [year, monthIndex, date]
    : undefined;
}

/**
 * Epoch ms of the start of a YYYY-MM-DD day in the reader's time zone (the day they picked, not
 * UTC's), or undefined when it is not a date.
 */
export function dayStart(day: string | undefined): number | undefined {
  const parts = calendarDay(day);
  return parts && localMidnight(...parts).getTime();
}

/**
 * Epoch ms of the last moment of a YYYY-MM-DD local day: the next day's start less 1 ms, so a day
 * that daylight saving makes 23 or 25 hours long is still whole.
 */
function dayEnd(day: string | undefined): number | undefined {
  const parts = calendarDay(day);
  if (!parts) return undefined;
  const [year, monthIndex, date] = parts;
  return localMidnight(year, monthIndex, date + 1).getTime() - 1;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const COMPARE: Record<SortKey, (a: LibraryRow, b: LibraryRow) => number> = {
  lastRead: (a, b) => a.paper.lastReadAt - b.paper.lastReadAt,
  title: (a, b) => collator.compare(a.paper.title, b.paper.title),
  timeSpent: (a, b) => a.totalMs - b.totalMs,
  added: (a, b) => a.paper.addedAt - b.paper.addedAt,
};

/** The rows in the view's order. Filtering keeps order, so a page sorts once per sort change. */
export function sortRows(
  rows: readonly LibraryRow[],
  view: Pick<LibraryView, 'sort' | 'descending'>,
): LibraryRow[] {
  const compare = COMPARE[view.sort];
  const direction = view.descending ? -1 : 1;
  // Ties fall back to the paper key, so the order never jumps between renders.
  return [...rows].sort(
    (a, b) =>
      direction * compare(a, b) ||
      (a.paper.key < b.paper.key ? -1 : a.paper.key > b.paper.key ? 1 : 0),
  );
}

/** The rows that pass the view's filters and the search (`matching`; undefined: all), in order. */
export function filterRows(
  rows: readonly LibraryRow[],
  view: LibraryView,
  matching: ReadonlySet<string> | undefined,
): LibraryRow[] {
  const states = new Set(view.states);
  const from = dayStart(view.from);
  const to = dayEnd(view.to);
  const pass = view.pass;
  return rows.filter(({ paper, msPerPass }) => {
    if (matching && !matching.has(paper.key)) return false;
    if (states.size > 0 && !states.has(paper.state.kind)) return false;
    if (
      pass !== undefined &&
      !(msPerPass[pass] > 0 || (paper.state.kind === 'in-pass' && paper.state.pass === pass))
    ) {
      return false;
    }
    if (view.tag !== undefined && !paper.tags.includes(view.tag)) return false;
    if (from !== undefined && paper.lastReadAt < from) return false;
    if (to !== undefined && paper.lastReadAt > to) return false;
    return true;
  });
}

/** The rows the view shows, in its order. */
export function applyView(
  rows: readonly LibraryRow[],
  view: LibraryView,
  matching: ReadonlySet<string> | undefined,
): LibraryRow[] {
  return filterRows(sortRows(rows, view), view, matching);
}

/** Every tag in the library, most used first. */
export function allTags(papers: readonly Paper[]): string[] {
  const counts = new Map<string, number>();
  for (const paper of papers)
    for (const tag of paper.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))
    .map(([tag]) => tag);
}

export function isPass(value: number): value is Pass {
  return (PASSES as readonly number[]).includes(value);
}
