/**
 * Runs the PDF analysis measurement (pdf-page/pdf.browser.ts) in headless Chromium, inside our
 * built extension: the bench-only page is built into dist/chrome at bench time and removed after.
 * Corpus PDFs are served from 127.0.0.1 (with CORS, so the extension needs no host permission).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'vite';
import { startSession } from '../test/e2e/harness/session';
import { wrapPlaywrightPage, type ChromiumDriver } from '../test/e2e/harness/chromium-driver';
import type { PaperTimings } from './pdf-page/pdf.browser';

const root = resolve(import.meta.dirname, '..');
const pageDir = 'bench-pdf';

export interface ChromiumPdfRun {
  papers: { file: string; timings: PaperTimings }[];
  /** Largest JS heap in use seen in the page and in pdf.js's worker (bytes), or NaN if unseen. */
  peakPageHeap: number;
  peakWorkerHeap: number;
}

async function buildBenchPage(): Promise<void> {
  execFileSync('npx', ['tsx', 'scripts/build.ts'], { cwd: root, stdio: 'ignore' });
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'pdf-page'),
    base: './',
    publicDir: false,
    logLevel: 'silent',
    build: {
      outDir: resolve(root, 'dist/chrome', pageDir),
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: { input: resolve(import.meta.dirname, 'pdf-page/pdf-bench.html') },
    },
  });
}

export async function pdfAnalysisInChromium(
  pdfDir: string,
  files: string[],
  iterations: number,
): Promise<ChromiumPdfRun> {
  await buildBenchPage();
  const server = createServer((request, response) => {
    const file = files.find((f) => request.url === `/${encodeURIComponent(f)}`);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'application/pdf',
      'access-control-allow-origin': '*',
    });
    response.end(readFileSync(resolve(pdfDir, file)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const session = await startSession('chromium');
  try {
    const driver = session.driver as ChromiumDriver;
    const { page: playwrightPage } = await driver.openPlaywrightTab(
      `${driver.extensionOrigin}/${pageDir}/pdf-bench.html`,
    );
    const page = wrapPlaywrightPage(playwrightPage);
    const { context } = driver;
    const cdp = await context.newCDPSession(playwrightPage);
    await cdp.send('Performance.enable');
    let peakPageHeap = NaN;
    let peakWorkerHeap = NaN;
    // pdf.js's worker is started by the first analysis: attach to it (non-flat, so our own CDP
    // session can reach it without Playwright's help) and ask its heap usage by message.
    const workerSessions: string[] = [];
    const pending = new Map<number, (usedSize: number) => void>();
    let nextId = 1;
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') workerSessions.push(event.sessionId);
    });
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
      if (reply.id !== undefined) pending.get(reply.id)?.(reply.result?.usedSize ?? NaN);
      if (reply.id !== undefined) pending.delete(reply.id);
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    const workerHeap = (sessionId: string) =>
      new Promise<number>((done) => {
        const id = nextId++;
        pending.set(id, done);
        const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage' });
        cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => done(NaN));
      });
    const sample = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
      if (used !== undefined) peakPageHeap = Math.max(used, peakPageHeap || 0);
      for (const sessionId of workerSessions) {
        const heap = await workerHeap(sessionId);
        if (!Number.isNaN(heap)) peakWorkerHeap = Math.max(heap, peakWorkerHeap || 0);
      }
    };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        await sample().catch(() => undefined);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const papers: ChromiumPdfRun['papers'] = [];
    try {
      for (const file of files) {
        const timings = await page.evaluate(
          ([url, n]) =>
            (
              globalThis as unknown as {
                pdfBench: { measurePaper(url: string, n: number): Promise<PaperTimings> };
              }
            ).pdfBench.measurePaper(url, n),
          [`http://127.0.0.1:${port}/${encodeURIComponent(file)}`, iterations] as const,
        );
        papers.push({ file, timings });
      }
    } finally {
      sampling = false;
      await sampler;
    }
    return { papers, peakPageHeap, peakWorkerHeap };
  } finally {
    await session.close();
    server.close();
    rmSync(resolve(root, 'dist/chrome', pageDir), { recursive: true, force: true });
  }
}
