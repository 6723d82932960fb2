/**
 * The two register kinds a synced paper is made of, each merged by a function that is
 * commutative, associative and idempotent, so machines converge whatever the order of syncs.
 * - A last-writer-wins register (one value and its version): metadata, pass state, queue
 *   position, a tag's presence, a checklist tick, the deletion mark.
 * - A multi-value register for note text: every text written concurrently (on machines that had
 *   not seen each other's edit) is kept, each named by a dot (machine, per-machine counter); the
 *   register's `seen` lists the highest dot of each machine it has seen, so a text that another
 *   machine has already replaced is dropped, while one it never saw is kept.
 */
import { compareVersions, nextVersion, type Version } from './version';

/** A record's own entry: never an inherited one, whatever the key ("constructor", "toString"). */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

export interface Stamped<T> {
  value: T;
  v: Version;
}

/** Orders equal versions by value too, for documents that break the one-value-per-version rule. */
function compareStamped<T>(a: Stamped<T>, b: Stamped<T>): number {
  const byVersion = compareVersions(a.v, b.v);
  if (byVersion !== 0) return byVersion;
  const [x, y] = [JSON.stringify(a.value), JSON.stringify(b.value)];
  return x < y ? -1 : x > y ? 1 : 0;
}

export function mergeStamped<T>(a: Stamped<T>, b: Stamped<T>): Stamped<T> {
  return compareStamped(a, b) >= 0 ? a : b;
}

export function mergeOptionalStamped<T>(
  a: Stamped<T> | undefined,
  b: Stamped<T> | undefined,
): Stamped<T> | undefined {
  return a && b ? mergeStamped(a, b) : (a ?? b);
}

/** A write made now by `machine` over the register it had. */
export function stamp<T>(
  replaced: Stamped<T> | undefined,
  value: T,
  machine: string,
  now: number,
): Stamped<T> {
  return { value, v: nextVersion(replaced?.v, machine, now) };
}

/** Key by key, each key's register merged; keys in sorted order so equal maps serialise alike. */
export function mergeStampedMaps<T>(
  a: Readonly<Record<string, Stamped<T>>>,
  b: Readonly<Record<string, Stamped<T>>>,
): Record<string, Stamped<T>> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return Object.fromEntries(
    keys.map((key) => [key, mergeOptionalStamped(own(a, key), own(b, key))!]),
  );
}

/** One text of a note, as written on one machine. `at` is its version's time, for ordering. */
export interface NoteText {
  by: string;
  n: number;
  at: number;
  text: string;
}

export interface NoteRegister {
  /** Newest first; the first is the note, the others its conflict copies. */
  texts: NoteText[];
  /** Per machine, the highest counter this register has seen. */
  seen: Record<string, number>;
}

/** Newest first; the same on every machine. */
function compareNewestFirst(a: NoteText, b: NoteText): number {
  return (
    compareVersions({ at: b.at, n: b.n, by: b.by }, { at: a.at, n: a.n, by: a.by }) ||
    (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
  );
}

const sameDot = (a: NoteText, b: NoteText) => a.by === b.by && a.n === b.n;

/** Texts of `from` that `other` still holds or has never seen. */
const survivors = (from: NoteRegister, other: NoteRegister) =>
  from.texts.filter(
    (text) => other.texts.some((o) => sameDot(o, text)) || text.n > (own(other.seen, text.by) ?? 0),
  );

export function mergeNoteRegisters(a: NoteRegister, b: NoteRegister): NoteRegister {
  const texts: NoteText[] = [];
  for (const text of [...survivors(a, b), ...survivors(b, a)].sort(compareNewestFirst)) {
    // The same dot twice (both sides held it): keep the first of the sorted pair.
    if (!texts.some((kept) => sameDot(kept, text))) texts.push(text);
  }
  const machines = [...new Set([...Object.keys(a.seen), ...Object.keys(b.seen)])].sort();
  const seen = Object.fromEntries(
    machines.map((m) => [m, Math.max(own(a.seen, m) ?? 0, own(b.seen, m) ?? 0)]),
  );
  return { texts, seen };
}

/**
 * The reader on `machine` wrote `text`: it replaces every text this machine holds (the reader saw
 * them, conflict copies included), and is newer than each of them.
 */
export function writeNote(
  register: NoteRegister | undefined,
  text: string,
  machine: string,
  now: number,
): NoteRegister {
  const n = (own(register?.seen ?? {}, machine) ?? 0) + 1;
  const seen = { ...register?.seen, [machine]: n };
  const latest = register?.texts.reduce((max, t) => Math.max(max, t.at), -Infinity) ?? -Infinity;
  return { texts: [{ by: machine, n, at: Math.max(now, latest + 1), text }], seen };
}

/** The note as shown and the texts kept beside it as conflict copies, newest first. */
export function noteWithConflicts(register: NoteRegister): {
  current: NoteText | undefined;
  conflicts: NoteText[];
} {
  const [current, ...conflicts] = register.texts;
  return { current, conflicts };
}
