/**
 * A bench-only extension page (built into dist/chrome by bench/pdf-chromium.ts, never by the product
 * build): the real analyser and pdf.js alone, run on the same bytes with the same shared worker,
 * so bench/pdf.bench.ts can time them side by side in Chromium.
 */
import { analysePdf } from '../../src/adapters/pdfjs';
import { loadBrowserPdfjs } from '../../src/adapters/pdfjs/load-browser';
import { readPlainText } from '../../src/adapters/pdfjs/plain-text';

export interface PaperTimings {
  /** 0 when the analyser refused the PDF (no comparable timing). */
  pageCount: number;
  analysisMs: number[];
  plainTextMs: number[];
}

async function measurePaper(url: string, iterations: number): Promise<PaperTimings> {
  const response = await fetch(url);
  const data = new Uint8Array(await response.arrayBuffer());
  const timings: PaperTimings = { pageCount: 0, analysisMs: [], plainTextMs: [] };
  for (let i = 0; i < iterations; i++) {
    let started = performance.now();
    try {
      timings.pageCount = (await analysePdf({ data })).pageCount;
    } catch {
      return { ...timings, pageCount: 0 };
    }
    timings.analysisMs.push(performance.now() - started);
    started = performance.now();
    await readPlainText(loadBrowserPdfjs(), data);
    timings.plainTextMs.push(performance.now() - started);
  }
  return timings;
}

Object.assign(globalThis, { pdfBench: { measurePaper } });
