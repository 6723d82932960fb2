// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readDublinCoreTags } from './dublin-core-tags';
import { readMetaTags } from './meta-tags';
import { parseHtml } from './parse-html.test-helper';

const tags = (head: string) =>
  readDublinCoreTags(readMetaTags(parseHtml(`<head>${head}</head>`), []));

describe('readDublinCoreTags', () => {
  it('reads DC.*, dc.* and dcterms.* alike, and the DOI among several identifiers', () => {
    const found =
      tags(`<meta name="DC.Title" content="Snails"><meta name="dcterms.creator" content="Lindqvist, Maja">
      <meta name="DC.Identifier" content="399"><meta name="DC.Identifier" content="https://doi.org/10.5555/cbl.7">
      <meta name="dcterms.issued" content="2015-07-21"><meta name="DC.Source" content="Coastal Biology Letters">`);
    expect(found).toMatchObject({
      title: 'Snails',
      authors: ['Lindqvist, Maja'],
      doi: 'https://doi.org/10.5555/cbl.7',
      date: '2015-07-21',
      venue: 'Coastal Biology Letters',
    });
  });

  it('gives no DOI when no identifier is one', () => {
    expect(
      tags('<meta name="DC.Title" content="T"><meta name="DC.Identifier" content="399">')?.doi,
    ).toBeUndefined();
  });
});
