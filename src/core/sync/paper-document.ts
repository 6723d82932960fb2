/**
 * The remote document of one paper (see README.md): everything the reader did with it, each part
 * a register or a grow-only set whose merge is commutative, associative and idempotent, so the
 * whole document is too. Pure: no I/O, no clock (callers pass `now` and the machine id).
 */
import type { Author, NoteField, Pass, PaperLinks, ReadingState, StateChange } from '../model';
import {
  mergeNoteRegisters,
  mergeOptionalStamped,
  mergeStampedMaps,
  type NoteRegister,
  type Stamped,
} from './registers';
import { compareVersions, type Version } from './version';

export const PAPER_DOCUMENT_FORMAT = 'three-pass-reader/paper';
export const PAPER_DOCUMENT_VERSION = 1;

/** The paper's metadata and reading place, each field its own last-writer-wins register. */
export interface PaperFields {
  title?: Stamped<string>;
  authors?: Stamped<Author[]>;
  year?: Stamped<number | null>;
  venue?: Stamped<string | null>;
  doi?: Stamped<string | null>;
  arxivId?: Stamped<string | null>;
  arxivCategory?: Stamped<string | null>;
  version?: Stamped<string | null>;
  abstract?: Stamped<string | null>;
  links?: Stamped<PaperLinks>;
  citedBy?: Stamped<string | null>;
  state?: Stamped<ReadingState>;
  /** Null when the paper is not in the queue. */
  queuePosition?: Stamped<number | null>;
  /** The tombstone: true once deleted, false again when restored. */
  deleted?: Stamped<boolean>;
}

export const PAPER_FIELD_NAMES = [
  'title',
  'authors',
  'year',
  'venue',
  'doi',
  'arxivId',
  'arxivCategory',
  'version',
  'abstract',
  'links',
  'citedBy',
  'state',
  'queuePosition',
  'deleted',
] as const satisfies readonly (keyof PaperFields)[];

/** One finished stretch of reading: immutable, so sessions from every machine are simply united. */
export interface SyncedSession {
  pass: Pass;
  start: number;
  end: number;
  settled?: boolean;
}

/** A machine's running timer on this paper, written only by that machine. */
export interface RunningTimer {
  pass: Pass;
  since: number;
  /** The last moment that machine saw the timer alive (its heartbeat). */
  aliveAt: number;
}

export interface PaperDocument {
  format: typeof PAPER_DOCUMENT_FORMAT;
  version: typeof PAPER_DOCUMENT_VERSION;
  /** The paper's primary key, e.g. "arxiv:2106.09608". */
  key: string;
  fields: PaperFields;
  /** Grow-only: other keys naming the same paper. Sorted. */
  aliases: string[];
  /** Tag to its presence (false once removed). */
  tags: Record<string, Stamped<boolean>>;
  /** Checklist item id to its tick time, null once unticked. */
  ticks: Record<string, Stamped<number | null>>;
  /** Grow-only: state changes, oldest first. */
  history: StateChange[];
  notes: Partial<Record<NoteField, NoteRegister>>;
  /** Grow-only: finished stretches, oldest first. */
  sessions: SyncedSession[];
  /** Per machine id: its running timer, null when none runs there. */
  running: Record<string, Stamped<RunningTimer | null>>;
  /** Earliest time any machine added the paper. */
  addedAt: number;
  /** Latest time any machine read it. */
  lastReadAt: number;
}

export function emptyPaperDocument(key: string, now: number): PaperDocument {
  return {
    format: PAPER_DOCUMENT_FORMAT,
    version: PAPER_DOCUMENT_VERSION,
    key,
    fields: {},
    aliases: [],
    tags: {},
    ticks: {},
    history: [],
    notes: {},
    sessions: [],
    running: {},
    addedAt: now,
    lastReadAt: now,
  };
}

/** Thrown when asked to merge two different papers' documents: a caller's mistake, never data. */
export class DocumentMismatchError extends Error {}

