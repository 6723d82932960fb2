/**
 * What importing a validated backup into the library would do, worked out before anything is
 * written: papers added, merged with one already here (matched by key or alias) or skipped as
 * already identical, and the records to write in one transaction.
 */
import type { Note, Paper, Pass, ReadingSession, Settings, TimerState } from '../model';
import type { LibraryData } from './backup';
import { mergeNotes, mergePapers, mergeTimers, sessionIdentity } from './merge-records';
import { deepEqual } from './deep-equal';

export interface ImportPlan {
  /** Records to write, all in one transaction. */
  write: {
    papers: Paper[];
    notes: Note[];
    timers: TimerState[];
    sessions: ReadingSession[];
    settings?: Settings;
  };
  /** Keys of papers new to the library. */
  added: string[];
  /** Papers already here that the import changes: the key here and the backup's key. */
  merged: { key: string; incomingKey: string; notesKeptBoth: number }[];
  /** Keys of papers already here exactly as in the backup. */
  skipped: string[];
  /** Settings are imported into an empty library only; otherwise the reader's own stay. */
  settings: 'imported' | 'kept';
}

interface Working {
  paper: Paper;
  notes: Map<string, Note>;
  timers: Map<Pass, TimerState>;
  sessions: ReadingSession[];
}

const groupBy = <T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
};

