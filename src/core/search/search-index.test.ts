import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../test/fixtures/library/generate-library';
import { samplePaper } from '../../../test/fixtures/library/sample-paper';
import { foldText } from './text-folding';
import { createSearchIndex } from './search-index';

function indexOf(...papers: ReturnType<typeof samplePaper>[]) {
  const index = createSearchIndex();
  for (const paper of papers) index.setPaper(paper);
  return index;
}

const attention = samplePaper();
const graphs = samplePaper({
  key: 'doi:10.1/graphs',
  title: 'Über Graphen: Résumé of Graph Networks',
  authors: [{ name: 'Zoë Dvořák', original: 'Dvořák, Zoë' }],
  abstract: 'Message passing everywhere.',
  tags: ['gnn'],
});

const keys = (index: ReturnType<typeof createSearchIndex>, query: string) =>
  [...(index.search(query).keys ?? [])].sort();

describe('createSearchIndex', () => {
  it('matches word prefixes in titles, authors, abstracts and tags, folding case and accents', () => {
    const index = indexOf(attention, graphs);
    expect(keys(index, 'atten')).toEqual(['arxiv:1706.03762']);
    expect(keys(index, 'UBER')).toEqual(['doi:10.1/graphs']);
    expect(keys(index, 'resume')).toEqual(['doi:10.1/graphs']);
    expect(keys(index, 'zoe dvorak')).toEqual(['doi:10.1/graphs']);
    expect(keys(index, 'messag')).toEqual(['doi:10.1/graphs']);
    expect(keys(index, 'gnn')).toEqual(['doi:10.1/graphs']);
    expect(keys(index, 'vaswani')).toEqual(['arxiv:1706.03762']);
  });

  it('needs every query word to match, and matches only at word starts', () => {
    const index = indexOf(attention, graphs);
    expect(keys(index, 'attention graph')).toEqual([]);
    expect(keys(index, 'tention')).toEqual([]);
  });

  it('treats a query without words as no filter', () => {
    expect(indexOf(attention).search('  ,; ').keys).toBeUndefined();
  });

  it('finds notes and forgets their old text when they change', () => {
    const index = indexOf(attention, graphs);
    index.setNote({
      paperKey: graphs.key,
      field: 'keyPoints',
      text: 'Oversmoothing limits depth.',
    });
    expect(keys(index, 'oversmooth')).toEqual(['doi:10.1/graphs']);
    index.setNote({ paperKey: graphs.key, field: 'keyPoints', text: 'Depth is fine after all.' });
    expect(keys(index, 'oversmooth')).toEqual([]);
    expect(keys(index, 'after')).toEqual(['doi:10.1/graphs']);
  });

  it('forgets a removed paper and re-indexes a changed title', () => {
    const index = indexOf(attention, graphs);
    index.removePaper(graphs.key);
    expect(keys(index, 'graph')).toEqual([]);
    index.setPaper({ ...attention, title: 'Retitled work' });
    expect(keys(index, 'attention')).toEqual([]);
    expect(keys(index, 'retitled')).toEqual([attention.key]);
  });

  it('finds the same papers as a plain scan over a generated library', () => {
    const library = generateLibrary({ papers: 400, notes: 1500, seed: 9 });
    const index = createSearchIndex();
    for (const paper of library.papers) index.setPaper(paper);
    for (const note of library.notes) index.setNote(note);
    const textOf = new Map<string, string>();
    for (const p of library.papers) {
      textOf.set(
        p.key,
        foldText([p.title, ...p.authors.map((a) => a.name), p.abstract ?? '', ...p.tags].join(' ')),
      );
    }
    for (const n of library.notes)
      textOf.set(n.paperKey, `${textOf.get(n.paperKey)} ${foldText(n.text)}`);
    for (const query of ['le', 'net', 'garcia', 'grad sca', 'ml', 'zz']) {
      const terms = query.split(' ');
      const scan = library.papers
        .filter((p) =>
          terms.every((t) => new RegExp(`(^|[^\\p{L}\\p{N}])${t}`, 'u').test(textOf.get(p.key)!)),
        )
        .map((p) => p.key)
        .sort();
      expect(keys(index, query)).toEqual(scan);
    }
  });
});
