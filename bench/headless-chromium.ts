/**
 * Headless Chromium for benchmarks that measure in the browser itself: where it is, the flags it
 * runs with, and a page entry bundled with Vite, served on localhost and opened in a fresh on-disk
 * profile (so IndexedDB is the browser's real one).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';

/** Quiet: no sandbox (containers), no GPU, no background traffic or first-run screens. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Bundles `entry` (an absolute path) as one classic script, serves it from a blank page on
 * 127.0.0.1 and calls `measure` with that page open in headless Chromium on a fresh profile.
 * Everything it made (bundle, profile) is removed afterwards.
 */
export async function measureInBundledPage<T>(
  entry: string,
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const work = mkdtempSync(join(tmpdir(), 'chromium-bench-'));
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
          entry,
          formats: ['iife'],
          name: 'benchPage',
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
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      return await measure(page);
    } finally {
      await context.close();
      server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
