/**
 * The library page: every saved paper, searchable and filterable (the view lives in the URL), a
 * paper's own page, the reading queue, charts of reading over time, exports and import.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DeletedPaper, ReadingDatabase } from '../adapters/database';
import type { Paper } from '../core/model';
import { allTags, filterRows, libraryRow, sortRows } from '../core/search/library-view';
import { nextQueuePosition } from '../core/to-read-paper';
import { encodeLocation } from '../core/search/url-state';
import type { DatabaseChanges } from '../ui/database-changes';
import { errorMessage } from '../ui/error-message';
import { createNoteSaver, type NoteSaverOptions } from '../ui/note-saver';
import { useNow } from '../ui/use-now';
import { Charts } from './Charts';
import { DeletedPapers } from './DeletedPapers';
import { downloadFile } from './download';
import { backupFile, exportFile, type ExportFormat } from './export-files';
import { ImportExport } from './ImportExport';
import { PaperDetail } from './PaperDetail';
import { PaperList } from './PaperList';
import { ReadingQueue } from './ReadingQueue';
import { useLibrary } from './use-library';
import { useLibraryLocation } from './use-library-location';
import { ViewControls } from './ViewControls';

interface Props {
  database: Promise<ReadingDatabase>;
  changes: DatabaseChanges;
  noteSaverOptions?: NoteSaverOptions;
}

export function LibraryApp({ database, changes, noteSaverOptions }: Props) {
  const [db, setDb] = useState<ReadingDatabase | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    database.then(setDb, (failure: unknown) => setError(errorMessage(failure)));
  }, [database]);
  if (error) {
    return (
      <main class="library">
        <h1 class="brand">Library</h1>
        <p class="error" role="alert">
          The library could not be opened: {error}
        </p>
      </main>
    );
  }
  if (!db) {
    return (
      <main class="library">
        <h1 class="brand">Library</h1>
        <p class="muted">Opening the library…</p>
      </main>
    );
  }
  return <LibraryPage db={db} changes={changes} noteSaverOptions={noteSaverOptions} />;
}

interface PageProps {
  db: ReadingDatabase;
  changes: DatabaseChanges;
  noteSaverOptions: NoteSaverOptions | undefined;
}

/** Rows read for the first screen before the whole library: a screenful and some. */
const FIRST_SCREEN_PAPERS = 50;

