// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readMicrodata } from './microdata';
import { parseHtml } from './parse-html.test-helper';

describe('readMicrodata', () => {
  it("reads a ScholarlyArticle's own properties, authors as Persons, not its citations' names", () => {
    const doc = parseHtml(`<article itemscope itemtype="http://schema.org/ScholarlyArticle">
      <h1 itemprop="headline">Lichens on Old Roofs</h1>
      <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="givenName">Ines</span> <span itemprop="familyName">Duarte</span></span>
      <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Kofi Mensah</span></span>
      <time itemprop="datePublished" datetime="2018-09-14">14 Sept 2018</time>
      <a itemprop="sameAs" href="https://doi.org/10.5555/lichen.4">doi</a>
      <div itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle"><span itemprop="name">Older work</span></div>
    </article>`);
    expect(readMicrodata(doc)).toMatchObject({
      title: 'Lichens on Old Roofs',
      authors: ['Ines Duarte', 'Kofi Mensah'],
      date: '2018-09-14',
      doi: 'https://doi.org/10.5555/lichen.4',
    });
  });

  it('ignores generic or unrelated items', () => {
    const doc = parseHtml(
      `<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Kettle</span></div>`,
    );
    expect(readMicrodata(doc)).toBeNull();
  });
});
