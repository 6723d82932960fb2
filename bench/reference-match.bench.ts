/**
 * Marking a paper's references against the library, as the panel does once a PDF is read: index
 * a library of 10,000 papers, then match 80 references (by arXiv id, DOI or title). Baseline:
 * folding the same texts (library titles and references) for comparison, which any matcher that
 * ignores case and accents pays at least.
 */
import { indexLibrary, matchReference } from '../src/core/reference-match';
import { foldText } from '../src/core/search/text-folding';
import { timeIt, type Benchmark } from './harness';

const WORDS =
  'deep neural learning graph attention sparse robust fast model data network theory'.split(' ');

function title(i: number): string {
  const pick = (k: number) => WORDS[(i * 7 + k * 13 + Math.floor(i / (k + 3))) % WORDS.length];
  return `${pick(1)} ${pick(2)} for ${pick(3)} ${pick(4)} number ${i}`;
}

const library = Array.from({ length: 10_000 }, (_, i) => ({
  key: `url:https://example.org/${i}`,
  aliases: i % 3 === 0 ? [`arxiv:2101.${String(10000 + i)}`] : [],
  title: title(i),
}));

const references = Array.from({ length: 80 }, (_, i) =>
  i % 4 === 0
    ? `A. Author. Something. arXiv:2101.${String(10000 + i * 3)}, 2021.`
    : `[${i}] B. Writer and C. Other. ${i % 2 ? title(i * 97) : `${title(i)} revisited`}. In Proc. Conf., 2020.`,
);

const benchmark: Benchmark = {
  name: 'reference-match',
  async run(ctx) {
    const iterations = ctx.quick ? 5 : 30;
    const matching = await timeIt(
      () => {
        const index = indexLibrary(library);
        return references.filter((ref) => matchReference(ref, index)).length;
      },
      { iterations },
    );
    const folding = await timeIt(
      () => [...library.map((p) => foldText(p.title)), ...references.map(foldText)].length,
      { iterations },
    );
    return [
      {
        name: 'index 10,000 papers + match 80 references',
        unit: 'ms',
        median: matching.median,
        spread: matching.spread,
        baseline: { name: 'folding the same texts only', median: folding.median },
      },
    ];
  },
};

export default benchmark;
