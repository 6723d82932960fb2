/**
 * Saving a note with 1,000 papers (and their notes) stored: `saveNote` (a readwrite transaction
 * that reads the stored note, compares updatedAt and writes) against a raw idb `put` of the same
 * record into the same store, measured alternately in the same run.
 *
 * Two rows: under Node on fake-indexeddb (in memory: our code's overhead over a plain put), and in
 * headless Chromium with a fresh on-disk profile (the browser's real IndexedDB), when
 * /usr/bin/chromium is there.
 */
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { summarise, type Benchmark, type BenchRow } from './harness';
import { measureNoteSaves, PAPERS, type NoteSaveSamples } from './note-save-measure';

const CHROMIUM = '/usr/bin/chromium';
const TARGET = 'under 5 ms median per write';

function row(where: string, samples: NoteSaveSamples, note: string): BenchRow {
  const save = summarise(samples.saveMs);
  const put = summarise(samples.putMs);
  return {
    name: `saveNote with ${PAPERS} papers stored (${where})`,
    unit: 'ms',
    median: save.median,
    spread: save.spread,
    baseline: { name: 'raw idb put', median: put.median },
    target: TARGET,
    note: `${note}; ${save.samples} writes`,
  };
}

/** Bundles the measurement into a page, serves it on localhost and runs it in headless Chromium. */
async function inChromium(iterations: number): Promise<NoteSaveSamples> {
  const work = mkdtempSync(join(tmpdir(), 'note-save-bench-'));
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
          entry: resolve(import.meta.dirname, 'note-save.browser.ts'),
          formats: ['iife'],
          name: 'noteSaveBench',
          fileName: () => 'bench.js',
        },
      },
    });
    const script = readFileSync(join(work, 'site', 'bench.js'));
    const server = createServer((request, response) => {
      const isScript = request.url === '/bench.js';
      response.writeHead(200, {
        'content-type': isScript ? 'text/javascript' : 'text/html',
      });
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
        (n) =>
          (
            globalThis as unknown as {
              measureNoteSaves: (name: string, n: number) => Promise<NoteSaveSamples>;
            }
          ).measureNoteSaves('bench-note-save', n),
        iterations,
      );
    } finally {
      await context.close();
      server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const benchmark: Benchmark = {
  name: 'note-save',
  async run(ctx) {
    const iterations = ctx.quick ? 100 : 1_000;
    const rows = [
      row(
        'Node, fake-indexeddb',
        await measureNoteSaves(`bench-note-save-${Date.now()}`, iterations),
        'in memory under Node: our overhead over a put, not a disk figure',
      ),
    ];
    if (existsSync(CHROMIUM)) {
      rows.push(
        row(
          'headless Chromium',
          await inChromium(ctx.quick ? 100 : 300),
          'real IndexedDB, fresh on-disk profile, default durability; page timer resolution 0.1 ms',
        ),
      );
    }
    return rows;
  },
};

export default benchmark;
