import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url';

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://Example.COM/a.pdf', 'https://example.com/a.pdf'],
    ['https://example.com:443/a.pdf', 'https://example.com/a.pdf'],
    ['http://example.com:80/a.pdf', 'http://example.com/a.pdf'],
    ['https://example.com:8443/a.pdf', 'https://example.com:8443/a.pdf'],
    ['https://example.com/a.pdf#page=4', 'https://example.com/a.pdf'],
    ['https://example.com/a.pdf?', 'https://example.com/a.pdf'],
    ['https://example.com/a.pdf?utm_source=x&UTM_Medium=y', 'https://example.com/a.pdf'],
    ['https://example.com/a.pdf?fbclid=1&gclid=2&mc_cid=3', 'https://example.com/a.pdf'],
    ['https://example.com/get?id=7&file=b&utm_campaign=z', 'https://example.com/get?file=b&id=7'],
    ['https://example.com/get?b=2&a=1&a=0', 'https://example.com/get?a=1&a=0&b=2'],
  ])('%s → %s', (url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });

  it('returns null for text that is not a URL', () => {
    expect(canonicalUrl('not a url')).toBeNull();
  });

  it('fuzz: is stable: a canonical URL is its own canonical form', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = canonicalUrl(url);
        expect(once).not.toBeNull();
        expect(canonicalUrl(once!)).toBe(once);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 443 },
    );
  });
});
