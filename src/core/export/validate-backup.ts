/**
 * Checks a backup file before anything is written: its format and version, every record's shape,
 * duplicate ids, records that point at no paper, and size caps. Returns the backup rebuilt from
 * known fields only (unknown fields dropped, control characters stripped) or clear errors.
 */
import type {
  Author,
  BudgetProfile,
  Note,
  NoteField,
  Paper,
  PaperLinks,
  Pass,
  ReadingSession,
  ReadingState,
  Settings,
  StateChange,
  StopReason,
  TimerState,
} from '../model';
import { parseArxivCategory } from '../identity/arxiv';
import { NOTE_FIELDS, PASSES } from '../model';
import { MAX_BUDGET_MINUTES } from '../reading/budgets';
import { STOP_REASONS } from '../reading/reading-state';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup';

export const BACKUP_LIMITS = {
  /** Characters of backup text read at all; a bigger file is refused before parsing. */
  fileChars: 128 * 1024 * 1024,
  papers: 200_000,
  notes: 2_000_000,
  sessions: 5_000_000,
  key: 2_100,
  title: 1_000,
  authors: 500,
  authorName: 300,
  abstract: 20_000,
  venue: 500,
  short: 300,
  url: 2_048,
  aliases: 200,
  tags: 500,
  tag: 200,
  history: 10_000,
  checklist: 5_000,
  noteText: 1_000_000,
  /** Errors listed before the rest are summed up. */
  errorsShown: 20,
} as const;

export type BackupValidation =
  { ok: true; backup: Backup; warnings: string[] } | { ok: false; errors: string[] };

const ALL_NOTE_FIELDS = new Set<string>(PASSES.flatMap((pass) => NOTE_FIELDS[pass]));
const PROFILES: readonly BudgetProfile[] = ['beginner', 'experienced', 'custom'];
/** Latest time a JavaScript Date can hold. */
const MAX_TIME = 8.64e15;
// Line breaks and tabs are kept in multi-line text only.
const CONTROL_ONE_LINE = /\p{Cc}/gu;
const CONTROL_MULTI_LINE = /(?![\n\r\t])\p{Cc}/gu;

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** Problems found so far, with the path of each; stops collecting once there are plenty. */
class Checker {
  readonly errors: string[] = [];
  strippedCharacters = 0;

  fail(path: string, message: string): undefined {
    if (!this.full) this.errors.push(`${path}: ${message}`);
    return undefined;
  }

  get full(): boolean {
    return this.errors.length >= BACKUP_LIMITS.errorsShown;
  }

