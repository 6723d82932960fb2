/**
 * The paper's own structure (headings, figures, references) for its checklists: read from the
 * cache, or from its PDF with pdf.js: by itself as soon as its PDF's site may be read, else on the
 * reader's click. The reader may stop a reading; pdf.js is loaded only when a PDF is actually read.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ReadingDatabase } from '../adapters/database';
import {
  PDF_STRUCTURE_FORMAT_VERSION,
  type PdfStructure,
} from '../core/pdf-structure/pdf-structure';
import { errorMessage } from '../ui/error-message';

export interface AnalyseOptions {
  onProgress?(pagesRead: number, total: number): void;
  signal?: AbortSignal;
}

/** A PDF at an address, or the bytes of a file the reader picked. */
export type PdfInput = { url: string } | { data: ArrayBuffer };

/** Reads a PDF into its structure (the pdf.js adapter's analysePdf, loaded lazily). */
export type AnalysePdf = (source: PdfInput, options: AnalyseOptions) => Promise<PdfStructure>;

export type StructureStatus =
  | { state: 'none' }
  | { state: 'available' }
  | { state: 'reading'; pagesRead: number; total: number }
  | { state: 'ready'; structure: PdfStructure }
  | { state: 'failed'; message: string };

type StructureDatabase = Pick<ReadingDatabase, 'getCached' | 'putCached'>;

export interface StructureHandle {
  status: StructureStatus;
  /** Reads the PDF now (again after a failure). */
  read: () => void;
  /** Reads a PDF file the reader picked, as this paper's PDF. */
  readFile: (data: ArrayBuffer) => void;
  /** Stops a reading in progress; the PDF is then read only when the reader asks again. */
  cancel: () => void;
}

function isCurrent(value: unknown): value is PdfStructure {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as PdfStructure).formatVersion === PDF_STRUCTURE_FORMAT_VERSION
  );
}

export function usePaperStructure(
  db: StructureDatabase,
  paperKey: string,
  pdfUrl: string | undefined,
  analyse: AnalysePdf | undefined,
  /** Read without asking once this is true (the paper is in the library and the site readable). */
  readByItself: boolean,
  /** Told of a structure just read from the PDF (not of one from the cache). */
  onRead: (structure: PdfStructure) => void,
): StructureHandle {
  const [status, setStatus] = useState<StructureStatus>({ state: 'none' });
  const readingRef = useRef<AbortController | null>(null);
  // Once the reader stopped a reading, only their click starts another.
  const [stopped, setStopped] = useState(false);

  const readFrom = useCallback(
    (source: PdfInput) => {
      if (!analyse) return;
      // A new file replaces a reading in progress; a second click on the same offer does nothing.
      if (readingRef.current && 'url' in source) return;
      readingRef.current?.abort();
      const controller = new AbortController();
      readingRef.current = controller;
      setStatus({ state: 'reading', pagesRead: 0, total: 0 });
      analyse(source, {
        signal: controller.signal,
        onProgress: (pagesRead, total) =>
          !controller.signal.aborted && setStatus({ state: 'reading', pagesRead, total }),
      })
        .then(async (structure) => {
          if (controller.signal.aborted) return;
          setStatus({ state: 'ready', structure });
          onRead(structure);
          // The cache only spares a second reading; failing to keep it loses nothing.
          await db.putCached('pdfStructures', paperKey, structure).catch(() => undefined);
        })
        .catch((failure: unknown) => {
          if (!controller.signal.aborted)
            setStatus({ state: 'failed', message: errorMessage(failure) });
        })
        .finally(() => {
          if (readingRef.current === controller) readingRef.current = null;
        });
    },
    [db, paperKey, analyse, onRead],
  );
  const read = useCallback(() => pdfUrl && readFrom({ url: pdfUrl }), [pdfUrl, readFrom]);
  const cancel = useCallback(() => {
    const reading = readingRef.current;
    if (!reading) return;
    reading.abort();
    readingRef.current = null;
    setStopped(true);
    setStatus({ state: pdfUrl ? 'available' : 'none' });
  }, [pdfUrl]);
  const readFile = useCallback((data: ArrayBuffer) => readFrom({ data }), [readFrom]);

  useEffect(() => {
    let live = true;
    db.getCached<unknown>('pdfStructures', paperKey).then(
      (cached) => {
        if (!live) return;
        if (isCurrent(cached)) setStatus({ state: 'ready', structure: cached });
        else if (pdfUrl && analyse)
          setStatus((s) => (s.state === 'none' ? { state: 'available' } : s));
      },
      () => live && pdfUrl && analyse && setStatus({ state: 'available' }),
    );
    return () => {
      live = false;
    };
  }, [db, paperKey, pdfUrl, analyse]);

  useEffect(() => {
    if (readByItself && !stopped && status.state === 'available') read();
  }, [readByItself, stopped, status.state, read]);

  useEffect(() => () => readingRef.current?.abort(), []);

  return { status, read, readFile, cancel };
}
