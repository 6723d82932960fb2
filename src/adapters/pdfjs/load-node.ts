/**
 * pdf.js for Node (Vitest, eval and bench scripts): the legacy build, which needs no DOMMatrix.
 * Its worker runs in-process ("fake worker"), so no worker URL is set.
 */
import type { PdfjsRuntime } from './read-pdf';

export async function loadNodePdfjs(): Promise<PdfjsRuntime> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return { pdfjs, documentOptions: {} };
}
