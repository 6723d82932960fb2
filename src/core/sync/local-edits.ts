/**
 * The reader's edits on this machine, applied to a paper's synced document: each gives the parts
 * it touches a new version newer than what this machine had, so it wins over what it replaces and
 * merges deterministically with edits made elsewhere. `machine` is this machine's id.
 */
import type { NoteField, StateChange } from '../model';
import type { PaperDocument, PaperFields, RunningTimer, SyncedSession } from './paper-document';
import { mergePaperDocuments } from './paper-document';
import { own, stamp, writeNote, type Stamped } from './registers';

export interface Editor {
  machine: string;
  now: number;
}

type FieldValue<K extends keyof PaperFields> = NonNullable<PaperFields[K]>['value'];

export function setField<K extends keyof PaperFields>(
  doc: PaperDocument,
  name: K,
  value: FieldValue<K>,
  { machine, now }: Editor,
): PaperDocument {
  const field = stamp<FieldValue<K>>(doc.fields[name], value, machine, now);
  return {
    ...doc,
    fields: { ...doc.fields, [name]: field },
    lastReadAt: Math.max(doc.lastReadAt, now),
  };
}

/** The map with `key`'s register written over. */
function withEntry<T>(
  map: Readonly<Record<string, Stamped<T>>>,
  key: string,
  value: T,
  e: Editor,
): Record<string, Stamped<T>> {
  return { ...map, [key]: stamp(own(map, key), value, e.machine, e.now) };
}

export const setTag = (doc: PaperDocument, tag: string, present: boolean, e: Editor) => ({
  ...doc,
  tags: withEntry(doc.tags, tag, present, e),
});

/** `tickedAt` null unticks the item. */
export const setTick = (doc: PaperDocument, item: string, tickedAt: number | null, e: Editor) => ({
  ...doc,
  ticks: withEntry(doc.ticks, item, tickedAt, e),
});

export function setNote(
  doc: PaperDocument,
  field: NoteField,
  text: string,
  e: Editor,
): PaperDocument {
  return {
    ...doc,
    notes: { ...doc.notes, [field]: writeNote(doc.notes[field], text, e.machine, e.now) },
    lastReadAt: Math.max(doc.lastReadAt, e.now),
  };
}

export const setRunningTimer = (doc: PaperDocument, timer: RunningTimer | null, e: Editor) => ({
  ...doc,
  running: withEntry(doc.running, e.machine, timer, e),
});

/** Grow-only parts (sessions, state history, aliases) go through the merge, so they stay sorted. */
export function addGrowOnly(
  doc: PaperDocument,
  added: { sessions?: SyncedSession[]; history?: StateChange[]; aliases?: string[] },
): PaperDocument {
  return mergePaperDocuments(doc, {
    ...doc,
    sessions: added.sessions ?? [],
    history: added.history ?? [],
    aliases: added.aliases ?? [],
  });
}

/**
 * This machine's running stretch ended at `end` (now when paused; the last heartbeat after the
 * browser quit): its session and the cleared timer travel together, in one document, so no other
 * machine ever sees the stretch both as running and as a session without the running mark being
 * older, and `passTimeMs` counts that overlap once anyway.
 */
export function settleRunningTimer(doc: PaperDocument, end: number, e: Editor): PaperDocument {
  const timer = own(doc.running, e.machine)?.value;
  if (!timer) return doc;
  const session: SyncedSession = {
    pass: timer.pass,
    start: timer.since,
    end: Math.max(timer.since, end),
  };
  const withSession = session.end > session.start ? addGrowOnly(doc, { sessions: [session] }) : doc;
  return setRunningTimer(withSession, null, e);
}