export function planImport(existing: LibraryData, incoming: LibraryData): ImportPlan {
  const existingByKey = new Map(existing.papers.map((paper) => [paper.key, paper]));
  const existingNotes = groupBy(existing.notes, (n) => n.paperKey);
  const existingTimers = groupBy(existing.timers, (t) => t.paperKey);
  const existingSessions = groupBy(existing.sessions, (s) => s.paperKey);
  const incomingNotes = groupBy(incoming.notes, (n) => n.paperKey);
  const incomingTimers = groupBy(incoming.timers, (t) => t.paperKey);
  const incomingSessions = groupBy(incoming.sessions, (s) => s.paperKey);

  /** Any key or alias to the key of the paper it names here (or newly added). */
  const owner = new Map<string, string>();
  for (const paper of existing.papers) {
    for (const alias of paper.aliases) if (!owner.has(alias)) owner.set(alias, paper.key);
  }
  for (const paper of existing.papers) owner.set(paper.key, paper.key);

  const working = new Map<string, Working>();
  const start = (key: string): Working => {
    let entry = working.get(key);
    if (!entry) {
      entry = {
        paper: existingByKey.get(key)!,
        notes: new Map((existingNotes.get(key) ?? []).map((n) => [n.field, n])),
        timers: new Map((existingTimers.get(key) ?? []).map((t) => [t.pass, t])),
        sessions: [...(existingSessions.get(key) ?? [])],
      };
      working.set(key, entry);
    }
    return entry;
  };

  const added: string[] = [];
  const incomingKeysByTarget = new Map<string, string>();
  const notesKeptBoth = new Map<string, number>();

  for (const paper of incoming.papers) {
    const targetKey = [paper.key, ...paper.aliases]
      .map((k) => owner.get(k))
      .find((k) => k !== undefined);
    const rekey = <T extends { paperKey: string }>(record: T, key: string): T => ({
      ...record,
      paperKey: key,
    });
    if (targetKey === undefined) {
      added.push(paper.key);
      working.set(paper.key, {
        paper,
        notes: new Map((incomingNotes.get(paper.key) ?? []).map((n) => [n.field, n])),
        timers: new Map((incomingTimers.get(paper.key) ?? []).map((t) => [t.pass, t])),
        sessions: incomingSessions.get(paper.key) ?? [],
      });
      for (const key of [paper.key, ...paper.aliases])
        if (!owner.has(key)) owner.set(key, paper.key);
      continue;
    }
    const target = start(targetKey);
    if (!incomingKeysByTarget.has(targetKey)) incomingKeysByTarget.set(targetKey, paper.key);
    target.paper = mergePapers(target.paper, paper);
    for (const key of [paper.key, ...paper.aliases]) if (!owner.has(key)) owner.set(key, targetKey);
    for (const note of incomingNotes.get(paper.key) ?? []) {
      const here = target.notes.get(note.field);
      const theirs = rekey(note, targetKey);
      const merged = here ? mergeNotes(here, theirs) : theirs;
      if (here && merged.text !== here.text && merged.text !== theirs.text) {
        notesKeptBoth.set(targetKey, (notesKeptBoth.get(targetKey) ?? 0) + 1);
      }
      target.notes.set(note.field, merged);
    }
    const known = new Set(target.sessions.map(sessionIdentity));
    for (const session of incomingSessions.get(paper.key) ?? []) {
      const theirs = rekey(session, targetKey);
      if (known.has(sessionIdentity(theirs))) continue;
      known.add(sessionIdentity(theirs));
      target.sessions.push(theirs);
    }
    for (const timer of incomingTimers.get(paper.key) ?? []) {
      const theirs = rekey(timer, targetKey);
      const here = target.timers.get(timer.pass);
      target.timers.set(timer.pass, here ? mergeTimers(here, theirs, target.sessions) : theirs);
    }
  }

  const plan: ImportPlan = {
    write: { papers: [], notes: [], timers: [], sessions: [] },
    added,
    merged: [],
    skipped: [],
    settings: existing.papers.length === 0 ? 'imported' : 'kept',
  };
  if (plan.settings === 'imported') plan.write.settings = incoming.settings;
  const addedKeys = new Set(added);
  for (const [key, entry] of working) {
    if (addedKeys.has(key)) {
      plan.write.papers.push(entry.paper);
      plan.write.notes.push(...entry.notes.values());
      plan.write.timers.push(...entry.timers.values());
      plan.write.sessions.push(...entry.sessions);
      continue;
    }
    const before = {
      paper: existingByKey.get(key)!,
      notes: new Map((existingNotes.get(key) ?? []).map((n) => [n.field, n])),
      timers: new Map((existingTimers.get(key) ?? []).map((t) => [t.pass, t])),
      sessionCount: existingSessions.get(key)?.length ?? 0,
    };
    const changedNotes = [...entry.notes.values()].filter(
      (n) => !deepEqual(n, before.notes.get(n.field)),
    );
    const changedTimers = [...entry.timers.values()].filter(
      (t) => !deepEqual(t, before.timers.get(t.pass)),
    );
    const newSessions = entry.sessions.slice(before.sessionCount);
    const paperChanged = !deepEqual(entry.paper, before.paper);
    if (
      !paperChanged &&
      changedNotes.length === 0 &&
      changedTimers.length === 0 &&
      newSessions.length === 0
    ) {
      plan.skipped.push(key);
      continue;
    }
    plan.merged.push({
      key,
      incomingKey: incomingKeysByTarget.get(key)!,
      notesKeptBoth: notesKeptBoth.get(key) ?? 0,
    });
    if (paperChanged) plan.write.papers.push(entry.paper);
    plan.write.notes.push(...changedNotes);
    plan.write.timers.push(...changedTimers);
    plan.write.sessions.push(...newSessions);
  }
  return plan;
}

/**
 * One line for the reader: "3 papers added, 2 merged (1 note kept in both versions), 5 already
 * here; 14 notes and 9 reading sessions written. Settings kept as they were."
 */
export function describeImport(plan: ImportPlan): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const keptBoth = plan.merged.reduce((sum, m) => sum + m.notesKeptBoth, 0);
  const papers = [
    `${n(plan.added.length, 'paper')} added`,
    `${plan.merged.length} merged${keptBoth > 0 ? ` (${n(keptBoth, 'note')} kept in both versions)` : ''}`,
    `${plan.skipped.length} already here`,
  ];
  const { notes, sessions } = plan.write;
  const records = `${n(notes.length, 'note')} and ${n(sessions.length, 'reading session')} written`;
  return `${papers.join(', ')}; ${records}. Settings ${plan.settings === 'imported' ? 'imported' : 'kept as they were'}.`;
}
