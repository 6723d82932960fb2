/** The library, indexed to tell which of a paper's references the reader already has. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReadingDatabase } from '../adapters/database';
import { indexLibrary, type ReferenceIndex } from '../core/reference-match';

export interface LibraryIndexHandle {
  index: ReferenceIndex | undefined;
  /** Reads the library again (after a paper was added). */
  refresh: () => void;
}

/** Loaded only when `wanted` (the paper has references): most papers' panels never read the list. */
export function useLibraryIndex(
  db: Pick<ReadingDatabase, 'listPapers'>,
  wanted: boolean,
): LibraryIndexHandle {
  const [index, setIndex] = useState<ReferenceIndex>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    db.listPapers().then(
      (papers) => live && setIndex(indexLibrary(papers)),
      // Without the library the references are simply not marked.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, wanted, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { index, refresh };
}
