/**
 * The paper as shown, with what its PDF says (title, authors, abstract) where the record lacks it.
 * A paper not in the library yet is not stored for that: merely opening a PDF fills no library.
 * When the reader's first action stores it, what the PDF said is stored with it.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Paper } from '../core/model';
import { mergePdfIntoPaper } from '../core/paper-from-page';
import type { PdfStructure } from '../core/pdf-structure/pdf-structure';

export function usePaperWithPdf(
  paper: Paper,
  stored: boolean,
  pdf: PdfStructure | undefined,
  update: (change: (paper: Paper) => Paper) => Promise<Paper | undefined>,
): Paper {
  const wasStoredRef = useRef(stored);
  useEffect(() => {
    if (stored && !wasStoredRef.current && pdf) void update((p) => mergePdfIntoPaper(p, pdf));
    wasStoredRef.current = stored;
  }, [stored, pdf, update]);
  return useMemo(
    () => (!stored && pdf ? mergePdfIntoPaper(paper, pdf) : paper),
    [paper, stored, pdf],
  );
}
