/**
 * The data the reader owns: what is stored, exported and shown. Pure types, shared by every
 * context. Changing a stored shape means a new step in the database upgrade ladder.
 */

export type Pass = 1 | 2 | 3;
export const PASSES: readonly Pass[] = [1, 2, 3];

/** The method's three reasons to stop after the first pass. */
export type StopReason = 'not-interesting' | 'lacks-background' | 'invalid-assumptions';

/** Where a paper is in the method. */
export type ReadingState =
  | { kind: 'not-started' }
  | { kind: 'in-pass'; pass: Pass }
  | { kind: 'stopped'; reason: StopReason }
  | { kind: 'set-aside' }
  | { kind: 'come-back-later' }
  | { kind: 'done' };

export interface StateChange {
  state: ReadingState;
  /** Epoch milliseconds. */
  at: number;
}

/** An author as shown ("Yann LeCun") and as the source wrote it ("LeCun, Yann"). */
export interface Author {
  name: string;
  original: string;
}

export interface PaperLinks {
  abstract?: string;
  pdf?: string;
  html?: string;
}

export interface Paper {
  /** Primary identity key, e.g. "arxiv:2106.09608" or "doi:10.1145/1273445.1273458". */
  key: string;
  /** Other keys that name the same paper (a DOI of an arXiv paper, a PDF fingerprint, a URL). */
  aliases: string[];
  title: string;
  authors: Author[];
  year?: number;
  venue?: string;
  doi?: string;
  arxivId?: string;
  /**
   * arXiv's primary subject category for the paper, e.g. "cs.LG" or "hep-th", as its abstract page
   * or PDF stamp names it; BibTeX's primaryClass.
   */
  arxivCategory?: string;
  /** Latest version the reader opened, e.g. "v2". */
  version?: string;
  abstract?: string;
  links: PaperLinks;
  tags: string[];
  state: ReadingState;
  history: StateChange[];
  /** Checklist item id to tick time (epoch ms). */
  checklist: Record<string, number>;
  /** Set when the paper is in the reading queue; lower comes first. */
  queuePosition?: number;
  /** Key of the paper whose references led here, for to-read entries. */
  citedBy?: string;
  addedAt: number;
  lastReadAt: number;
}

/** Note fields, by pass. Every pass also has free notes. */
export const NOTE_FIELDS = {
  1: ['category', 'context', 'correctness', 'contributions', 'clarity', 'decision', 'free1'],
  2: ['keyPoints', 'figureAudit', 'termsAndQuestions', 'unreadReferences', 'free2'],
  3: [
    'assumptions',
    'reimplementation',
    'missingCitations',
    'strengthsWeaknesses',
    'futureWork',
    'free3',
  ],
} as const satisfies Record<Pass, readonly string[]>;

export type NoteField = (typeof NOTE_FIELDS)[Pass][number];

export interface Note {
  paperKey: string;
  field: NoteField;
  /** Plain text; Markdown allowed. */
  text: string;
  /** Epoch ms of the edit that produced this text; a write with an older value never wins. */
  updatedAt: number;
}

/** Per paper and pass: time is data, not a running clock. */
export interface TimerState {
  paperKey: string;
  pass: Pass;
  /** Milliseconds of finished stretches. */
  accumulatedMs: number;
  /** Epoch ms when the running stretch began; null when paused. */
  runningSince: number | null;
  /** Epoch ms of the last moment the extension saw this timer alive (heartbeat). */
  lastSeenAlive: number | null;
  /** Set once the budget signal was given, so it is given once. */
  budgetSignalled: boolean;
}

/** One stretch of reading, kept so time can be counted by day and week. */
export interface ReadingSession {
  id?: number;
  paperKey: string;
  pass: Pass;
  start: number;
  end: number;
  /** True when the end was settled after the browser quit with the timer running. */
  settled?: boolean;
}

export type BudgetProfile = 'beginner' | 'experienced' | 'custom';

export interface Settings {
  profile: BudgetProfile;
  /** Budget per pass in minutes (used when profile is custom; otherwise derived). */
  budgetsMinutes: Record<Pass, number>;
  notifyOnBudget: boolean;
}
