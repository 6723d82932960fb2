/**
 * The database module in Chromium's own IndexedDB: the schema 1 -> 2 upgrade that moves every
 * note, timer and session into one record per paper, and the backup round trip. The unit tests
 * run the same code on fake-indexeddb; this is the browser a reader has. Chromium only: the page
 * is driven with playwright-core, which drives no stock Firefox.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureInBundledPage } from '../../bench/headless-chromium';
import type { UpgradeResult } from './pages/database-in-chromium.page';
import { selectedBrowsers } from './harness/session';

const PAGE = resolve(import.meta.dirname, 'pages/database-in-chromium.page.ts');

type PageChecks = {
  upgradeFromVersion1: (papers: number) => Promise<UpgradeResult>;
  roundTrip: (papers: number, notes: number) => Promise<string[]>;
};

describe.runIf(selectedBrowsers().includes('chromium'))('database in Chromium', () => {
  it('upgrades a version 1 database, keeping every note, timer and session and the running timer', async () => {
    const result = await measureInBundledPage(PAGE, (page) =>
      page.evaluate(
        (papers) => (globalThis as unknown as PageChecks).upgradeFromVersion1(papers),
        500,
      ),
    );
    expect(result).toEqual({
      papers: 500,
      notes: 1500,
      timers: 500,
      sessions: 500,
      sampleNotes: ['contributions of paper 3', 'free3 of paper 3', 'keyPoints of paper 3'],
      running: 'arxiv:2601.00000',
      stores: ['deleted', 'papers', 'pdfStructures', 'reading', 'settings'],
    });
  });

  it('gives back every record of an imported library, hostile text included', async () => {
    const unequal = await measureInBundledPage(PAGE, (page) =>
      page.evaluate(() => (globalThis as unknown as PageChecks).roundTrip(400, 2000)),
    );
    expect(unequal).toEqual([]);
  });
});
