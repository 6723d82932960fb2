/**
 * PDF structure analysis over the corpus PDFs: full analysis per paper against pdf.js alone
 * extracting the text of every page of the same paper (interleaved, same run), the pure
 * extraction on its own, and peak memory. Measured twice: in headless Chromium inside the built
 * extension (the target: pdf.js's modern build and its worker, as the panel runs it), and on
 * Node with the legacy build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analysePdfWith, DEFAULT_MAX_PAGES } from '../src/adapters/pdfjs';
import { loadNodePdfjs } from '../src/adapters/pdfjs/load-node';
import { readPdf } from '../src/adapters/pdfjs/read-pdf';
import { readPlainText } from '../src/adapters/pdfjs/plain-text';
import { buildPdfStructure } from '../src/core/pdf-structure/build-pdf-structure';
import { summarise, timeIt, type Benchmark, type BenchRow } from './harness';
import { pdfAnalysisInChromium } from './pdf-chromium';

const NODE_NOTE = 'Node 20, pdf.js legacy build, worker thread (not Chromium)';
const CHROMIUM_NOTE = 'headless Chromium, in an extension page, pdf.js modern build + worker';
const BASELINE_NAME = 'pdf.js text of every page';
const MB = 2 ** 20;

const isTypical = (pageCount: number) => pageCount >= 12 && pageCount <= 20;

async function chromiumRows(pdfDir: string, files: string[], quick: boolean): Promise<BenchRow[]> {
  const run = await pdfAnalysisInChromium(pdfDir, files, quick ? 1 : 3);
  const measured = run.papers.filter((p) => p.timings.pageCount > 0);
  const medians = (papers: typeof measured) => ({
    analysis: papers.map((p) => summarise(p.timings.analysisMs).median),
    baseline: papers.map((p) => summarise(p.timings.plainTextMs).median),
  });
  const row = (name: string, papers: typeof measured, target: string): BenchRow => {
    const { analysis, baseline } = medians(papers);
    return {
      name,
      unit: 'ms',
      ...summarise(analysis),
      baseline: { name: BASELINE_NAME, median: summarise(baseline).median },
      target,
      note: `${papers.length} papers, median per paper; ${CHROMIUM_NOTE}`,
    };
  };
  return [
    row('PDF analysis, all corpus papers (Chromium)', measured, 'within 1.5x of pdf.js alone'),
    row(
      'PDF analysis, 12-20 page papers (Chromium)',
      measured.filter((p) => isTypical(p.timings.pageCount)),
      'median < 1 s, within 1.5x',
    ),
    {
      name: 'PDF analysis peak JS heap (Chromium page + pdf.js worker)',
      unit: 'MB',
      median: (run.peakPageHeap + run.peakWorkerHeap) / MB,
      spread: 0,
      note: `sum of two peaks, each sampled every ~20 ms over the whole run: page ${(run.peakPageHeap / MB).toFixed(1)} MB (CDP JSHeapUsedSize), worker ${(run.peakWorkerHeap / MB).toFixed(1)} MB (CDP Runtime.getHeapUsage)`,
    },
  ];
}

const benchmark: Benchmark = {
  name: 'pdf',
  async run(ctx) {
    const pdfDir = ctx.corpusDir ? resolve(ctx.corpusDir, 'pdf') : undefined;
    if (!pdfDir || !existsSync(pdfDir)) {
      return [
        {
          name: 'PDF analysis (skipped)',
          unit: '',
          median: NaN,
          spread: NaN,
          note: 'no corpus: pass --corpus DIR or put it at ../shared/corpus',
        },
      ];
    }
    const files = readdirSync(pdfDir)
      .filter((f) => f.toLowerCase().endsWith('.pdf'))
      .sort();
    const rows = await chromiumRows(pdfDir, files, ctx.quick);
    const runtime = await loadNodePdfjs();
    const iterations = ctx.quick ? 1 : 3;
    const analysis: number[] = [];
    const baseline: number[] = [];
    const typicalAnalysis: number[] = [];
    const typicalBaseline: number[] = [];
    const extraction: number[] = [];
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampleMemory = () => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    };
    const memoryTimer = setInterval(sampleMemory, 5);
    try {
      for (const file of files) {
        const data = new Uint8Array(readFileSync(resolve(pdfDir, file)));
        const full: number[] = [];
        const plain: number[] = [];
        let pageCount = 0;
        for (let i = 0; i < iterations; i++) {
          let started = performance.now();
          try {
            pageCount = (await analysePdfWith(runtime, { data })).pageCount;
          } catch {
            break; // a PDF the analysis refuses (e.g. damaged) has no comparable timing
          }
          full.push(performance.now() - started);
          started = performance.now();
          await readPlainText(runtime, data);
          plain.push(performance.now() - started);
          sampleMemory();
        }
        if (full.length === 0) continue;
        const fullMedian = summarise(full).median;
        const plainMedian = summarise(plain).median;
        analysis.push(fullMedian);
        baseline.push(plainMedian);
        if (isTypical(pageCount)) {
          typicalAnalysis.push(fullMedian);
          typicalBaseline.push(plainMedian);
        }
        const input = await readPdf(runtime, data, { maxPages: DEFAULT_MAX_PAGES });
        extraction.push(
          (await timeIt(() => buildPdfStructure(input), { iterations: 5, warmup: 1 })).median,
        );
      }
    } finally {
      clearInterval(memoryTimer);
    }
    const row = (name: string, samples: number[], base: number[], target?: string): BenchRow => ({
      name,
      unit: 'ms',
      ...summarise(samples),
      baseline: { name: BASELINE_NAME, median: summarise(base).median },
      ...(target ? { target } : {}),
      note: `${samples.length} papers, median per paper; ${NODE_NOTE}`,
    });
    return [
      ...rows,
      row('PDF analysis, all corpus papers', analysis, baseline, 'within 1.5x of pdf.js alone'),
      row(
        'PDF analysis, 12-20 page papers',
        typicalAnalysis,
        typicalBaseline,
        'within 1.5x (the 1 s target is for Chromium)',
      ),
      {
        name: 'PDF extraction alone (pure, on read text items)',
        unit: 'ms',
        ...summarise(extraction),
        note: `${extraction.length} papers; ${NODE_NOTE}`,
      },
      {
        name: 'PDF analysis peak memory (process RSS)',
        unit: 'MB',
        median: peakRss / MB,
        spread: 0,
        baseline: { name: 'RSS before the run', median: rssBefore / MB },
        note: `sampled every 5 ms over the whole run; ${NODE_NOTE}`,
      },
    ];
  },
};

export default benchmark;
