/**
 * Reads a PDF with whichever pdf.js build the environment loaded, into the plain input of the
 * pure extraction (src/core/pdf-structure). The browser and Node share this code; only the
 * loader differs.
 */
import type * as PdfjsModule from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import type {
  PdfDocumentInput,
  PdfOutlineNode,
  PdfPageText,
  PdfTextItem,
} from '../../core/pdf-structure/pdf-structure';
import { PdfAnalysisError } from './pdf-analysis-error';

export interface PdfjsRuntime {
  pdfjs: Pick<typeof PdfjsModule, 'getDocument'>;
  /** Per-environment `getDocument` options (e.g. wasmUrl and a shared worker in the browser). */
  documentOptions: { wasmUrl?: string; worker?: PDFWorker };
}

export interface ReadPdfOptions {
  onProgress?(pagesRead: number, total: number): void;
  signal?: AbortSignal;
  /** Read at most this many pages; the structure notes the cap. */
  maxPages: number;
}

/** pdf.js outline entries nest this deep at most in what we keep. */
const MAX_OUTLINE_DEPTH = 3;

export async function readPdf(
  runtime: PdfjsRuntime,
  data: Uint8Array,
  options: ReadPdfOptions,
): Promise<PdfDocumentInput> {
  const { signal } = options;
  throwIfAborted(signal);
  const task = runtime.pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
    ...runtime.documentOptions,
  });
  const abort = () => void task.destroy();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw translateError(error, signal);
    });
    const total = Math.min(pdf.numPages, options.maxPages);
    const pages: PdfPageText[] = [];
    const unreadablePages: number[] = [];
    for (let number = 1; number <= total; number++) {
      throwIfAborted(signal);
      const page = await readPage(pdf, number, signal);
      // A damaged page is read as empty rather than losing the whole document.
      if (!page) unreadablePages.push(number);
      pages.push(page ?? { page: number, width: 0, height: 0, items: [] });
      options.onProgress?.(number, total);
    }
    if (total > 0 && unreadablePages.length === total) {
      throw new PdfAnalysisError('corrupt', 'no page could be read');
    }
    const [outline, metadata] = await Promise.all([
      readOutline(pdf).catch(() => null),
      readMetadata(pdf).catch(() => undefined),
    ]);
    throwIfAborted(signal);
    return {
      fingerprint: pdf.fingerprints[0] ?? '',
      pageCount: pdf.numPages,
      pages,
      unreadablePages,
      outline,
      metadata,
    };
  } finally {
    signal?.removeEventListener('abort', abort);
    await task.destroy().catch(() => undefined);
  }
}

async function readPage(
  pdf: PDFDocumentProxy,
  number: number,
  signal: AbortSignal | undefined,
): Promise<PdfPageText | null> {
  try {
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      items.push({
        str: item.str,
        transform: item.transform as number[],
        width: item.width,
        height: item.height,
        fontName: item.fontName,
        hasEOL: item.hasEOL,
      });
    }
    page.cleanup();
    return { page: number, width: viewport.width, height: viewport.height, items };
  } catch {
    if (signal?.aborted) throw new PdfAnalysisError('cancelled');
    return null;
  }
}

type RawOutline = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>;

async function readOutline(pdf: PDFDocumentProxy): Promise<PdfOutlineNode[] | null> {
  const raw = await pdf.getOutline();
  if (!raw || raw.length === 0) return null;
  return convertOutline(pdf, raw, 1);
}

async function convertOutline(
  pdf: PDFDocumentProxy,
  entries: RawOutline,
  depth: number,
): Promise<PdfOutlineNode[]> {
  const nodes: PdfOutlineNode[] = [];
  for (const entry of entries) {
    const page = await resolvePage(pdf, entry.dest).catch(() => undefined);
    const children =
      depth < MAX_OUTLINE_DEPTH && entry.items?.length
        ? await convertOutline(pdf, entry.items as RawOutline, depth + 1)
        : [];
    nodes.push({ title: String(entry.title ?? ''), ...(page ? { page } : {}), children });
  }
  return nodes;
}

async function resolvePage(
  pdf: PDFDocumentProxy,
  dest: string | unknown[] | null,
): Promise<number | undefined> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
  const target = explicit?.[0];
  if (typeof target === 'number') return target + 1;
  if (target && typeof target === 'object') {
    return (await pdf.getPageIndex(target as { num: number; gen: number })) + 1;
  }
  return undefined;
}

async function readMetadata(pdf: PDFDocumentProxy): Promise<PdfDocumentInput['metadata']> {
  const { info, metadata } = await pdf.getMetadata();
  const fields = (info ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
  const title = text(fields.Title) ?? text(metadata?.get('dc:title'));
  const author = text(fields.Author);
  return {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
  };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new PdfAnalysisError('cancelled');
}

function translateError(error: unknown, signal: AbortSignal | undefined): PdfAnalysisError {
  if (signal?.aborted) return new PdfAnalysisError('cancelled');
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new PdfAnalysisError('encrypted');
  return new PdfAnalysisError('corrupt', message);
}
