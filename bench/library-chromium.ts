/**
 * Runs the library's IndexedDB measurement (library-idb-measure.ts) in headless Chromium with a
 * fresh on-disk profile: the page is bundled with Vite and served on localhost.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { LibraryIdbSamples } from './library-idb-measure';

export const CHROMIUM = '/usr/bin/chromium';

export async function libraryIdbInChromium(
  papers: number,
  notes: number,
  rounds: number,
): Promise<LibraryIdbSamples> {
  const work = mkdtempSync(join(tmpdir(), 'library-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      build: {
        outDir: join(work, 'site'),
        target: 'es2022',
        minify: false,
        lib: {
          entry: resolve(import.meta.dirname, 'library-idb.browser.ts'),
          formats: ['iife'],
          name: 'libraryBench',
          fileName: () => 'bench.js',
        },
      },
    });
    const script = readFileSync(join(work, 'site', 'bench.js'));
    const server = createServer((request, response) => {
      const isScript = request.url === '/bench.js';
      response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html' });
      response.end(isScript ? script : '<!doctype html><script src="bench.js"></script>');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      return await page.evaluate(
        ([p, n, r]) =>
          (
            globalThis as unknown as {
              measureLibraryIdb: (p: number, n: number, r: number) => Promise<LibraryIdbSamples>;
            }
          ).measureLibraryIdb(p, n, r),
        [papers, notes, rounds] as const,
      );
    } finally {
      await context.close();
      server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
