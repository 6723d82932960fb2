import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../test/fixtures/library/generate-library';
import { samplePaper } from '../../../test/fixtures/library/sample-paper';
import { escapeLatex, papersToBibtex } from './bibtex-export';

/** A real BibTeX parser, with its title case rewriting turned off so titles compare as written. */
const parseBib = (bib: string) =>
  parse(bib, { english: false, sentenceCase: false, caseProtection: false });

describe('papersToBibtex', () => {
  it("follows arXiv's own convention for a preprint", () => {
    const bib = papersToBibtex([samplePaper()]);
    const { entries, errors } = parseBib(bib);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry!.type).toBe('misc');
    expect(entry!.key).toBe('vaswani2017attention');
    expect(entry!.fields).toMatchObject({
      title: 'Attention Is All You Need',
      year: '2017',
      eprint: '1706.03762',
      archiveprefix: 'arXiv',
      url: 'https://arxiv.org/abs/1706.03762',
    });
    expect(entry!.fields.author).toEqual([
      { lastName: 'Vaswani', firstName: 'Ashish' },
      { lastName: 'Shazeer', firstName: 'Noam' },
    ]);
  });

  it('gives the primary class for an old-style arXiv id, which names it', () => {
    const paper = samplePaper({ key: 'arxiv:hep-th/9901001', arxivId: 'hep-th/9901001v2' });
    const [entry] = parseBib(papersToBibtex([paper])).entries;
    expect(entry!.fields).toMatchObject({ eprint: 'hep-th/9901001', primaryclass: 'hep-th' });
  });

  it("gives a new-style arXiv id the primary class the paper's category names", () => {
    const { entries, errors } = parseBib(
      papersToBibtex([samplePaper({ arxivCategory: 'cs.CL' }), samplePaper({ key: 'other' })]),
    );
    expect(errors).toEqual([]);
    expect(entries[0]!.fields).toMatchObject({ eprint: '1706.03762', primaryclass: 'cs.CL' });
    // Without a known category there is no primary class to give.
    expect(entries[1]!.fields.primaryclass).toBeUndefined();
  });

  it("prefers the paper's category to the archive of an old-style id", () => {
    const paper = samplePaper({
      key: 'arxiv:math/0309136',
      arxivId: 'math/0309136',
      arxivCategory: 'math.GT',
    });
    const [entry] = parseBib(papersToBibtex([paper])).entries;
    expect(entry!.fields).toMatchObject({ eprint: 'math/0309136', primaryclass: 'math.GT' });
  });

  it('uses @inproceedings for conference papers and @article for journals', () => {
    const conference = samplePaper({
      key: 'doi:10.1/a',
      arxivId: undefined,
      doi: '10.1/a',
      venue: 'Proceedings of SIGCOMM 2007',
    });
    const journal = samplePaper({
      key: 'doi:10.1/b',
      arxivId: undefined,
      doi: '10.1/b',
      venue: 'Communications of the ACM',
      title: 'Other',
    });
    const { entries, errors } = parseBib(papersToBibtex([conference, journal]));
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.type)).toEqual(['inproceedings', 'article']);
    expect(entries[0]!.fields).toMatchObject({
      booktitle: 'Proceedings of SIGCOMM 2007',
      doi: '10.1/a',
    });
    expect(entries[1]!.fields).toMatchObject({ journal: 'Communications of the ACM' });
  });

  it('escapes LaTeX specials so a parser reads the title back as written', () => {
    const title = 'Costs of 50% & $5 #1 under_score {braces} ~tilde ^caret \\backslash';
    const { entries, errors } = parseBib(papersToBibtex([samplePaper({ title })]));
    expect(errors).toEqual([]);
    expect(entries[0]!.fields.title).toBe(title);
  });

  it('keeps a name containing "and" as one author', () => {
    const paper = samplePaper({
      authors: [
        { name: 'Smith and Sons Ltd', original: 'Smith and Sons Ltd' },
        { name: 'Plato', original: 'Plato' },
      ],
    });
    const [entry] = parseBib(papersToBibtex([paper])).entries;
    expect(entry!.fields.author).toHaveLength(2);
  });

  it('keeps keys stable across selections and unique within one', () => {
    const a = samplePaper({ key: 'arxiv:1', arxivId: '1' });
    const b = samplePaper({ key: 'arxiv:2', arxivId: '2' });
    const keysOf = (bib: string) => parseBib(bib).entries.map((e) => e.key);
    expect(keysOf(papersToBibtex([a, b]))).toEqual([
      'vaswani2017attentiona',
      'vaswani2017attentionb',
    ]);
    expect(keysOf(papersToBibtex([b, a]))).toEqual([
      'vaswani2017attentionb',
      'vaswani2017attentiona',
    ]);
  });

  it('writes a generated library with hostile titles that parses without errors, one entry per paper', () => {
    const library = generateLibrary({ papers: 300, notes: 0, hostile: true, seed: 3 });
    const { entries, errors } = parseBib(papersToBibtex(library.papers));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(300);
    expect(new Set(entries.map((e) => e.key)).size).toBe(300);
    expect(entries.map((e) => e.fields.title)).toEqual(library.papers.map((p) => p.title));
  });
});

describe('escapeLatex', () => {
  it('turns line breaks and control characters into spaces', () => {
    expect(escapeLatex('a\nb\u0000c\u2028d')).toBe('a b c d');
  });
});
