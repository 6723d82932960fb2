// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readMetaTags } from './meta-tags';
import { parseHtml } from './parse-html.test-helper';
import { readPrismTags } from './prism-tags';

describe('readPrismTags', () => {
  it('reads the DOI, the date and the periodical, or the DOI from a prism.url to doi.org', () => {
    const read = (head: string) =>
      readPrismTags(readMetaTags(parseHtml(`<head>${head}</head>`), []));
    expect(
      read(`<meta name="prism.doi" content="10.5555/p.1"><meta name="prism.publicationDate" content="2020-02-03">
        <meta name="prism.publicationName" content="Invented Letters">`),
    ).toMatchObject({ doi: '10.5555/p.1', date: '2020-02-03', venue: 'Invented Letters' });
    expect(read('<meta name="prism.url" content="https://doi.org/10.5555/p.2">')?.doi).toBe(
      '10.5555/p.2',
    );
    expect(read('<meta name="keywords" content="x">')).toBeNull();
  });
});
