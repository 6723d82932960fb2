// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from './extract-page-metadata';
import { parseHtml } from './parse-html.test-helper';
import { parsePageMetadata } from './parse-page-metadata';

const numRuns = Number(process.env.FUZZ_RUNS ?? 200);
/** `npm run fuzz` parses 10,000 pages: allow it the time, not the default 5 s. */
const timeout = Math.max(5_000, numRuns * 10);

/** Pieces real scholarly pages are made of, to be shuffled, cut and repeated. */
const fragments = [
  '<meta name="citation_title" content="A Title">',
  '<meta name="citation_author" content="Doe, Jane">',
  '<meta name="citation_doi" content="10.5555/x.1">',
  '<meta name="citation_arxiv_id" content="2101.00001">',
  '<meta name="DC.creator" content="',
  '<meta property="og:title" content="',
  '<meta name="citation_date" content="2020/01/02">',
  '<link rel="canonical" href="',
  '<script type="application/ld+json">{"@type":"ScholarlyArticle","author":[',
  '</script>',
  '<h1 class="title"><span class="descriptor">Title:</span>',
  '<div class="authors"><a>',
  '<div class="submission-history"><strong>[v1]</strong> Mon, 4 Mar 2024',
  '<title>',
  '</title>',
  '<h2>',
  '<p>',
  '<br>',
  '</p>',
  '{{ placeholder }}',
  'doi:10.1234/abc',
  '"',
  '>',
  '<',
  '\u0000',
  '\u202e',
  'Just a moment...',
];

const html = fc.oneof(
  fc.string({ maxLength: 2_000 }),
  fc
    .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 40 })), { maxLength: 80 })
    .map((parts) => parts.join('')),
);
const url = fc.oneof(fc.webUrl(), fc.string({ maxLength: 100 }));

describe('page metadata under random input', () => {
  it(
    'fuzz: extractPageMetadata returns a well-formed result for random and mutated HTML',
    () => {
      fc.assert(
        fc.property(html, url, (source, pageUrl) => {
          const m = extractPageMetadata(parseHtml(source), pageUrl);
          expect(typeof m.isPaper).toBe('boolean');
          expect(Array.isArray(m.authors)).toBe(true);
          // What the extractor produces passes its own boundary check unchanged.
          expect(parsePageMetadata(structuredClone(m))).toEqual(m);
        }),
        { numRuns, seed: 20261125 },
      );
    },
    timeout,
  );

  it(
    'fuzz: parsePageMetadata returns a result or null for any value, never throws',
    () => {
      fc.assert(
        fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => {
          const parsed = parsePageMetadata(value);
          expect(parsed === null || typeof parsed.isPaper === 'boolean').toBe(true);
        }),
        { numRuns, seed: 20261125 },
      );
    },
    timeout,
  );

  it(
    'fuzz: parsePageMetadata survives near-valid values with random fields',
    () => {
      const nearValid = fc.record(
        {
          isPaper: fc.oneof(fc.boolean(), fc.anything()),
          title: fc.oneof(fc.string(), fc.anything()),
          authors: fc.array(
            fc.oneof(fc.record({ name: fc.string(), original: fc.string() }), fc.anything()),
            { maxLength: 5 },
          ),
          year: fc.oneof(fc.integer(), fc.double()),
          doi: fc.string(),
          pdfUrl: fc.oneof(fc.webUrl(), fc.string()),
          versions: fc.array(fc.record({ version: fc.string(), date: fc.string() }), {
            maxLength: 3,
          }),
          unreadable: fc.array(fc.string(), { maxLength: 3 }),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(nearValid, (value) => {
          const parsed = parsePageMetadata(value);
          if (parsed) expect(parsePageMetadata(structuredClone(parsed))).toEqual(parsed);
        }),
        { numRuns, seed: 20261125 },
      );
    },
    timeout,
  );
});
