// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from './extract-page-metadata';
import { LIMITS } from './limits';
import { fixture } from './parse-html.test-helper';
import { parsePageMetadata } from './parse-page-metadata';

describe('parsePageMetadata (the background checks what a content script sends)', () => {
  it('accepts what the extractor produces, unchanged', () => {
    for (const name of [
      'highwire.html',
      'arxiv-abs-body.html',
      'dublin-core.html',
      'og-only.html',
    ]) {
      const extracted = extractPageMetadata(fixture(name), 'https://journal.example/a');
      // Through structured cloning, as a runtime message travels.
      expect(parsePageMetadata(structuredClone(extracted))).toEqual(extracted);
    }
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['an array', []],
    ['no isPaper', { authors: [], unreadable: [] }],
    ['isPaper a string', { isPaper: 'yes', authors: [], unreadable: [] }],
    ['title a number', { isPaper: true, title: 42, authors: [], unreadable: [] }],
    ['authors not an array', { isPaper: true, authors: 'Yann LeCun', unreadable: [] }],
    ['an author without original', { isPaper: true, authors: [{ name: 'A' }], unreadable: [] }],
    ['year a string', { isPaper: true, year: '2020', authors: [], unreadable: [] }],
    [
      'a malformed version entry',
      { isPaper: true, authors: [], versions: [{ version: 'two' }], unreadable: [] },
    ],
  ])('refuses %s', (_, value) => {
    expect(parsePageMetadata(value)).toBeNull();
  });

  it('cuts over-long text and lists again, and says so', () => {
    const parsed = parsePageMetadata({
      isPaper: true,
      title: 'T'.repeat(50_000),
      abstract: 'a '.repeat(50_000),
      authors: Array.from({ length: 2_000 }, (_, i) => ({ name: `N${i} X`, original: `X, N${i}` })),
      unreadable: [],
    })!;
    expect(parsed.title!.length).toBe(LIMITS.title);
    expect(parsed.abstract!.length).toBeLessThanOrEqual(LIMITS.abstract);
    expect(parsed.authors).toHaveLength(LIMITS.authors);
    expect(parsed.unreadable).toEqual(
      expect.arrayContaining([
        `title (cut at ${LIMITS.title} characters)`,
        `authors after the first ${LIMITS.authors}`,
      ]),
    );
  });

  it('drops markup, non-http links and invalid identifiers instead of trusting them', () => {
    const parsed = parsePageMetadata({
      isPaper: true,
      title: '<img src=x onerror=alert(1)>Paper',
      authors: [{ name: '<b>Eve</b>', original: 'Eve' }],
      pdfUrl: 'javascript:alert(1)',
      canonicalUrl: 'https://ok.example/a',
      doi: 'not-a-doi',
      arxivId: '9999.99999',
      year: 1e9,
      date: 'yesterday',
      unreadable: [],
    })!;
    expect(parsed.title).toBe('Paper');
    expect(parsed.authors).toEqual([{ name: 'Eve', original: 'Eve' }]);
    expect(parsed.pdfUrl).toBeUndefined();
    expect(parsed.canonicalUrl).toBe('https://ok.example/a');
    expect(parsed.doi).toBeUndefined();
    expect(parsed.arxivId).toBeUndefined();
    expect(parsed.year).toBeUndefined();
    expect(parsed.date).toBeUndefined();
    expect(parsed.unreadable).toEqual(
      expect.arrayContaining([
        'pdfUrl (not an http(s) link)',
        'doi (not a DOI)',
        'arxivId (not an arXiv identifier)',
      ]),
    );
  });

  it('ignores keys it does not know', () => {
    const parsed = parsePageMetadata({
      isPaper: false,
      authors: [],
      unreadable: [],
      evil: 'x',
      __proto__: { a: 1 },
    });
    expect(parsed).toEqual({ isPaper: false, authors: [], unreadable: [] });
  });
});
