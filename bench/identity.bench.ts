/**
 * Identity parsing throughput: identifyUrl over a mixed list of ~100k URLs (paper forms of every
 * family, arXiv to the venues' own numbers, plus the ordinary pages a browser visits), against
 * `new URL()` alone over the same list, which is the floor any parser that reads the URL properly
 * pays.
 */
import { identifyUrl } from '../src/core/identity/identify-url';
import { summarise, type Benchmark, type BenchRow } from './harness';

const URL_COUNT = 100_000;

/** Small deterministic generator (mulberry32), so every run measures the same list. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mixedUrls(count: number): string[] {
  const next = random(42);
  const int = (max: number) => Math.floor(next() * max);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const arxivId = () => `${15 + int(11)}${pad(1 + int(12), 2)}.${pad(1 + int(99999), 5)}`;
  const version = () => (next() < 0.5 ? `v${1 + int(9)}` : '');
  const makers: (() => string)[] = [
    () => `https://arxiv.org/abs/${arxivId()}${version()}`,
    () => `https://arxiv.org/pdf/${arxivId()}${version()}.pdf`,
    () => `https://arxiv.org/html/${arxivId()}${version()}/#S${int(9)}`,
    () => `https://export.arxiv.org/abs/hep-th/${pad(9200 + int(700), 4)}${pad(1 + int(999), 3)}`,
    () => `https://ar5iv.labs.arxiv.org/html/${arxivId()}`,
    () => `https://huggingface.co/papers/${arxivId()}`,
    () => `https://www.alphaxiv.org/overview/${arxivId()}`,
    () => `https://doi.org/10.${1000 + int(9000)}/j.${int(1e6)}.${int(1e4)}`,
    () => `https://dl.acm.org/doi/pdf/10.1145/${int(1e7)}.${int(1e7)}`,
    () => `https://onlinelibrary.wiley.com/doi/full/10.1002/anie.${int(1e9)}`,
    () => `https://openreview.net/forum?id=${int(36 ** 6).toString(36)}Xy9&noteId=abc`,
    () => `https://aclanthology.org/2023.acl-long.${int(900)}.pdf`,
    () =>
      `https://www.biorxiv.org/content/10.1101/2021.0${1 + int(9)}.1${int(9)}.${pad(int(1e6), 6)}v2.full.pdf`,
    () => `https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=${int(1e7)}`,
    () => `https://www.sciencedirect.com/science/article/pii/S0004370220${pad(int(1e6), 6)}`,
    () => `https://pmc.ncbi.nlm.nih.gov/articles/PMC${int(1e7)}/pdf/main.pdf`,
    () =>
      `https://proceedings.neurips.cc/paper/20${10 + int(14)}/file/${int(2 ** 31)
        .toString(16)
        .padStart(8, '0')
        .repeat(4)}-Paper.pdf`,
    () =>
      `https://openaccess.thecvf.com/content/CVPR2021/papers/Author${int(1e4)}_Title_Words_CVPR_2021_paper.pdf`,
    () => `https://proceedings.mlr.press/v${int(250)}/name${int(99)}a/name${int(99)}a.pdf`,
    () => `https://inria.hal.science/hal-${pad(int(1e8), 8)}v${1 + int(3)}/document`,
    () => `https://www.google.com/search?q=paper+${int(1e6)}&hl=en`,
    () => `https://github.com/user${int(1e4)}/repo/blob/main/src/index.ts#L${int(500)}`,
    () => `https://en.wikipedia.org/wiki/Article_${int(1e6)}`,
    () => `https://arxiv.org/list/cs.${['AI', 'CL', 'LG'][int(3)]}/recent?skip=${int(500)}`,
    () =>
      `https://news.example.com/2024/${pad(1 + int(12), 2)}/story-${int(1e6)}.html?utm_source=x`,
    () => `https://cdn.example.org/files/report-${int(1e6)}.pdf`,
    () => `https://mail.example.com/#inbox/${int(1e9).toString(16)}`,
  ];
  return Array.from({ length: count }, () => makers[int(makers.length)]!());
}

let sink = 0;

/** URLs per second for one pass of `fn` over `urls`. */
function passRate(urls: string[], fn: (url: string) => unknown): number {
  const start = performance.now();
  for (const url of urls) if (fn(url)) sink++;
  return urls.length / ((performance.now() - start) / 1000);
}

const benchmark: Benchmark = {
  name: 'identity',
  async run(ctx) {
    const urls = mixedUrls(URL_COUNT);
    const rounds = ctx.quick ? 3 : 9;
    const recognised = urls.filter((url) => identifyUrl(url) !== null).length;
    const parseOnly = (url: string) => new URL(url);
    // Warm the JIT up, then alternate the two so that machine noise hits both alike.
    passRate(urls, parseOnly);
    passRate(urls, identifyUrl);
    const identifyRates: number[] = [];
    const baselineRates: number[] = [];
    for (let i = 0; i < rounds; i++) {
      baselineRates.push(passRate(urls, parseOnly));
      identifyRates.push(passRate(urls, identifyUrl));
    }
    if (sink < 0) console.log(sink); // keeps the work observable to the optimiser
    const identify = summarise(identifyRates);
    const baseline = summarise(baselineRates);
    const row: BenchRow = {
      name: 'identity parsing (identifyUrl)',
      unit: 'URLs/s',
      median: identify.median,
      spread: identify.spread,
      baseline: { name: 'new URL() alone', median: baseline.median },
      target: '>= 200,000 URLs/s',
      note: `${URL_COUNT} mixed URLs, ${recognised} recognised as papers; median of ${rounds} rounds`,
    };
    return [row];
  },
};

export default benchmark;