  /** Checking stops once the list is full: a file this broken needs no complete census. */
  summary(): string[] {
    return this.full
      ? [...this.errors, `Checking stopped after the first ${BACKUP_LIMITS.errorsShown} problems.`]
      : this.errors;
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.fail(path, `expected an object, found ${describe(value)}`);
    }
    return value as Record<string, unknown>;
  }

  array(value: unknown, path: string, max: number): unknown[] | undefined {
    if (!Array.isArray(value)) return this.fail(path, `expected a list, found ${describe(value)}`);
    if (value.length > max) {
      return this.fail(
        path,
        `has ${plural(value.length, 'item')}, more than the ${max.toLocaleString('en')} allowed`,
      );
    }
    return value;
  }

  string(value: unknown, path: string, max: number, multiLine = false): string | undefined {
    if (typeof value !== 'string')
      return this.fail(path, `expected text, found ${describe(value)}`);
    if (value.length > max) {
      return this.fail(
        path,
        `is ${plural(value.length, 'character')} long, more than the ${max.toLocaleString('en')} allowed`,
      );
    }
    const cleaned = value.replace(multiLine ? CONTROL_MULTI_LINE : CONTROL_ONE_LINE, '');
    this.strippedCharacters += value.length - cleaned.length;
    return cleaned;
  }

  optionalString(value: unknown, path: string, max: number, multiLine = false): string | undefined {
    return value === undefined ? undefined : this.string(value, path, max, multiLine);
  }

  nonEmptyString(value: unknown, path: string, max: number): string | undefined {
    const text = this.string(value, path, max);
    if (text !== undefined && text.trim() === '') return this.fail(path, 'is empty');
    return text;
  }

  number(value: unknown, path: string, min: number, max: number): number | undefined {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this.fail(path, `expected a number, found ${describe(value)}`);
    }
    if (value < min || value > max) return this.fail(path, `${value} is outside ${min} to ${max}`);
    return value;
  }

  time(value: unknown, path: string): number | undefined {
    return this.number(value, path, 0, MAX_TIME);
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value !== 'boolean')
      return this.fail(path, `expected true or false, found ${describe(value)}`);
    return value;
  }

  pass(value: unknown, path: string): Pass | undefined {
    if (value === 1 || value === 2 || value === 3) return value;
    return this.fail(path, `expected a pass (1, 2 or 3), found ${describe(value)}`);
  }

  stringList(
    value: unknown,
    path: string,
    maxItems: number,
    maxLength: number,
  ): string[] | undefined {
    const list = this.array(value, path, maxItems);
    if (!list) return undefined;
    const out: string[] = [];
    list.forEach((item, i) => {
      const text = this.string(item, `${path}[${i}]`, maxLength);
      if (text !== undefined) out.push(text);
    });
    return out.length === list.length ? out : undefined;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return value.length > 40 ? 'a long text' : `the text ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function readState(c: Checker, value: unknown, path: string): ReadingState | undefined {
  const raw = c.object(value, path);
  if (!raw) return undefined;
  switch (raw.kind) {
    case 'not-started':
    case 'set-aside':
    case 'come-back-later':
    case 'done':
      return { kind: raw.kind };
    case 'in-pass': {
      const pass = c.pass(raw.pass, `${path}.pass`);
      return pass === undefined ? undefined : { kind: 'in-pass', pass };
    }
    case 'stopped':
      if (STOP_REASONS.includes(raw.reason as StopReason)) {
        return { kind: 'stopped', reason: raw.reason as StopReason };
      }
      return c.fail(
        `${path}.reason`,
        `expected one of ${STOP_REASONS.join(', ')}, found ${describe(raw.reason)}`,
      );
    default:
      return c.fail(`${path}.kind`, `is not a reading state: ${describe(raw.kind)}`);
  }
}

function readAuthor(c: Checker, value: unknown, path: string): Author | undefined {
  const raw = c.object(value, path);
  if (!raw) return undefined;
  const name = c.string(raw.name, `${path}.name`, BACKUP_LIMITS.authorName);
  const original = c.string(raw.original, `${path}.original`, BACKUP_LIMITS.authorName);
  return name === undefined || original === undefined ? undefined : { name, original };
}

function readLinks(c: Checker, value: unknown, path: string): PaperLinks | undefined {
  const raw = c.object(value, path);
  if (!raw) return undefined;
  const links: PaperLinks = {};
  for (const kind of ['abstract', 'pdf', 'html'] as const) {
    if (raw[kind] === undefined) continue;
    const url = c.string(raw[kind], `${path}.${kind}`, BACKUP_LIMITS.url);
    if (url === undefined) return undefined;
    links[kind] = url;
  }
  return links;
}

function readPaper(c: Checker, value: unknown, path: string): Paper | undefined {
  const raw = c.object(value, path);
  if (!raw) return undefined;
  const errorsBefore = c.errors.length;
  const L = BACKUP_LIMITS;
  const key = c.nonEmptyString(raw.key, `${path}.key`, L.key);
  const aliases = c.stringList(raw.aliases, `${path}.aliases`, L.aliases, L.key);
  const title = c.string(raw.title, `${path}.title`, L.title);
  const authorList = c.array(raw.authors, `${path}.authors`, L.authors);
  const authors = authorList?.map((author, i) => readAuthor(c, author, `${path}.authors[${i}]`));
  const year = raw.year === undefined ? undefined : c.number(raw.year, `${path}.year`, -9999, 9999);
  const venue = c.optionalString(raw.venue, `${path}.venue`, L.venue);
  const doi = c.optionalString(raw.doi, `${path}.doi`, L.short);
  const arxivId = c.optionalString(raw.arxivId, `${path}.arxivId`, L.short);
  const arxivCategory = readArxivCategory(c, raw.arxivCategory, `${path}.arxivCategory`);
  const version = c.optionalString(raw.version, `${path}.version`, L.short);
  const abstract = c.optionalString(raw.abstract, `${path}.abstract`, L.abstract, true);
  const links = readLinks(c, raw.links, `${path}.links`);
  const tags = c.stringList(raw.tags, `${path}.tags`, L.tags, L.tag);
  const state = readState(c, raw.state, `${path}.state`);
  const historyList = c.array(raw.history, `${path}.history`, L.history);
  const history = historyList?.map((entry, i): StateChange | undefined => {
    const rawChange = c.object(entry, `${path}.history[${i}]`);
    if (!rawChange) return undefined;
    const changeState = readState(c, rawChange.state, `${path}.history[${i}].state`);
    const at = c.time(rawChange.at, `${path}.history[${i}].at`);
    return changeState && at !== undefined ? { state: changeState, at } : undefined;
  });
  const checklist = readChecklist(c, raw.checklist, `${path}.checklist`);
  const queuePosition =
    raw.queuePosition === undefined
      ? undefined
      : c.number(raw.queuePosition, `${path}.queuePosition`, -MAX_TIME, MAX_TIME);
  const citedBy = c.optionalString(raw.citedBy, `${path}.citedBy`, L.key);
  const addedAt = c.time(raw.addedAt, `${path}.addedAt`);
  const lastReadAt = c.time(raw.lastReadAt, `${path}.lastReadAt`);
  if (c.errors.length > errorsBefore || c.full) return undefined;
  const paper: Paper = {
    key: key!,
    aliases: aliases!,
    title: title!,
    authors: authors as Author[],
    links: links!,
    tags: tags!,
    state: state!,
    history: history as StateChange[],
    checklist: checklist!,
    addedAt: addedAt!,
    lastReadAt: lastReadAt!,
  };
  // Optional fields are set only when present, so a round trip gives back equal records.
  if (year !== undefined) paper.year = year;
  if (venue !== undefined) paper.venue = venue;
  if (doi !== undefined) paper.doi = doi;
  if (arxivId !== undefined) paper.arxivId = arxivId;
  if (arxivCategory !== undefined) paper.arxivCategory = arxivCategory;
  if (version !== undefined) paper.version = version;
  if (abstract !== undefined) paper.abstract = abstract;
  if (queuePosition !== undefined) paper.queuePosition = queuePosition;
  if (citedBy !== undefined) paper.citedBy = citedBy;
  return paper;
}

/** Exports write the category into BibTeX and YAML as it is, so only a real one is let in. */
function readArxivCategory(c: Checker, value: unknown, path: string): string | undefined {
  const text = c.optionalString(value, path, BACKUP_LIMITS.short);
  if (text === undefined) return undefined;
  return (
    parseArxivCategory(text) ??
    c.fail(path, `is not an arXiv category such as cs.LG or hep-th: ${describe(value)}`)
  );
}

function readChecklist(
  c: Checker,
  value: unknown,
  path: string,
): Record<string, number> | undefined {
  const raw = c.object(value, path);
  if (!raw) return undefined;
  const entries = Object.entries(raw);
  if (entries.length > BACKUP_LIMITS.checklist) {
    return c.fail(
      path,
      `has ${plural(entries.length, 'item')}, more than the ${BACKUP_LIMITS.checklist} allowed`,
    );
  }
  const out: [string, number][] = [];
  for (const [id, tickedAt] of entries) {
    const cleanId = c.string(id, `${path} item id`, BACKUP_LIMITS.short);
    const time = c.time(tickedAt, `${path}.${cleanId ?? '?'}`);
    if (cleanId === undefined || time === undefined) return undefined;
    out.push([cleanId, time]);
  }
  // fromEntries defines own properties, so an id like "__proto__" stays plain data.
  return Object.fromEntries(out);
}

function readNote(c: Checker, value: unknown, path: string): Note | undefined {
  const raw = c.object(value, path);
  if (!raw) return undefined;
  const paperKey = c.nonEmptyString(raw.paperKey, `${path}.paperKey`, BACKUP_LIMITS.key);
  const field = ALL_NOTE_FIELDS.has(raw.field as string)
    ? (raw.field as NoteField)
    : c.fail(`${path}.field`, `is not a note field: ${describe(raw.field)}`);
  const text = c.string(raw.text, `${path}.text`, BACKUP_LIMITS.noteText, true);
  const updatedAt = c.time(raw.updatedAt, `${path}.updatedAt`);
  if (
    paperKey === undefined ||
    field === undefined ||
    text === undefined ||
    updatedAt === undefined
  )
    return undefined;
  return { paperKey, field, text, updatedAt };
}

function readTimer(c: Checker, value: unknown, path: string): TimerState | undefined {
  const raw = c.object(value, path);
  if (!raw) return undefined;
  const paperKey = c.nonEmptyString(raw.paperKey, `${path}.paperKey`, BACKUP_LIMITS.key);
  const pass = c.pass(raw.pass, `${path}.pass`);
  const accumulatedMs = c.number(raw.accumulatedMs, `${path}.accumulatedMs`, 0, MAX_TIME);
  const runningSince =
    raw.runningSince === null ? null : c.time(raw.runningSince, `${path}.runningSince`);
  const lastSeenAlive =
    raw.lastSeenAlive === null ? null : c.time(raw.lastSeenAlive, `${path}.lastSeenAlive`);
  const budgetSignalled = c.boolean(raw.budgetSignalled, `${path}.budgetSignalled`);
  if (
    paperKey === undefined ||
    pass === undefined ||
    accumulatedMs === undefined ||
    runningSince === undefined ||
    lastSeenAlive === undefined ||
    budgetSignalled === undefined
  ) {
    return undefined;
  }
  return { paperKey, pass, accumulatedMs, runningSince, lastSeenAlive, budgetSignalled };
}

function readSession(c: Checker, value: unknown, path: string): ReadingSession | undefined {
  const raw = c.object(value, path);
  if (!raw) return undefined;
  const id =
    raw.id === undefined ? undefined : c.number(raw.id, `${path}.id`, 0, Number.MAX_SAFE_INTEGER);
  const paperKey = c.nonEmptyString(raw.paperKey, `${path}.paperKey`, BACKUP_LIMITS.key);
  const pass = c.pass(raw.pass, `${path}.pass`);
  const start = c.time(raw.start, `${path}.start`);
  const end = c.time(raw.end, `${path}.end`);
  const settled = raw.settled === undefined ? undefined : c.boolean(raw.settled, `${path}.settled`);
  if (
    (raw.id !== undefined && id === undefined) ||
    (raw.settled !== undefined && settled === undefined) ||
    paperKey === undefined ||
    pass === undefined ||
    start === undefined ||
    end === undefined
  ) {
    return undefined;
  }
  if (end < start) return c.fail(path, 'ends before it starts');
  const session: ReadingSession = { paperKey, pass, start, end };
  if (id !== undefined) session.id = id;
  if (settled !== undefined) session.settled = settled;
  return session;
}

function readSettings(c: Checker, value: unknown, path: string): Settings | undefined {
  const raw = c.object(value, path);
  if (!raw) return undefined;
  const profile = PROFILES.includes(raw.profile as BudgetProfile)
    ? (raw.profile as BudgetProfile)
    : c.fail(
        `${path}.profile`,
        `expected one of ${PROFILES.join(', ')}, found ${describe(raw.profile)}`,
      );
  const budgets = c.object(raw.budgetsMinutes, `${path}.budgetsMinutes`);
  const minutes = PASSES.map((pass) =>
    budgets
      ? c.number(
          budgets[pass],
          `${path}.budgetsMinutes.${pass}`,
          Number.MIN_VALUE,
          MAX_BUDGET_MINUTES,
        )
      : undefined,
  );
  const notifyOnBudget = c.boolean(raw.notifyOnBudget, `${path}.notifyOnBudget`);
  if (profile === undefined || minutes.some((m) => m === undefined) || notifyOnBudget === undefined)
    return undefined;
  return {
    profile,
    budgetsMinutes: { 1: minutes[0]!, 2: minutes[1]!, 3: minutes[2]! },
    notifyOnBudget,
  };
}

function readList<T>(
  c: Checker,
  value: unknown,
  name: string,
  max: number,
  read: (c: Checker, item: unknown, path: string) => T | undefined,
): T[] | undefined {
  const list = c.array(value, name, max);
  if (!list) return undefined;
  const out: T[] = [];
  for (let i = 0; i < list.length && !c.full; i++) {
    const item = read(c, list[i], `${name}[${i}]`);
    if (item !== undefined) out.push(item);
  }
  return out.length === list.length ? out : undefined;
}

/** Reports each repeated id once, with where it repeats. */
function checkUnique<T>(
  c: Checker,
  items: readonly T[],
  name: string,
  idOf: (item: T) => string,
  describeId: (id: string) => string,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = idOf(item);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else c.fail(`${name}[${i}]`, `${describeId(id)} repeats ${name}[${first}]`);
  });
}

function checkBelongs(
  c: Checker,
  items: readonly { paperKey: string }[],
  name: string,
  paperKeys: ReadonlySet<string>,
): void {
  items.forEach((item, i) => {
    if (!paperKeys.has(item.paperKey))
      c.fail(`${name}[${i}]`, `belongs to paper "${item.paperKey}", which is not in the backup`);
  });
}

export function validateBackup(value: unknown): BackupValidation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      errors: ['This file is not a Three-Pass Reader backup: it holds no backup object.'],
    };
  }
  const raw = value as Record<string, unknown>;
  if (raw.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      errors: [
        `This file is not a Three-Pass Reader backup (its format is ${describe(raw.format)}, expected "${BACKUP_FORMAT}").`,
      ],
    };
  }
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return {
      ok: false,
      errors: [`The backup has no valid format version (found ${describe(raw.version)}).`],
    };
  }
  if (raw.version > BACKUP_VERSION) {
    return {
      ok: false,
      errors: [
        `This backup was made by a newer version of Three-Pass Reader (format version ${raw.version}); this one reads version ${BACKUP_VERSION}. Update the extension, then import it again.`,
      ],
    };
  }
  const c = new Checker();
  const exportedAt = c.string(raw.exportedAt, 'exportedAt', BACKUP_LIMITS.short);
  const papers = readList(c, raw.papers, 'papers', BACKUP_LIMITS.papers, readPaper);
  const notes = readList(c, raw.notes, 'notes', BACKUP_LIMITS.notes, readNote);
  const timers = readList(c, raw.timers, 'timers', BACKUP_LIMITS.notes, readTimer);
  const sessions = readList(c, raw.sessions, 'sessions', BACKUP_LIMITS.sessions, readSession);
  const settings = readSettings(c, raw.settings, 'settings');
  if (papers && notes && timers && sessions) {
    checkUnique(
      c,
      papers,
      'papers',
      (p) => p.key,
      (id) => `paper "${id}"`,
    );
    checkUnique(
      c,
      notes,
      'notes',
      (n) => `${n.paperKey}\u0000${n.field}`,
      (id) => `the ${id.split('\u0000')[1]} note`,
    );
    checkUnique(
      c,
      timers,
      'timers',
      (t) => `${t.paperKey}\u0000${t.pass}`,
      (id) => `the pass ${id.split('\u0000')[1]} timer`,
    );
    checkUnique(
      c,
      sessions.filter((s) => s.id !== undefined),
      'sessions',
      (s) => String(s.id),
      (id) => `session id ${id}`,
    );
    const keys = new Set(papers.map((p) => p.key));
    checkBelongs(c, notes, 'notes', keys);
    checkBelongs(c, timers, 'timers', keys);
    checkBelongs(c, sessions, 'sessions', keys);
  }
  if (
    c.errors.length > 0 ||
    !papers ||
    !notes ||
    !timers ||
    !sessions ||
    !settings ||
    exportedAt === undefined
  ) {
    return { ok: false, errors: c.summary() };
  }
  const warnings =
    c.strippedCharacters > 0
      ? [`Removed ${plural(c.strippedCharacters, 'control character')} from text in the backup.`]
      : [];
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      papers,
      notes,
      timers,
      sessions,
      settings,
    },
    warnings,
  };
}

/** Reads backup text: a file too large is refused unread, broken JSON gets a clear message. */
export function parseBackupText(text: string): BackupValidation {
  if (text.length > BACKUP_LIMITS.fileChars) {
    return { ok: false, errors: [tooLargeMessage(text.length)] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return {
      ok: false,
      errors: [
        text.trim() === ''
          ? 'The file is empty.'
          : `The file is not valid JSON: it may be cut short or not a backup at all${detail}.`,
      ],
    };
  }
  return validateBackup(value);
}

export function tooLargeMessage(size: number): string {
  const mb = (n: number) => `${Math.round(n / (1024 * 1024)).toLocaleString('en')} MB`;
  return `The file is ${mb(size)}, larger than the ${mb(BACKUP_LIMITS.fileChars)} a backup may be. Choose a Three-Pass Reader backup file.`;
}
