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
  /** Last read on or after this day (YYYY-MM-DD, UTC). */
  from?: string;
  /** Last read on or before this day (YYYY-MM-DD, UTC). */
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

const DAY_MS = 86_400_000;

/** Epoch ms of the start of a YYYY-MM-DD day (UTC), or undefined when it is not a date. */
export function dayStart(day: string | undefined): number | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
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
  const toStart = dayStart(view.to);
  const to = toStart === undefined ? undefined : toStart + DAY_MS - 1;
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
