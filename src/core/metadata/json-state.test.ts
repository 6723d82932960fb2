// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from './extract-page-metadata';
import { readJsonStateAuthors } from './json-state';
import { parseHtml } from './parse-html.test-helper';

const jatsAuthor = (given: string, surname: string) => ({
  '#name': 'author',
  $$: [
    { '#name': 'given-name', _: given },
    { '#name': 'surname', _: surname },
    { '#name': 'cross-ref', $$: [{ '#name': 'sup', _: 'a' }] },
  ],
});

/** Shaped like ScienceDirect's preloaded state: JATS-as-JSON authors, cited works' authors as text. */
const preloaded = {
  article: { title: 'Cr2 potential curves', doi: '10.5555/cr2.1' },
  authors: {
    content: [
      {
        '#name': 'author-group',
        $$: [jatsAuthor('Alexander O.', 'Mitrushenkov'), jatsAuthor('Paolo', 'Palmieri')],
      },
    ],
  },
  citingArticles: {
    articles: [{ articleTitle: 'Later work', authors: 'Angeli C., Cimiraglia R.' }],
  },
};

describe('readJsonStateAuthors', () => {
  it('reads JATS-like author parts from a script that only assigns the state, whatever its type says', () => {
    const doc = parseHtml(
      `<script type="c1358f-text/javascript">window.__PRELOADED_STATE__ = ${JSON.stringify(preloaded)};</script>`,
    );
    expect(readJsonStateAuthors(doc)).toEqual(['Alexander O. Mitrushenkov', 'Paolo Palmieri']);
  });

  it("takes the list nearest the root (the page's paper), not recommended papers' authors", () => {
    const nextData = {
      props: {
        pageProps: {
          paper: {
            title: 'Kelp',
            authors: [{ firstName: 'Aroha', lastName: 'Ngata' }, { name: 'Jonas Berg' }],
          },
          related: [{ paper: { title: 'Other', authors: [{ name: 'Someone Else' }] } }],
        },
      },
    };
    const doc = parseHtml(
      `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData)}</script>`,
    );
    expect(readJsonStateAuthors(doc)).toEqual(['Aroha Ngata', 'Jonas Berg']);
  });

  it('reads nothing from code, malformed state or state without persons', () => {
    const doc = parseHtml(`<script>track("view"); var x = 1;</script>
      <script type="application/json">{broken</script>
      <script type="application/json">{"settings":{"authors":[]}}</script>`);
    expect(readJsonStateAuthors(doc)).toEqual([]);
  });

  it('supplies the authors of a tagged page that names them nowhere else', () => {
    const doc =
      parseHtml(`<html><head><title>x</title><meta name="citation_title" content="Cr2 potential curves">
      <meta name="citation_doi" content="10.5555/cr2.1"></head><body>
      <script type="application/json">${JSON.stringify(preloaded)}</script></body></html>`);
    const { metadata, provenance } = readPageMetadata(doc, 'https://journal.example/pii/1');
    expect(metadata.authors.map((a) => a.name)).toEqual([
      'Alexander O. Mitrushenkov',
      'Paolo Palmieri',
    ]);
    expect(provenance.authors).toBe('json-state');
  });
});
