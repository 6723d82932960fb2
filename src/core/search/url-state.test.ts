import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from './library-view';
import { decodeLocation, encodeLocation, type LibraryLocation } from './url-state';

const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 200);

describe('library URL state', () => {
  it('writes nothing for the default view and reads it back', () => {
    const location: LibraryLocation = { view: DEFAULT_VIEW, tab: 'papers' };
    expect(encodeLocation(location)).toBe('');
    expect(decodeLocation('')).toEqual(location);
  });

  it('round-trips a full view, including awkward characters in the query and tag', () => {
    const location: LibraryLocation = {
      view: {
        query: 'attention & "graphs" ?#=',
        states: ['in-pass', 'done'],
        pass: 2,
        tag: 'a&b=c',
        from: '2026-01-01',
        to: '2026-02-01',
        sort: 'title',
        descending: false,
      },
      tab: 'charts',
      paper: 'arxiv:1706.03762',
    };
    const search = encodeLocation(location);
    expect(search).toBe(
      '?tab=charts&q=attention+%26+%22graphs%22+%3F%23%3D&state=in-pass%2Cdone&pass=2&tag=a%26b%3Dc&from=2026-01-01&to=2026-02-01&sort=title&order=asc&paper=arxiv%3A1706.03762',
    );
    expect(decodeLocation(search)).toEqual(location);
  });

  it('ignores what it cannot read, keeping the rest', () => {
    expect(
      decodeLocation('?state=done,bogus,done&pass=7&sort=random&from=yesterday&tab=admin&q=x'),
    ).toEqual({
      view: { ...DEFAULT_VIEW, query: 'x', states: ['done'] },
      tab: 'papers',
    });
  });

  it('fuzz: decodes any string to a view that encodes and decodes to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const location = decodeLocation(search);
        expect(decodeLocation(encodeLocation(location))).toEqual(location);
      }),
      { numRuns: fuzzRuns, seed: 66 },
    );
  });
});
