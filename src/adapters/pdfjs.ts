/**
 * The only door to pdf.js. `analysePdf` reads a PDF (bytes or a URL) into a `PdfStructure`:
 * pdf.js is imported lazily on the first call, progress is reported per page, and an
 * AbortSignal cancels. Failures are `PdfAnalysisError`s with a message fit for the reader.
 */
import { buildPdfStructure } from '../core/pdf-structure/build-pdf-structure';
import type { PdfStructure } from '../core/pdf-structure/pdf-structure';
import { PdfAnalysisError } from './pdfjs/pdf-analysis-error';
import { readPdf, type PdfjsRuntime } from './pdfjs/read-pdf';

export { PdfAnalysisError, type PdfAnalysisErrorKind } from './pdfjs/pdf-analysis-error';
export type { PdfjsRuntime } from './pdfjs/read-pdf';

export type PdfSource = { data: ArrayBuffer | Uint8Array } | { url: string };

export interface AnalysePdfOptions {
  onProgress?(pagesRead: number, total: number): void;
  signal?: AbortSignal;
  /** Pages beyond this are not read (a note says so). Default 150. */
  maxPages?: number;
}

export const DEFAULT_MAX_PAGES = 150;

/** In extension pages: loads the modern build and its worker on first use. */
export async function analysePdf(
  source: PdfSource,
  options: AnalysePdfOptions = {},
): Promise<PdfStructure> {
  const { loadBrowserPdfjs } = await import('./pdfjs/load-browser');
  return analysePdfWith(loadBrowserPdfjs(), source, options);
}

/** The same analysis with a given pdf.js runtime (Node passes the legacy build). */
export async function analysePdfWith(
  runtime: PdfjsRuntime,
  source: PdfSource,
  options: AnalysePdfOptions = {},
): Promise<PdfStructure> {
  const bytes = 'url' in source ? await fetchPdf(source.url, options.signal) : toBytes(source.data);
  if (!looksLikePdf(bytes)) throw new PdfAnalysisError('not-pdf');
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const input = await readPdf(runtime, bytes, {
    maxPages,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return buildPdfStructure(input);
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  // pdf.js transfers the buffer to its worker; copy so the caller's bytes stay usable.
  return data instanceof Uint8Array ? data.slice() : new Uint8Array(data.slice(0));
}

async function fetchPdf(url: string, signal: AbortSignal | undefined): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw new PdfAnalysisError('cancelled');
    throw new PdfAnalysisError('fetch-failed', error instanceof Error ? error.message : undefined);
  }
  if (!response.ok) throw new PdfAnalysisError('fetch-failed', `HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** PDF readers accept the "%PDF-" header anywhere in the first kilobyte. */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
