/**
 * The side panel as a reader meets it: its JavaScript size without pdf.js, and how long after it
 * opens the paper is shown with live controls, against opening a blank extension page in the same
 * browser in the same run.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSession } from '../test/e2e/harness/session';
import { summarise, type Benchmark, type BenchRow } from './harness';
import { gzipBytes, pageJsGzip } from './extension-size';
import { PANEL_READY_MARK } from '../src/panel/PaperGuide';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist/chrome');
const BLANK_PAGE = 'bench-blank.html';

const kb = (bytes: number) => bytes / 1024;

// The page functions below avoid named inner functions: tsx would wrap them in a helper the page lacks.

/** Milliseconds from navigation start to the panel's ready mark (paper shown, controls live). */
const readPanelReady = async (markName: string): Promise<number> => {
  for (;;) {
    const mark = performance.getEntriesByName(markName)[0];
    if (mark) return mark.startTime;
    await new Promise((r) => setTimeout(r, 5));
  }
};

/** Milliseconds from navigation start to the end of the load event. */
const readLoadEnd = async (): Promise<number> => {
  for (;;) {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    if (nav && nav.loadEventEnd > 0) return nav.loadEventEnd;
    await new Promise((r) => setTimeout(r, 5));
  }
};

const benchmark: Benchmark = {
  name: 'panel',
  async run(ctx) {
    execFileSync('npx', ['tsx', 'scripts/build.ts'], { cwd: root, stdio: 'ignore' });
    const panelHtml = resolve(dist, 'panel/sidepanel.html');
    const rows: BenchRow[] = [
      {
        name: 'panel JavaScript (gzip, without pdf.js)',
        unit: 'KB',
        median: kb(pageJsGzip(panelHtml)),
        spread: 0,
        baseline: {
          name: 'library page',
          median: kb(pageJsGzip(resolve(dist, 'library/library.html'))),
        },
        target: '< 40 KB',
      },
      {
        name: 'content script (gzip)',
        unit: 'KB',
        median: kb(gzipBytes(resolve(dist, 'content.js'))),
        spread: 0,
      },
    ];

    // A blank page of our own origin: what any extension page costs to open here.
    writeFileSync(resolve(dist, BLANK_PAGE), '<!doctype html><title>blank</title>');
    const session = await startSession('chromium');
    try {
      const { tabId } = await session.driver.openTab(session.sampleUrl('abstract'));
      const rounds = ctx.quick ? 5 : 20;
      const panel: number[] = [];
      const blank: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const p = await session.openPanelForTab(tabId);
        panel.push(await p.evaluate(readPanelReady, PANEL_READY_MARK));
        await p.close();
        const b = await session.driver.openExtensionPage(BLANK_PAGE);
        blank.push(await b.evaluate(readLoadEnd, undefined));
        await b.close();
      }
      const ready = summarise(panel);
      rows.push({
        name: 'panel ready after opening (headless Chromium)',
        unit: 'ms',
        median: ready.median,
        spread: ready.spread,
        baseline: { name: 'blank extension page loaded', median: summarise(blank).median },
        target: '< 100 ms',
        note: `${rounds} openings of the panel page for the sample paper's tab`,
      });
    } finally {
      await session.close();
    }
    return rows;
  },
};

export default benchmark;
