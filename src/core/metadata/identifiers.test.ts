import { describe, expect, it } from 'vitest';
import { arxivDoi, chooseArxivId, chooseDoi } from './identifiers';

describe('chooseDoi', () => {
  it('takes the first valid DOI in trust order and says which source gave it', () => {
    expect(
      chooseDoi([
        { source: 'highwire', value: 'not a doi' },
        { source: 'dublin-core', value: 'https://doi.org/10.5555/A.1' },
        { source: 'json-ld', value: '10.5555/b.2' },
      ]),
    ).toEqual({ value: '10.5555/a.1', source: 'dublin-core' });
  });

  it("keeps arXiv's DataCite DOI only when no journal DOI is offered", () => {
    const arxiv = { source: 'highwire', value: '10.48550/arXiv.2101.00001' } as const;
    expect(chooseDoi([arxiv])?.value).toBe('10.48550/arxiv.2101.00001');
    expect(chooseDoi([arxiv, { source: 'json-ld', value: '10.5555/j.3' }])?.value).toBe(
      '10.5555/j.3',
    );
    expect(arxivDoi('2101.00001')).toBe('10.48550/arxiv.2101.00001');
  });
});

describe('chooseArxivId', () => {
  it('completes the id with the version its own address carries', () => {
    expect(
      chooseArxivId(
        [{ source: 'highwire', value: '2106.09608' }],
        ['https://arxiv.org/abs/2106.09608v2'],
      ),
    ).toEqual({ value: { id: '2106.09608', version: 'v2' }, source: 'highwire' });
    expect(chooseArxivId([], ['https://journal.example/x'])).toBeNull();
  });
});
