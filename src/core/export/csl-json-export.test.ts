import { describe, expect, it } from 'vitest';
import { samplePaper } from '../../../test/fixtures/library/sample-paper';
import { papersToCslJson } from './csl-json-export';

describe('papersToCslJson', () => {
  it('writes CSL-JSON items: a preprint as an arXiv article, a conference paper as paper-conference', () => {
    const conference = samplePaper({
      key: 'doi:10.1/a',
      arxivId: undefined,
      doi: '10.1/a',
      venue: 'Proceedings of OSDI',
      title: 'Naming "things": a study',
      links: { html: 'https://example.org/a' },
    });
    const items = JSON.parse(
      papersToCslJson([samplePaper({ abstract: 'We propose.' }), conference]),
    ) as unknown[];
    expect(items).toEqual([
      {
        id: 'vaswani2017attention',
        type: 'article',
        title: 'Attention Is All You Need',
        author: [
          { family: 'Vaswani', given: 'Ashish' },
          { family: 'Shazeer', given: 'Noam' },
        ],
        issued: { 'date-parts': [[2017]] },
        publisher: 'arXiv',
        number: '1706.03762',
        URL: 'https://arxiv.org/abs/1706.03762',
        abstract: 'We propose.',
        keyword: 'ml, reading-group',
      },
      {
        id: 'vaswani2017naming',
        type: 'paper-conference',
        title: 'Naming "things": a study',
        author: [
          { family: 'Vaswani', given: 'Ashish' },
          { family: 'Shazeer', given: 'Noam' },
        ],
        issued: { 'date-parts': [[2017]] },
        'container-title': 'Proceedings of OSDI',
        DOI: '10.1/a',
        URL: 'https://example.org/a',
        keyword: 'ml, reading-group',
      },
    ]);
  });

  it('writes a single-word name as a literal', () => {
    const [item] = JSON.parse(
      papersToCslJson([samplePaper({ authors: [{ name: 'Plato', original: 'Plato' }] })]),
    ) as {
      author: unknown[];
    }[];
    expect(item!.author).toEqual([{ literal: 'Plato' }]);
  });
});
