// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readHighwireTags } from './highwire-tags';
import { readMetaTags } from './meta-tags';
import { parseHtml } from './parse-html.test-helper';

const tags = (head: string) =>
  readHighwireTags(readMetaTags(parseHtml(`<head>${head}</head>`), []));

describe('readHighwireTags', () => {
  it('reads citation_* fields, authors in order', () => {
    const found = tags(`<meta name="citation_title" content="Salt Roads">
      <meta name="citation_author" content="Diallo, Aminata"><meta name="citation_author" content="Ba, Omar">
      <meta name="citation_publication_date" content="2009/04/01"><meta name="citation_doi" content="10.5555/sr.1">
      <meta name="citation_journal_title" content="Sahel Studies">`);
    expect(found).toMatchObject({
      title: 'Salt Roads',
      authors: ['Diallo, Aminata', 'Ba, Omar'],
      date: '2009/04/01',
      doi: '10.5555/sr.1',
      venue: 'Sahel Studies',
    });
  });

  it('reads the bepress and EPrints forms and a semicolon-separated citation_authors', () => {
    expect(
      tags(
        `<meta name="bepress_citation_title" content="Rivers"><meta name="bepress_citation_author" content="Obi, N.">`,
      ),
    ).toMatchObject({ title: 'Rivers', authors: ['Obi, N.'] });
    expect(
      tags(
        `<meta name="citation_title" content="T"><meta name="citation_authors" content="Ng, A.; Ko, B.">`,
      )?.authors,
    ).toEqual(['Ng, A.', ' Ko, B.']);
  });

  it('finds nothing on a page without Highwire tags', () => {
    expect(tags('<meta name="description" content="A shop">')).toBeNull();
  });
});
