/**
 * Everything in the library, read once and kept in step with other pages' writes, with the
 * search index built beside it. The first screen can come from the most recently read papers
 * alone; then every paper; then notes, timers and sessions. The index is filled in slices after
 * the first screen shows, so a large library opens at once and becomes searchable a moment later.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReadingDatabase } from '../adapters/database';
import type { LibraryData } from '../core/export/backup';
import type { Note, Paper, TimerState } from '../core/model';
import { createSearchIndex, type SearchIndex } from '../core/search/search-index';
import type { DatabaseChanges } from '../ui/database-changes';
import { errorMessage } from '../ui/error-message';

/** Milliseconds of indexing before the page gets the main thread back (well under a frame). */
const INDEX_SLICE_MS = 8;

export interface LibraryHandle {
  data: LibraryData | undefined;
  notesByPaper: ReadonlyMap<string, Note[]>;
  timersByPaper: ReadonlyMap<string, TimerState[]>;
  index: SearchIndex;
  /** False while only the most recently read papers are shown: the others follow. */
  allPapers: boolean;
  /** How many papers there are, once known (counted while only the recent ones are shown). */
  total: number | undefined;
  /** False while only the papers are read: notes, timers and sessions follow. */
  complete: boolean;
  /** False while the library is still being indexed: searches may miss papers. */
  indexed: boolean;
  /** Bumped on every change, for memoised views. */
  version: number;
  error: string | undefined;
  reload: () => Promise<void>;
  /** Shows a paper as written here at once, before other pages hear of it. */
  replacePaper: (paper: Paper) => void;
  removePaper: (key: string) => void;
}

function group<T extends { paperKey: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.paperKey);
    if (list) list.push(item);
    else groups.set(item.paperKey, [item]);
  }
  return groups;
}

export interface LibraryOptions {
  /**
   * Papers read for a first screen before all of them, newest first (0: wait for all). Only
   * right when the page lists the most recently read first: then they are the list's head.
   */
  firstScreenPapers?: number;
}

