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
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM, measureInBundledPage } from './headless-chromium';
import { summarise, type Benchmark, type BenchRow } from './harness';
import { measureNoteSaves, PAPERS, type NoteSaveSamples } from './note-save-measure';

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

/** The same measurement in a page of headless Chromium (real IndexedDB, on disk). */
function inChromium(iterations: number): Promise<NoteSaveSamples> {
  return measureInBundledPage(resolve(import.meta.dirname, 'note-save.browser.ts'), (page) =>
    page.evaluate(
      (n) =>
        (
          globalThis as unknown as {
            measureNoteSaves: (name: string, n: number) => Promise<NoteSaveSamples>;
          }
        ).measureNoteSaves('bench-note-save', n),
      iterations,
    ),
  );
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
