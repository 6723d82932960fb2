/**
 * pdf.js for Node (Vitest, eval and bench scripts): the legacy build, which needs no DOMMatrix.
 * Its worker runs in a real worker thread, as in the browser, rather than pdf.js's in-process
 * "fake worker": the worker's internal promises then stay inside the worker. pdf.js 5.5 prefetches
 * page dictionaries it may never await (Catalog.getPageDict), so a damaged PDF can leave such a
 * promise rejected with nobody listening; a browser worker logs that, while in-process it became
 * an unhandled rejection of the whole test run. In the thread it is dropped and pdf.js carries on.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { PdfjsRuntime } from './read-pdf';

/** CommonJS run by the worker thread: start pdf.js's worker on the port it is given. */
const WORKER_THREAD_SOURCE = `
const { workerData } = require('node:worker_threads');
// pdf.js's own left-over rejections (see load-node.ts); every answer still goes back by message.
process.on('unhandledRejection', () => {});
import(workerData.pdfWorkerUrl).then(({ WorkerMessageHandler }) =>
  WorkerMessageHandler.initializeFromPort(workerData.port),
);
`;

export async function loadNodePdfjs(): Promise<PdfjsRuntime> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const require = createRequire(import.meta.url);
  const pdfWorkerUrl = pathToFileURL(
    require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ).href;
  const { port1, port2 } = new MessageChannel();
  const thread = new Worker(WORKER_THREAD_SOURCE, {
    eval: true,
    workerData: { pdfWorkerUrl, port: port2 },
    transferList: [port2],
  });
  // Only an open document keeps the process alive: scripts end when their last analysis does.
  thread.unref();
  port1.unref();
  let openDocuments = 0;
  const worker = new pdfjs.PDFWorker({ port: port1 as never, verbosity: 0 });
  return {
    pdfjs: {
      getDocument(params) {
        if (openDocuments++ === 0) port1.ref();
        const task = pdfjs.getDocument(params);
        const destroy = task.destroy.bind(task);
        let released = false;
        task.destroy = async () => {
          try {
            await destroy();
          } finally {
            if (!released && --openDocuments === 0) port1.unref();
            released = true;
          }
        };
        return task;
      },
    },
    documentOptions: { worker },
  };
}