export function useLibrary(
  db: ReadingDatabase | undefined,
  changes: DatabaseChanges,
  { firstScreenPapers = 0 }: LibraryOptions = {},
): LibraryHandle {
  const [data, setData] = useState<LibraryData | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [indexed, setIndexed] = useState(false);
  const [complete, setComplete] = useState(false);
  const [allPapers, setAllPapers] = useState(false);
  const [counted, setCounted] = useState<number | undefined>(undefined);
  const [index, setIndex] = useState<SearchIndex>(createSearchIndex);
  const indexRef = useRef<SearchIndex>(index);
  const dataRef = useRef<LibraryData | undefined>(undefined);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  const publish = useCallback(
    (next: LibraryData) => {
      dataRef.current = next;
      setData(next);
      bump();
    },
    [bump],
  );

  const reload = useCallback(async () => {
    if (!db) return;
    const index = createSearchIndex();
    indexRef.current = index;
    /** Runs index work in slices; false when a newer reload took over. */
    const indexInSlices = async (work: (() => void)[]): Promise<boolean> => {
      let next = 0;
      while (next < work.length) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (indexRef.current !== index) return false;
        const sliceEnd = performance.now() + INDEX_SLICE_MS;
        while (next < work.length && performance.now() < sliceEnd) work[next++]!();
        bump();
      }
      return true;
    };
    try {
      setIndex(index);
      setIndexed(false);
      let papersIndexed = false;
      if (!dataRef.current) {
        const settingsRead = db.getSettings();
        settingsRead.catch(() => undefined);
        let papers: Paper[] | undefined;
        if (firstScreenPapers > 0) {
          // The newest papers are the list's first rows: show them before reading the rest.
          const recent = await db.listRecentPapers(firstScreenPapers);
          const settings = await settingsRead;
          if (indexRef.current !== index) return;
          for (const paper of recent) index.setPaper(paper);
          publish({ papers: recent, notes: [], timers: [], sessions: [], settings });
          if (recent.length < firstScreenPapers) papers = recent;
          else {
            db.countPapers().then(
              (count) => indexRef.current === index && setCounted(count),
              () => undefined,
            );
          }
        }
        // The list needs only the papers: show them and make them searchable while the rest is read.
        papers ??= await db.listPapers();
        const settings = await settingsRead;
        if (indexRef.current !== index) return;
        setAllPapers(true);
        const everything = db.exportAll();
        everything.catch(() => undefined);
        publish({ papers, notes: [], timers: [], sessions: [], settings });
        if (!(await indexInSlices(papers.map((paper) => () => index.setPaper(paper))))) return;
        papersIndexed = true;
        const loaded = await everything;
        setComplete(true);
        publish(loaded);
      } else {
        const loaded = await db.exportAll();
        setAllPapers(true);
        setComplete(true);
        publish(loaded);
      }
      setError(undefined);
      const loaded = dataRef.current!;
      const work = [
        ...(papersIndexed ? [] : loaded.papers.map((paper) => () => index.setPaper(paper))),
        ...loaded.notes.map((note) => () => index.setNote(note)),
      ];
      if (!(await indexInSlices(work))) return;
      setIndexed(true);
      bump();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, [db, publish, bump, firstScreenPapers]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (!db) return undefined;
    let live = true;
    const current = () => dataRef.current;
    const stop = changes((change) => {
      const before = current();
      if (!before) return;
      const refresh = async () => {
        if (change.kind === 'paper') {
          const paper = await db.getPaper(change.key);
          const papers = before.papers.filter((p) => p.key !== change.key);
          if (paper) {
            papers.push(paper);
            indexRef.current.setPaper(paper);
          } else indexRef.current.removePaper(change.key);
          return { ...current()!, papers };
        }
        if (change.kind === 'note') {
          const notes = await db.getNotes(change.paperKey);
          for (const note of notes) indexRef.current.setNote(note);
          return {
            ...current()!,
            notes: [...current()!.notes.filter((n) => n.paperKey !== change.paperKey), ...notes],
          };
        }
        if (change.kind === 'timer') {
          const [timers, sessions] = await Promise.all([
            db.getTimers(change.paperKey),
            db.getSessions(change.paperKey),
          ]);
          const others = <T extends { paperKey: string }>(records: T[]) =>
            records.filter((r) => r.paperKey !== change.paperKey);
          return {
            ...current()!,
            timers: [...others(current()!.timers), ...timers],
            sessions: [...others(current()!.sessions), ...sessions],
          };
        }
        return { ...current()!, settings: await db.getSettings() };
      };
      refresh().then(
        (next) => live && publish(next),
        (failure: unknown) => live && setError(errorMessage(failure)),
      );
    });
    return () => {
      live = false;
      stop();
    };
  }, [db, changes, publish]);

  const replacePaper = useCallback(
    (paper: Paper) => {
      const before = dataRef.current;
      if (!before) return;
      indexRef.current.setPaper(paper);
      publish({ ...before, papers: [...before.papers.filter((p) => p.key !== paper.key), paper] });
    },
    [publish],
  );

  const removePaper = useCallback(
    (key: string) => {
      const before = dataRef.current;
      if (!before) return;
      indexRef.current.removePaper(key);
      publish({
        ...before,
        papers: before.papers.filter((p) => p.key !== key),
        notes: before.notes.filter((n) => n.paperKey !== key),
        timers: before.timers.filter((t) => t.paperKey !== key),
        sessions: before.sessions.filter((s) => s.paperKey !== key),
      });
    },
    [publish],
  );

  const notesByPaper = useMemo(() => group(data?.notes ?? []), [data?.notes]);
  const timersByPaper = useMemo(() => group(data?.timers ?? []), [data?.timers]);

  return {
    data,
    notesByPaper,
    timersByPaper,
    index,
    indexed,
    allPapers,
    total: allPapers ? data?.papers.length : counted,
    complete,
    version,
    error,
    reload,
    replacePaper,
    removePaper,
  };
}
