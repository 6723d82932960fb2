/**
 * Merging two versions of the same record, for imports: nothing the reader wrote is dropped.
 * Notes: the newer text wins and the other is kept below it under a marked heading. Papers:
 * newer metadata wins field by field; tags, aliases, history and checklist ticks are united.
 */
import type { Note, Paper, ReadingSession, StateChange, TimerState } from '../model';

const unite = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

/** The heading above the text kept from the other version of a note. */
export function keptVersionHeading(updatedAt: number): string {
  return `#### Other version of this note (edited ${new Date(updatedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC), kept when importing`;
}

/** Both versions of a note in one: the newer first, the older below a heading, unless already in it. */
export function mergeNotes(a: Note, b: Note): Note {
  const [newer, older] = a.updatedAt >= b.updatedAt ? [a, b] : [b, a];
  const olderText = older.text.trim();
  if (olderText === '' || newer.text.includes(olderText)) return newer;
  const separator = newer.text.trim() === '' ? '' : `${newer.text.trimEnd()}\n\n`;
  return {
    ...newer,
    text: `${separator}${keptVersionHeading(older.updatedAt)}\n\n${older.text.trim()}\n`,
  };
}

function latestChange(paper: Paper): number {
  return paper.history.reduce((latest, change) => Math.max(latest, change.at), -Infinity);
}

function uniteHistory(a: readonly StateChange[], b: readonly StateChange[]): StateChange[] {
  const byId = new Map<string, StateChange>();
  for (const change of [...a, ...b])
    byId.set(`${change.at}:${JSON.stringify(change.state)}`, change);
  return [...byId.values()].sort((x, y) => x.at - y.at);
}

function uniteChecklist(a: Paper['checklist'], b: Paper['checklist']): Paper['checklist'] {
  const entries = new Map(Object.entries(a));
  for (const [id, at] of Object.entries(b)) entries.set(id, Math.min(at, entries.get(id) ?? at));
  return Object.fromEntries(entries);
}

const OPTIONAL_METADATA = [
  'year',
  'venue',
  'doi',
  'arxivId',
  'arxivCategory',
  'version',
  'abstract',
  'citedBy',
] as const;

/** `existing` keeps its key; the incoming key becomes an alias. */
export function mergePapers(existing: Paper, incoming: Paper): Paper {
  const incomingIsNewer = incoming.lastReadAt > existing.lastReadAt;
  const [newer, older] = incomingIsNewer ? [incoming, existing] : [existing, incoming];
  const merged: Paper = {
    ...older,
    ...newer,
    key: existing.key,
    aliases: unite(existing.aliases, [incoming.key, ...incoming.aliases]).filter(
      (k) => k !== existing.key,
    ),
    title: newer.title.trim() ? newer.title : older.title,
    authors: newer.authors.length > 0 ? newer.authors : older.authors,
    links: { ...older.links, ...newer.links },
    tags: unite(existing.tags, incoming.tags),
    state: latestChange(incoming) > latestChange(existing) ? incoming.state : existing.state,
    history: uniteHistory(existing.history, incoming.history),
    checklist: uniteChecklist(existing.checklist, incoming.checklist),
    addedAt: Math.min(existing.addedAt, incoming.addedAt),
    lastReadAt: Math.max(existing.lastReadAt, incoming.lastReadAt),
  };
  for (const field of OPTIONAL_METADATA) {
    const value = newer[field] ?? older[field];
    if (value === undefined) delete merged[field];
    else (merged as unknown as Record<string, unknown>)[field] = value;
  }
  // The reader's queue order here is theirs; an import only fills it in.
  if (existing.queuePosition !== undefined) merged.queuePosition = existing.queuePosition;
  else if (incoming.queuePosition !== undefined) merged.queuePosition = incoming.queuePosition;
  else delete merged.queuePosition;
  return merged;
}

/** The same stretch of reading, whichever side recorded it. */
export function sessionIdentity(session: ReadingSession): string {
  return `${session.paperKey}\u0000${session.pass}\u0000${session.start}\u0000${session.end}`;
}

/**
 * Time on both sides: at least what either side counted, and at least the sum of the united
 * sessions of the timer's pass (two devices reading the same paper). A timer running here keeps
 * running.
 */
export function mergeTimers(
  existing: TimerState,
  incoming: TimerState,
  unitedSessions: readonly ReadingSession[],
): TimerState {
  const sessionsMs = unitedSessions
    .filter((s) => s.pass === existing.pass)
    .reduce((sum, s) => sum + (s.end - s.start), 0);
  return {
    ...existing,
    accumulatedMs: Math.max(existing.accumulatedMs, incoming.accumulatedMs, sessionsMs),
    budgetSignalled: existing.budgetSignalled || incoming.budgetSignalled,
  };
}
