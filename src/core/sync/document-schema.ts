/**
 * Checks a document read from the server before anything is merged: a truncated, hand-edited or
 * hostile file gives a clear error naming where it went wrong and is never merged. Sizes are capped
 * like a backup file's (BACKUP_LIMITS), so a huge document cannot exhaust memory or storage.
 */
import * as v from 'valibot';
import { BACKUP_LIMITS as LIMITS } from '../export/validate-backup';
import { NOTE_FIELDS, PASSES, type NoteField } from '../model';
import { STOP_REASONS } from '../reading/reading-state';
import {
  PAPER_DOCUMENT_FORMAT,
  PAPER_DOCUMENT_VERSION,
  type PaperDocument,
} from './paper-document';
import { own } from './registers';
import { documentName, MANIFEST_FORMAT, MANIFEST_VERSION, type Manifest } from './manifest';

/** Latest time a JavaScript Date can hold. */
const MAX_TIME = 8.64e15;
const MAX_MACHINES = 1_000;
const MAX_NOTE_TEXTS = 100;

const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_TIME));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const machineId = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'is not a machine id'));
const pass = v.picklist(PASSES);
const limitedRecord = <T extends v.GenericSchema>(
  key: v.GenericSchema<string>,
  item: T,
  max: number,
) => v.pipe(v.record(key, item), v.maxEntries(max));

const version = v.strictObject({ at: time, n: count, by: machineId });
const stamped = <T extends v.GenericSchema>(value: T) => v.strictObject({ value, v: version });
const nullable = <T extends v.GenericSchema>(value: T) => stamped(v.nullable(value));

const readingState = v.variant('kind', [
  v.strictObject({ kind: v.literal('not-started') }),
  v.strictObject({ kind: v.literal('in-pass'), pass }),
  v.strictObject({ kind: v.literal('stopped'), reason: v.picklist(STOP_REASONS) }),
  v.strictObject({ kind: v.literal('set-aside') }),
  v.strictObject({ kind: v.literal('come-back-later') }),
  v.strictObject({ kind: v.literal('done') }),
]);

const author = v.strictObject({
  name: text(LIMITS.authorName),
  original: text(LIMITS.authorName),
});

const links = v.strictObject({
  abstract: v.optional(text(LIMITS.url)),
  pdf: v.optional(text(LIMITS.url)),
  html: v.optional(text(LIMITS.url)),
});

const fields = v.strictObject({
  title: v.optional(stamped(text(LIMITS.title))),
  authors: v.optional(stamped(v.pipe(v.array(author), v.maxLength(LIMITS.authors)))),
  year: v.optional(nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)))),
  venue: v.optional(nullable(text(LIMITS.venue))),
  doi: v.optional(nullable(text(LIMITS.short))),
  arxivId: v.optional(nullable(text(LIMITS.short))),
  arxivCategory: v.optional(nullable(text(LIMITS.short))),
  version: v.optional(nullable(text(LIMITS.short))),
  abstract: v.optional(nullable(text(LIMITS.abstract))),
  links: v.optional(stamped(links)),
  citedBy: v.optional(nullable(text(LIMITS.key))),
  state: v.optional(stamped(readingState)),
  queuePosition: v.optional(nullable(v.pipe(v.number(), v.finite()))),
  deleted: v.optional(stamped(v.boolean())),
});

const noteText = v.strictObject({
  by: machineId,
  n: v.pipe(count, v.minValue(1)),
  at: time,
  text: text(LIMITS.noteText),
});
const noteRegister = v.pipe(
  v.strictObject({
    texts: v.pipe(v.array(noteText), v.maxLength(MAX_NOTE_TEXTS)),
    seen: limitedRecord(machineId, count, MAX_MACHINES),
  }),
  // A register holding a text it claims never to have seen would break the merge.
  v.check(
    (register) => register.texts.every((t) => t.n <= (own(register.seen, t.by) ?? 0)),
    'holds a text its "seen" counters do not cover',
  ),
);

const noteField = v.picklist(PASSES.flatMap((p) => NOTE_FIELDS[p]) as NoteField[]);

const session = v.pipe(
  v.strictObject({ pass, start: time, end: time, settled: v.optional(v.literal(true)) }),
  v.check((s) => s.end >= s.start, 'ends before it starts'),
);

const runningTimer = v.strictObject({ pass, since: time, aliveAt: time });

export const paperDocumentSchema = v.strictObject({
  format: v.literal(PAPER_DOCUMENT_FORMAT),
  version: v.literal(PAPER_DOCUMENT_VERSION),
  key: v.pipe(text(LIMITS.key), v.minLength(1)),
  fields,
  aliases: v.pipe(v.array(text(LIMITS.key)), v.maxLength(LIMITS.aliases)),
  tags: limitedRecord(text(LIMITS.tag), stamped(v.boolean()), LIMITS.tags),
  ticks: limitedRecord(text(LIMITS.short), nullable(time), LIMITS.checklist),
  history: v.pipe(
    v.array(v.strictObject({ state: readingState, at: time })),
    v.maxLength(LIMITS.history),
  ),
  notes: v.record(noteField, noteRegister),
  sessions: v.pipe(v.array(session), v.maxLength(LIMITS.sessions)),
  running: limitedRecord(machineId, nullable(runningTimer), MAX_MACHINES),
  addedAt: time,
  lastReadAt: time,
});

const documentNameSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'is not a document name'));
const contentHash = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'is not a content hash'));

export const manifestSchema = v.strictObject({
  format: v.literal(MANIFEST_FORMAT),
  version: v.literal(MANIFEST_VERSION),
  papers: limitedRecord(documentNameSchema, contentHash, LIMITS.papers),
});

export type DocumentCheck<T> = { ok: true; value: T } | { ok: false; error: string };

/** Where and what, for the first few problems: enough to find the fault in the file. */
function describeIssues(what: string, issues: readonly v.BaseIssue<unknown>[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
  return `${what} is not valid: ${shown.join('; ')}${more}`;
}

function parseDocument<T>(
  schema: v.GenericSchema<unknown, T>,
  what: string,
  body: string,
  currentVersion: number,
): DocumentCheck<T> {
  if (body.length > LIMITS.fileChars) return { ok: false, error: `${what} is too large to read` };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: `${what} is not complete JSON (truncated or damaged)` };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > currentVersion) {
    const error = `${what} was written by a newer version of Three-Pass Reader: update it to sync`;
    return { ok: false, error };
  }
  const result = v.safeParse(schema, json);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, error: describeIssues(what, result.issues) };
}

/** A paper document read from `name` on the server. */
export function parsePaperDocument(body: string, name: string): DocumentCheck<PaperDocument> {
  const what = `The synced paper ${name}`;
  const checked = parseDocument(paperDocumentSchema, what, body, PAPER_DOCUMENT_VERSION);
  // A document copied or renamed to another paper's name would merge into the wrong paper.
  if (checked.ok && documentName(checked.value.key) !== name)
    return { ok: false, error: `${what} holds another paper (${checked.value.key})` };
  return checked as DocumentCheck<PaperDocument>;
}

export const parseManifest = (body: string): DocumentCheck<Manifest> =>
  parseDocument(manifestSchema, 'The sync manifest', body, MANIFEST_VERSION);
