/// <reference types="vite/client" />
/**
 * pdf.js for extension pages: the modern build with its bundled worker. Both are only fetched
 * when this module is imported (dynamically, by the first analysis), so a reader who never
 * analyses a PDF never downloads them.
 */
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfjsRuntime } from './read-pdf';

/** The build copies pdfjs-dist/wasm here (image decoders; the extension CSP allows wasm). */
const WASM_PATH = '/pdfjs/wasm/';

let runtime: PdfjsRuntime | undefined;

/**
 * One worker serves every analysis of the page: starting a worker and parsing its 1 MB script
 * costs more than reading a typical paper.
 */
export function loadBrowserPdfjs(): PdfjsRuntime {
  if (!runtime || runtime.documentOptions.worker?.destroyed) {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    runtime = {
      pdfjs,
      documentOptions: {
        wasmUrl: new URL(WASM_PATH, location.origin).href,
        worker: new pdfjs.PDFWorker(),
      },
    };
  }
  return runtime;
}
