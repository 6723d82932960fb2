// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readJsonLd } from './json-ld';
import { parseHtml } from './parse-html.test-helper';

const read = (...blocks: unknown[]) =>
  readJsonLd(
    parseHtml(
      blocks
        .map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`)
        .join(''),
    ),
    [],
  );

describe('readJsonLd', () => {
  it('finds a ScholarlyArticle under a WebPage, with given/family names and the journal', () => {
    const found = read({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      mainEntity: {
        '@type': 'ScholarlyArticle',
        headline: 'Bees at Dawn',
        author: [
          { '@type': 'Person', givenName: 'Hana', familyName: 'Kobayashi' },
          { '@type': 'Person', name: 'Luis Ortega' },
        ],
        datePublished: '2020-04-01',
        sameAs: 'https://doi.org/10.5555/bees.1',
        isPartOf: {
          '@type': 'PublicationIssue',
          isPartOf: { '@type': ['Periodical', 'PublicationVolume'], name: 'Pollination Letters' },
        },
      },
    });
    expect(found.article?.scholarly).toBe(true);
    expect(found.article?.fields).toMatchObject({
      title: 'Bees at Dawn',
      authors: ['Hana Kobayashi', 'Luis Ortega'],
      date: '2020-04-01',
      doi: 'https://doi.org/10.5555/bees.1',
      venue: 'Pollination Letters',
    });
    expect(found.story).toBe(false);
  });

  it('reads a MedicalScholarlyArticle in an @graph, and a generic Article as not scholarly', () => {
    const medical = read({
      '@graph': [
        { '@type': 'Organization', name: 'X' },
        { '@type': 'MedicalScholarlyArticle', name: 'Aspirin' },
      ],
    });
    expect(medical.article).toMatchObject({ scholarly: true, fields: { title: 'Aspirin' } });
    const generic = read({ '@type': 'Article', headline: 'Notes', author: 'A. Writer' });
    expect(generic.article).toMatchObject({
      scholarly: false,
      fields: { title: 'Notes', authors: ['A. Writer'] },
    });
  });

  it('notes a news story and does not take the paper it cites for the page', () => {
    const found = read({
      '@type': 'NewsArticle',
      headline: 'Octopuses dream',
      citation: { '@type': 'ScholarlyArticle', name: 'Chromatophores in sleep' },
    });
    expect(found).toEqual({ article: null, story: true });
  });

  it('notes malformed JSON-LD and reads the next block', () => {
    const unreadable: string[] = [];
    const doc = parseHtml(
      '<script type="application/ld+json">{oops</script><script type="application/ld+json">{"@type":"ScholarlyArticle","name":"Fine"}</script>',
    );
    expect(readJsonLd(doc, unreadable).article?.fields.title).toBe('Fine');
    expect(unreadable).toEqual(['JSON-LD (malformed)']);
  });
});
