import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDoiInText, normaliseDoi } from './doi';

describe('normaliseDoi', () => {
  it.each([
    ['10.1145/1273445.1273458', '10.1145/1273445.1273458'],
    ['doi:10.1145/1273445.1273458', '10.1145/1273445.1273458'],
    ['DOI: 10.1145/1273445.1273458', '10.1145/1273445.1273458'],
    ['https://doi.org/10.1038/NATURE14539', '10.1038/nature14539'],
    ['http://dx.doi.org/10.1038/nature14539', '10.1038/nature14539'],
    ['doi.org/10.1038/nature14539', '10.1038/nature14539'],
    ['https://doi.org/10.1038/nature14539?utm_source=x#main', '10.1038/nature14539'],
    ['info:doi/10.1038/nature14539', '10.1038/nature14539'],
    ['10.1000%2Fabc', '10.1000/abc'],
    ['https://doi.org/10.1002%252Fanie.201915678', '10.1002/anie.201915678'],
    ['10.1093/nar/gkab1112', '10.1093/nar/gkab1112'],
    ['10.1145/1273445.1273458.', '10.1145/1273445.1273458'],
    ['10.1145/1273445.1273458,', '10.1145/1273445.1273458'],
    ['10.1145/1273445.1273458;', '10.1145/1273445.1273458'],
    ['10.1145/1273445.1273458).', '10.1145/1273445.1273458'],
    ['10.1145/1273445.1273458]', '10.1145/1273445.1273458'],
    ['10.1016/S0140-6736(20)30183-5', '10.1016/s0140-6736(20)30183-5'],
    ['10.1016/S0140-6736(20)30183-5)', '10.1016/s0140-6736(20)30183-5'],
    [
      '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0',
      '10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0',
    ],
    ['  10.48550/arXiv.1706.03762 ', '10.48550/arxiv.1706.03762'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseDoi(raw)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['10.1145', 'no suffix'],
    ['10.1145/', 'empty suffix'],
    ['10.12/abc', 'registrant too short'],
    ['11.1145/abc', 'not a DOI'],
    ['10.1145/abc def', 'whitespace inside'],
    ['10.1145/abc%zz', 'broken escape'],
    ['see 10.1145/abc', 'leading prose'],
  ])('rejects %s (%s)', (raw) => {
    expect(normaliseDoi(raw)).toBeNull();
  });
});

describe('findDoiInText', () => {
  it('finds a DOI in prose and trims the punctuation around it', () => {
    expect(findDoiInText('Published as (https://doi.org/10.1145/3292500.3330701).')).toBe(
      '10.1145/3292500.3330701',
    );
    expect(findDoiInText('DOI: 10.1038/nature14539. Received 2015.')).toBe('10.1038/nature14539');
  });

  it('keeps brackets that belong to the DOI', () => {
    expect(findDoiInText('Lancet, doi:10.1016/S0140-6736(20)30183-5.')).toBe(
      '10.1016/s0140-6736(20)30183-5',
    );
  });

  it('returns null for text without one', () => {
    expect(findDoiInText('Version 10.2 of the tool, see 10.12/ab')).toBeNull();
  });

  it('fuzz: never throws, and normalising is stable', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const found = findDoiInText(`doi:10.1234/${text}`) ?? findDoiInText(text);
        if (found) expect(normaliseDoi(found)).toBe(found);
        const doi = normaliseDoi(`10.1234/${text}`);
        if (doi) expect(normaliseDoi(doi)).toBe(doi);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 3292500 },
    );
  });
});