function LibraryPage({ db, changes, noteSaverOptions }: PageProps) {
  const [location, navigate] = useLibraryLocation();
  // The newest papers are the head of the list only when it opens sorted by last read, newest
  // first (filters and a search keep that head in order); any other view waits for every paper.
  const [firstScreenPapers] = useState(() =>
    location.view.sort === 'lastRead' && location.view.descending ? FIRST_SCREEN_PAPERS : 0,
  );
  const library = useLibrary(db, changes, { firstScreenPapers });
  const { view } = location;
  const saver = useMemo(() => createNoteSaver(db, noteSaverOptions), [db, noteSaverOptions]);
  // Disposing flushes what is pending: leaving the page keeps every keystroke.
  useEffect(() => () => saver.dispose(), [saver]);
  const now = useNow(true, 60_000);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  /** Deleted in this page: the newest is offered in the Undo bar. */
  const [deleted, setDeleted] = useState<DeletedPaper[]>([]);
  /** Every deleted paper the database keeps, newest first. */
  const [kept, setKept] = useState<DeletedPaper[]>([]);
  const readKept = useCallback(
    () => db.listDeleted().then(setKept, (failure: unknown) => setProblem(errorMessage(failure))),
    [db],
  );
  useEffect(() => void readKept(), [readKept]);
  /** Papers chosen in the list for export: page state, kept across searches and filters. */
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const listRef = useRef<HTMLDivElement | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);

  const { data, index, timersByPaper, notesByPaper, version } = library;
  const rows = useMemo(
    () =>
      (data?.papers ?? []).map((paper) =>
        libraryRow(paper, timersByPaper.get(paper.key) ?? [], now),
      ),
    [data?.papers, timersByPaper, now],
  );
  const sorted = useMemo(() => sortRows(rows, view), [rows, view.sort, view.descending]); // eslint-disable-line react-hooks/exhaustive-deps -- only the sort matters
  // `version` is in the list because the index changes in place as notes are indexed.
  const result = useMemo(() => index.search(view.query), [index, view.query, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const shown = useMemo(() => filterRows(sorted, view, result.keys), [sorted, view, result]);
  const tags = useMemo(() => allTags(data?.papers ?? []), [data?.papers]);
  // Only papers still in the library count: one deleted elsewhere drops out of the choice.
  const chosenInLibrary = useMemo(
    () => new Set((data?.papers ?? []).map((p) => p.key).filter((key) => chosen.has(key))),
    [data?.papers, chosen],
  );
  const toggleChosen = (key: string) =>
    setChosen((keys) => {
      const next = new Set(keys);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const queue = useMemo(
    () =>
      (data?.papers ?? [])
        .filter((p) => p.queuePosition !== undefined)
        .sort((a, b) => a.queuePosition! - b.queuePosition!),
    [data?.papers],
  );

  // "/" jumps to the search box from anywhere but a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || target?.closest('input, textarea, select')) return;
      event.preventDefault();
      searchRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const attempt = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setProblem(undefined);
    } catch (failure) {
      setProblem(errorMessage(failure));
      await library.reload();
    }
  };
  const update = (paper: Paper) => {
    library.replacePaper(paper);
    void attempt(() => db.putPaper(paper));
  };
  const reorder = (ordered: Paper[]) => {
    const changed = ordered
      .map((paper, i) => ({ ...paper, queuePosition: i + 1 }))
      .filter((paper, i) => ordered[i]!.queuePosition !== paper.queuePosition);
    for (const paper of changed) library.replacePaper(paper);
    void attempt(() => Promise.all(changed.map((paper) => db.putPaper(paper))));
  };
  const setQueued = (paper: Paper, queued: boolean) => {
    const next = { ...paper };
    if (queued) next.queuePosition = nextQueuePosition(queue);
    else delete next.queuePosition;
    update(next);
  };
  const remove = (paper: Paper) =>
    void attempt(async () => {
      const removed = await db.deletePaper(paper.key);
      library.removePaper(paper.key);
      // Dropped, not only hidden: a paper brought back with Undo comes back unchosen.
      setChosen((keys) => new Set([...keys].filter((key) => key !== paper.key)));
      setDeleted((list) => [...list, removed]);
      closePaper();
      await readKept();
    });
  const undo = (item: DeletedPaper) =>
    void attempt(async () => {
      try {
        await db.restorePaper(item);
      } finally {
        // Restored here or already restored elsewhere: either way it is no longer to undo.
        setDeleted((list) => list.filter((d) => d.id !== item.id));
        await readKept();
      }
      await library.reload();
      // The Undo button goes with its bar: the list takes the focus, on the paper brought back.
      setReturnTo(item.paper.key);
    });
  // Read fresh after the pending note edits are written, so the file has the last words typed.
  const exportOne = (paper: Paper, format: ExportFormat | 'backup') =>
    void attempt(async () => {
      if (!data) return;
      await saver.flush();
      const [notes, timers, sessions] = await Promise.all([
        db.getNotes(paper.key),
        db.getTimers(paper.key),
        db.getSessions(paper.key),
      ]);
      const fresh = { ...data, papers: [paper], notes, timers, sessions };
      const keys = new Set([paper.key]);
      const file =
        format === 'backup'
          ? backupFile(fresh, Date.now(), keys)
          : exportFile(format, fresh, keys, Date.now());
      downloadFile(file.name, file.content, file.type);
    });

  const open = (key: string) => navigate({ ...location, paper: key });
  const closePaper = () => {
    const next = { ...location };
    delete next.paper;
    navigate(next);
  };
  // Leaving a paper's page (its Back button or the browser's) puts the list back on its row.
  const [seenPaper, setSeenPaper] = useState(location.paper);
  const [returnTo, setReturnTo] = useState<string | undefined>(undefined);
  if (seenPaper !== location.paper) {
    setSeenPaper(location.paper);
    if (seenPaper !== undefined && location.paper === undefined && location.tab === 'papers') {
      setReturnTo(seenPaper);
    }
  }
  const openPaper =
    location.paper === undefined ? undefined : data?.papers.find((p) => p.key === location.paper);
  const lastDeleted = deleted.at(-1);
  // The Delete button went with the paper's page: the focus goes to Undo, the next thing to want.
  const undoRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (lastDeleted) undoRef.current?.focus();
  }, [lastDeleted]);

  return (
    <main
      class="library"
      data-state={
        !data
          ? 'loading'
          : library.complete
            ? 'ready'
            : library.allPapers
              ? 'papers-only'
              : 'recent-papers'
      }
    >
      <header class="library-top">
        <h1 class="brand">Three-Pass Reader: library</h1>
        <nav aria-label="Library sections">
          {(['papers', 'queue', 'charts'] as const).map((tab) => (
            <button
              key={tab}
              type="button"
              aria-current={location.tab === tab && !location.paper ? 'page' : undefined}
              onClick={() => {
                const next = { ...location, tab };
                delete next.paper;
                navigate(next);
              }}
            >
              {tab === 'papers'
                ? `Papers (${library.total ?? data?.papers.length ?? 0})`
                : tab === 'queue'
                  ? `Queue (${queue.length})`
                  : 'Charts'}
            </button>
          ))}
        </nav>
      </header>
      {library.error && (
        <p class="error" role="alert">
          The library could not be read: {library.error}
        </p>
      )}
      {problem && (
        <p class="error" role="alert">
          Not saved: {problem}
        </p>
      )}
      {lastDeleted && (
        <p class="undo-bar" role="status">
          Deleted “{lastDeleted.paper.title || 'Untitled paper'}” with its notes and time.{' '}
          <button type="button" ref={undoRef} onClick={() => undo(lastDeleted)}>
            Undo
          </button>
        </p>
      )}
      {!data ? (
        <p class="muted">Reading the library…</p>
      ) : location.paper !== undefined ? (
        openPaper ? (
          <PaperDetail
            key={openPaper.key}
            db={db}
            changes={changes}
            saver={saver}
            paper={openPaper}
            timers={timersByPaper.get(openPaper.key) ?? []}
            sessions={data.sessions.filter((s) => s.paperKey === openPaper.key)}
            settings={data.settings}
            now={now}
            onUpdate={update}
            onNoteEdited={(field, text) =>
              index.setNote({ paperKey: openPaper.key, field: field as never, text })
            }
            onDelete={() => remove(openPaper)}
            onBack={closePaper}
            onExport={(format) => exportOne(openPaper, format)}
            onQueue={(queued) => setQueued(openPaper, queued)}
          />
        ) : !library.allPapers ? (
          <p class="muted">Reading the library…</p>
        ) : (
          <p>
            This paper is not in the library.{' '}
            <button type="button" class="link-button" onClick={closePaper}>
              Back to the list
            </button>
          </p>
        )
      ) : location.tab === 'queue' ? (
        <ReadingQueue
          queue={queue}
          timersByPaper={timersByPaper}
          settings={data.settings}
          now={now}
          onReorder={reorder}
          onRemove={(paper) => setQueued(paper, false)}
          onOpen={open}
          titleOf={(key) => data.papers.find((p) => p.key === key)?.title}
        />
      ) : location.tab === 'charts' ? (
        library.complete ? (
          <Charts data={data} now={now} queue={queue} timersByPaper={timersByPaper} />
        ) : (
          <p class="muted">Reading your reading history…</p>
        )
      ) : (
        <>
          <ViewControls
            view={view}
            tags={tags}
            onChange={(next) => navigate({ ...location, view: next })}
            onEnterList={() => listRef.current?.focus()}
            searchRef={searchRef}
          />
          <p class="muted result-count" role="status">
            {shown.length} of {library.total ?? data.papers.length} papers
            {!library.allPapers
              ? ' (the most recently read: the others are loading)'
              : !library.indexed && view.query
                ? ' (still indexing: more may match in a moment)'
                : ''}
          </p>
          <PaperList
            rows={shown}
            terms={result.terms}
            notesByPaper={notesByPaper}
            settings={data.settings}
            onOpen={open}
            viewKey={encodeLocation({ view, tab: 'papers' })}
            listRef={listRef}
            returnTo={returnTo}
            onReturned={() => setReturnTo(undefined)}
            chosen={chosenInLibrary}
            onToggleChosen={toggleChosen}
            onClearChosen={() => setChosen(new Set())}
          />
          <DeletedPapers deleted={kept} onRestore={undo} />
          {library.complete ? (
            <ImportExport
              db={db}
              data={data}
              shownKeys={shown.map((row) => row.paper.key)}
              chosenKeys={[...chosenInLibrary]}
              onImported={() => void library.reload()}
            />
          ) : (
            // Exports need every paper with its notes: offered once they are all read.
            <p class="muted">Export and import: once the whole library is read…</p>
          )}
        </>
      )}
    </main>
  );
}
