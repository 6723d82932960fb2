import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findArxivIdInText, parseArxivCategory, parseArxivId } from './arxiv';

describe('parseArxivId', () => {
  it.each([
    ['arXiv:2106.09608v2', { id: '2106.09608', version: 'v2' }],
    ['2106.09608', { id: '2106.09608' }],
    ['  arxiv : 2106.09608  ', { id: '2106.09608' }],
    ['1706.03762.pdf', { id: '1706.03762' }],
    ['1706.03762v7.PDF', { id: '1706.03762', version: 'v7' }],
    ['1706.03762V7', { id: '1706.03762', version: 'v7' }],
    ['0704.0001', { id: '0704.0001' }],
    ['1412.9999', { id: '1412.9999' }],
    ['1501.00001', { id: '1501.00001' }],
    ['hep-th/9901001', { id: 'hep-th/9901001' }],
    ['HEP-TH/9901001v2', { id: 'hep-th/9901001', version: 'v2' }],
    ['math.GT/0309136v1', { id: 'math/0309136', version: 'v1' }],
    ['cond-mat.str-el/0601001', { id: 'cond-mat/0601001' }],
    ['hep-ph/9108001', { id: 'hep-ph/9108001' }],
    ['quant-ph/0703999', { id: 'quant-ph/0703999' }],
  ])('accepts %s', (text, expected) => {
    expect(parseArxivId(text)).toEqual(expected);
  });

  it.each([
    ['2113.09608', 'month 13'],
    ['2100.09608', 'month 0'],
    ['0703.1234', 'new style before April 2007'],
    ['1412.00001', 'five digits before 2015'],
    ['1501.0001', 'four digits from 2015'],
    ['2106.096', 'three digits'],
    ['2106.096081', 'six digits'],
    ['2106.00000', 'number zero'],
    ['2106.09608v0', 'version 0'],
    ['2106.09608v', 'empty version'],
    ['hep-th/0704001', 'old style after March 2007'],
    ['hep-th/9107001', 'old style before August 1991'],
    ['hep-th/9913001', 'old style month 13'],
    ['hep-th/9901000', 'old style number zero'],
    ['hep-th/990100', 'six digits old style'],
    ['stat/0101001', 'archive that never issued old-style ids'],
    ['foo/9901001', 'unknown archive'],
    ['2106.09608 extra', 'trailing text'],
    ['', 'empty'],
    ['arXiv:', 'prefix only'],
  ])('rejects %s (%s)', (text) => {
    expect(parseArxivId(text)).toBeNull();
  });
});

describe('findArxivIdInText', () => {
  it("reads the stamp on a PDF's first page", () => {
    expect(
      findArxivIdInText('Attention Is All You Need\narXiv:1706.03762v7 [cs.CL] 6 Dec 2017'),
    ).toEqual({ id: '1706.03762', version: 'v7' });
  });

  it('reads old-style identifiers and arxiv.org links', () => {
    expect(findArxivIdInText('see arXiv:hep-th/9711200v3 for details')).toEqual({
      id: 'hep-th/9711200',
      version: 'v3',
    });
    expect(findArxivIdInText('Preprint at https://arxiv.org/abs/2106.09608.')).toEqual({
      id: '2106.09608',
    });
  });

  it('skips invalid candidates and takes the next valid one', () => {
    expect(findArxivIdInText('arXiv:1713.00001 and arXiv:2001.00001')).toEqual({
      id: '2001.00001',
    });
  });

  it('ignores bare numbers and longer digit runs', () => {
    expect(findArxivIdInText('Table 3: 1706.03762 and 2106.09608')).toBeNull();
    expect(findArxivIdInText('arXiv:1706.037621')).toBeNull();
  });

  it('fuzz: never throws and only returns identifiers parseArxivId accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const found = findArxivIdInText(`arXiv:${text}`) ?? findArxivIdInText(text);
        if (found) expect(parseArxivId(found.id)).toEqual({ id: found.id });
        const parsed = parseArxivId(text);
        if (parsed) expect(parseArxivId(parsed.id + (parsed.version ?? ''))).toEqual(parsed);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 1706 },
    );
  });
});

describe('parseArxivCategory', () => {
  it.each([
    'cs.LG',
    'math.AG',
    'hep-th',
    'astro-ph.CO',
    'q-fin.ST',
    'q-bio.NC',
    'stat.ML',
    'eess.SP',
    'econ.EM',
    'cond-mat.mes-hall',
    'physics.acc-ph',
    'quant-ph',
  ])('accepts %s', (category) => {
    expect(parseArxivCategory(` ${category} `)).toBe(category);
  });

  it.each([
    ['', 'empty'],
    ['foo.LG', 'an unknown archive'],
    ['CS.LG', 'an upper-case archive'],
    ['cs.Lg', 'a mixed-case subject class'],
    ['cs.LG.extra', 'two subject classes'],
    ['cs.LG}', 'a brace'],
    ['cs LG', 'a space'],
    ['cs.LG, cs.AI', 'two categories'],
    ['Machine Learning (cs.LG)', 'the subject name around it'],
    [`cs.${'a'.repeat(40)}`, 'overlong'],
  ])('rejects %j (%s)', (text) => {
    expect(parseArxivCategory(text)).toBeNull();
  });
});
