/**
 * Page-metadata extraction in the browser that runs it: the extractor (src/core/metadata, bundled
 * here as one classic script, as the content script ships it) is injected into a headless
 * Chromium page and timed on a generated ~1 MB paper landing page. Baseline: the time the same
 * browser takes to parse that page (DOMParser.parseFromString), so the ratio says what the
 * extension adds to the cost of the page itself. A second row times a page without scholarly
 * tags, where the extractor falls back to reading the visible header and body text; a third, a page
 * whose tags name no author (as ScienceDirect's), where the authors come from given-name/surname
 * markup in the body, the last resort.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { summarise, type Benchmark, type BenchRow } from './harness';
import { CHROMIUM, CHROMIUM_ARGS } from './headless-chromium';

const TARGET_BYTES = 1_000_000;
const ARGS = [
  ...CHROMIUM_ARGS,
  // A collection between parse and extraction, so the parse's garbage is not billed to extraction.
  '--js-flags=--expose-gc',
];

type PageKind = 'with tags' | 'without tags' | 'tags without authors';

/** A landing page shaped like a real one: tags in the head, navigation, a long body, references. */
function generatedPage(kind: PageKind): string {
  const withTags = kind !== 'without tags';
  const head: string[] = [
    '<meta charset="utf-8">',
    '<title>Sparse Lattice Sieves for Short Vectors | Journal of Invented Results</title>',
  ];
  if (withTags) {
    head.push('<meta name="citation_title" content="Sparse Lattice Sieves for Short Vectors">');
    if (kind === 'with tags') {
      for (let i = 0; i < 12; i++)
        head.push(`<meta name="citation_author" content="Author${i}, Given M.">`);
    }
    head.push(
      '<meta name="citation_publication_date" content="2019/03/14">',
      '<meta name="citation_doi" content="10.5555/jir.2019.0042">',
      '<meta name="citation_journal_title" content="Journal of Invented Results">',
      '<meta name="citation_pdf_url" content="https://journal.example/42.pdf">',
      '<meta property="og:title" content="Sparse Lattice Sieves for Short Vectors">',
      '<link rel="canonical" href="https://journal.example/article/42">',
    );
    for (let i = 0; i < 300; i++) {
      head.push(
        `<meta name="citation_reference" content="citation_title=Cited work ${i}; citation_doi=10.5555/ref.${i}">`,
      );
    }
  }
  const body: string[] = [
    '<nav>' +
      Array.from({ length: 80 }, (_, i) => `<a href="/section/${i}">Section ${i}</a>`).join(' ') +
      '</nav>',
    '<h1>Sparse Lattice Sieves for Short Vectors</h1>',
    kind === 'tags without authors'
      ? `<div class="author-group">${Array.from({ length: 12 }, (_, i) => `<button><span class="given-name">Given${i}</span> <span class="surname">Author${i}</span><sup>a</sup></button>`).join(', ')}</div>`
      : '<p class="authors">Ada Okafor, Jan van der Berg and Roland Smith</p>',
    '<p>Published: 14 March 2019</p>',
  ];
  let size = head.join('').length + body.join('').length;
  for (let i = 0; size < TARGET_BYTES - 60_000; i++) {
    const paragraph = `<div class="section" id="s${i}"><h2>Section ${i}</h2><p>${'Lattice sieving keeps a list of vectors and reduces pairs of them until short ones remain; <em>sparse</em> variants keep fewer. '.repeat(6)}<a href="#ref${i}">[${i}]</a></p></div>`;
    body.push(paragraph);
    size += paragraph.length;
  }
  const references = Array.from(
    { length: 400 },
    (_, i) =>
      `<li id="ref${i}"><span class="surname">Other</span>, <span class="given-name">A.</span> (${1990 + (i % 30)}) Cited work ${i}. doi:10.5555/ref.${i}</li>`,
  );
  body.push(`<h2>References</h2><ol>${references.join('')}</ol>`);
  return `<!doctype html><html lang="en"><head>${head.join('\n')}</head><body>${body.join('\n')}</body></html>`;
}

/** The extractor as one classic script that defines `pageMetadata.extractPageMetadata`. */
async function bundleExtractor(): Promise<string> {
  const root = resolve(import.meta.dirname, '..');
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    root,
    build: {
      write: false,
      target: 'es2022',
      lib: {
        entry: resolve(root, 'src/core/metadata/extract-page-metadata.ts'),
        formats: ['iife'],
        name: 'pageMetadata',
        fileName: () => 'page-metadata.js',
      },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const first = Array.isArray(output) ? output[0]! : output;
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('bundling the extractor produced no code');
  return chunk.code;
}

interface Samples {
  parse: number[];
  extract: number[];
  title: string | undefined;
  authors: number;
}

const benchmark: Benchmark = {
  name: 'page metadata',
  async run(ctx): Promise<BenchRow[]> {
    const name = (kind: string) => `page metadata extraction, 1 MB page ${kind} (Chromium)`;
    if (!existsSync(CHROMIUM)) {
      return [
        {
          name: name('with tags'),
          unit: 'ms',
          median: NaN,
          spread: NaN,
          note: `Chromium not found at ${CHROMIUM}: not measured`,
        },
      ];
    }
    const { chromium } = await import('playwright-core');
    const code = await bundleExtractor();
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html><head></head><body></body></html>');
      await page.addScriptTag({ content: code });
      const iterations = ctx.quick ? 10 : 40;
      const rows: BenchRow[] = [];
      for (const kind of ['with tags', 'without tags', 'tags without authors'] as const) {
        const html = generatedPage(kind);
        const samples = await page.evaluate(
          ({ html, iterations }): Samples => {
            const extractor = (
              window as unknown as {
                pageMetadata: {
                  extractPageMetadata: (
                    d: Document,
                    u: string,
                  ) => { title?: string; authors: unknown[] };
                };
              }
            ).pageMetadata;
            const parser = new DOMParser();
            const parse: number[] = [];
            const extract: number[] = [];
            let title: string | undefined;
            let authors = 0;
            for (let i = 0; i < iterations + 3; i++) {
              (globalThis as { gc?: () => void }).gc?.();
              const t0 = performance.now();
              const doc = parser.parseFromString(html, 'text/html');
              const parsed = performance.now();
              (globalThis as { gc?: () => void }).gc?.();
              const t1 = performance.now();
              const result = extractor.extractPageMetadata(
                doc,
                'https://journal.example/article/42',
              );
              title = result.title;
              authors = result.authors.length;
              const t2 = performance.now();
              if (i >= 3) {
                parse.push(parsed - t0);
                extract.push(t2 - t1);
              }
            }
            return { parse, extract, title, authors };
          },
          { html, iterations },
        );
        const extract = summarise(samples.extract);
        const parse = summarise(samples.parse);
        rows.push({
          name: name(kind === 'without tags' ? 'without tags (visible-text fallback)' : kind),
          unit: 'ms',
          median: extract.median,
          spread: extract.spread,
          baseline: { name: 'DOMParser.parseFromString, same page', median: parse.median },
          target: kind === 'without tags' ? undefined : 'median < 5 ms',
          note: `${(html.length / 1e6).toFixed(2)} MB, ${extract.samples} runs; extracted title "${samples.title ?? ''}", ${samples.authors} authors`,
        });
      }
      return rows;
    } finally {
      await browser.close();
    }
  },
};

export default benchmark;