/** Union of `a` and `b` by identity, sorted by `order`. */
function uniteBy<T>(
  a: readonly T[],
  b: readonly T[],
  identity: (item: T) => string,
  order: (x: T, y: T) => number,
): T[] {
  const byId = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const id = identity(item);
    const kept = byId.get(id);
    // Identical identities with different extras (a `settled` flag): keep one, the same everywhere.
    if (!kept || JSON.stringify(item) > JSON.stringify(kept)) byId.set(id, item);
  }
  return [...byId.values()].sort((x, y) => order(x, y) || (identity(x) < identity(y) ? -1 : 1));
}

const sessionId = (s: SyncedSession) => `${s.pass}:${s.start}:${s.end}`;
const changeId = (c: StateChange) => `${c.at}:${JSON.stringify(c.state)}`;

function mergeFields(a: PaperFields, b: PaperFields): PaperFields {
  const merged: Record<string, Stamped<unknown>> = {};
  for (const name of PAPER_FIELD_NAMES) {
    const field = mergeOptionalStamped<unknown>(a[name], b[name]);
    if (field) merged[name] = field;
  }
  return merged as PaperFields;
}

function mergeNotes(a: PaperDocument['notes'], b: PaperDocument['notes']): PaperDocument['notes'] {
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort() as NoteField[];
  const merged: PaperDocument['notes'] = {};
  for (const field of fields) {
    const [x, y] = [a[field], b[field]];
    merged[field] = x && y ? mergeNoteRegisters(x, y) : (x ?? y)!;
  }
  return merged;
}

/** Both machines' documents of one paper in one; the same whichever is `a`. */
export function mergePaperDocuments(a: PaperDocument, b: PaperDocument): PaperDocument {
  if (a.key !== b.key) throw new DocumentMismatchError(`Cannot merge ${a.key} with ${b.key}`);
  return {
    format: PAPER_DOCUMENT_FORMAT,
    version: PAPER_DOCUMENT_VERSION,
    key: a.key,
    fields: mergeFields(a.fields, b.fields),
    aliases: [...new Set([...a.aliases, ...b.aliases])].sort(),
    tags: mergeStampedMaps(a.tags, b.tags),
    ticks: mergeStampedMaps(a.ticks, b.ticks),
    history: uniteBy(a.history, b.history, changeId, (x, y) => x.at - y.at),
    notes: mergeNotes(a.notes, b.notes),
    sessions: uniteBy(a.sessions, b.sessions, sessionId, (x, y) => x.start - y.start),
    running: mergeStampedMaps(a.running, b.running),
    addedAt: Math.min(a.addedAt, b.addedAt),
    lastReadAt: Math.max(a.lastReadAt, b.lastReadAt),
  };
}

/** Every edit's version in the document but the tombstone's own. */
function* editVersions(doc: PaperDocument): Generator<Version> {
  for (const name of PAPER_FIELD_NAMES) {
    const field = doc.fields[name];
    if (field && name !== 'deleted') yield field.v;
  }
  for (const map of [doc.tags, doc.ticks, doc.running])
    for (const entry of Object.values(map)) yield entry.v;
  for (const register of Object.values(doc.notes))
    for (const text of register.texts) yield { at: text.at, n: text.n, by: text.by };
}

/**
 * Deleted when the tombstone is set and no edit is newer than it: edits made before the deletion
 * (on a machine that had not heard of it yet) do not bring the paper back; an edit made after it
 * does, since the reader was evidently still working on it. Nothing is dropped either way: the
 * document keeps all it held, so the paper can be restored.
 */
export function isDeleted(doc: PaperDocument): boolean {
  const tombstone = doc.fields.deleted;
  if (!tombstone?.value) return false;
  for (const version of editVersions(doc))
    if (compareVersions(version, tombstone.v) > 0) return false;
  return true;
}
