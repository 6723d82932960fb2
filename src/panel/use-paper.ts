/**
 * The paper a tab shows, as the reader's record: the stored one (brought up to date with what the
 * page says) or, for a paper met for the first time, a draft that is stored on the reader's first
 * action, so merely visiting a page does not fill the library.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ReadingDatabase } from '../adapters/database';
import type { PaperIdentity } from '../core/identity/paper-identity';
import type { Paper } from '../core/model';
import { mergePageIntoPaper, paperFromPage } from '../core/paper-from-page';
import type { DatabaseChanges } from '../ui/database-changes';
import { errorMessage } from '../ui/error-message';
import type { TabPage } from '../core/identity/identify-tab';

type PaperDatabase = Pick<ReadingDatabase, 'findPaper' | 'getPaper' | 'putPaper'>;

export interface PaperHandle {
  /** Undefined while the library is being looked up. */
  paper: Paper | undefined;
  /** False for a paper not in the library yet. */
  stored: boolean;
  /** Applies `change` to the freshest stored copy and saves it; the reader sees it once saved. */
  update: (change: (paper: Paper) => Paper) => Promise<Paper | undefined>;
  /** Stores a draft paper (before its first note, tick or timer); nothing for a stored one. */
  ensureStored: () => Promise<Paper | undefined>;
  /** Shows another stored paper instead: the one a PDF at an unknown address turned out to be. */
  switchTo: (paper: Paper) => void;
  /** The last failure to read or save, for the reader. */
  error?: string;
}

interface State {
  paper: Paper | undefined;
  stored: boolean;
  error?: string;
}

export function usePaper(
  db: PaperDatabase,
  changes: DatabaseChanges,
  page: TabPage,
  identity: PaperIdentity,
): PaperHandle {
  const [state, setState] = useState<State>({ paper: undefined, stored: false });

  // A layout effect: the lookup starts as soon as the tab is known, not a frame later.
  useLayoutEffect(() => {
    let live = true;
    const now = Date.now();
    const draft = paperFromPage(identity, page.metadata, page.title, now);
    const open = async () => {
      const found = await db.findPaper([draft.key, ...draft.aliases]);
      if (!live) return;
      if (!found) {
        setState({ paper: draft, stored: false });
        return;
      }
      const merged = mergePageIntoPaper(found, identity, page.metadata, now);
      setState({ paper: merged, stored: true });
      await db.putPaper(merged);
    };
    open().catch((failure: unknown) => {
      if (live)
        setState((s) => ({
          paper: s.paper ?? draft,
          stored: s.stored,
          error: errorMessage(failure),
        }));
    });
    return () => {
      live = false;
    };
  }, [db, page, identity]);

  const key = state.paper?.key;
  useEffect(() => {
    if (key === undefined) return undefined;
    let live = true;
    const stop = changes((change) => {
      if (change.kind !== 'paper' || change.key !== key) return;
      void db.getPaper(key).then(
        (stored) => {
          if (!live) return;
          // Deleted elsewhere (the library): shown again as not in the library.
          setState(
            stored
              ? { paper: stored, stored: true }
              : {
                  paper: paperFromPage(identity, page.metadata, page.title, Date.now()),
                  stored: false,
                },
          );
        },
        () => undefined,
      );
    });
    return () => {
      live = false;
      stop();
    };
  }, [db, changes, key, page, identity]);

  const shown = state.paper;
  // Changes run one after another, each on the copy the last one stored: two quick ticks both stay.
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const update = useCallback(
    (change: (paper: Paper) => Paper): Promise<Paper | undefined> => {
      if (!shown) return Promise.resolve(undefined);
      const run = async () => {
        try {
          const next = change((await db.getPaper(shown.key)) ?? shown);
          await db.putPaper(next);
          setState({ paper: next, stored: true });
          return next;
        } catch (failure) {
          setState((s) => ({ ...s, error: errorMessage(failure) }));
          return undefined;
        }
      };
      const result = queueRef.current.then(run, run);
      queueRef.current = result;
      return result;
    },
    [db, shown],
  );

  const stored = state.stored;
  const ensureStored = useCallback(
    () => (stored ? Promise.resolve(shown) : update((paper) => paper)),
    [stored, shown, update],
  );

  const switchTo = useCallback((paper: Paper) => setState({ paper, stored: true }), []);

  return { ...state, update, ensureStored, switchTo };
}
