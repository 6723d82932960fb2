import { describe, expect, it } from 'vitest';
import { buildPdfStructure } from './build-pdf-structure';
import type { PdfPageText } from './pdf-structure';
import { bodyLines, heading, textPage, type LineSpec } from '../../../test/fixtures/pdf/text-items';

const SURNAMES = ['Adams', 'Baker', 'Clark', 'Davis', 'Evans', 'Foster', 'Garcia', 'Hughes'];

const referencesOf = (listHeading: string, entries: LineSpec[]) => {
  const pages: PdfPageText[] = [
    textPage(1, [heading('1 Introduction'), ...bodyLines(20)]),
    textPage(2, [heading(listHeading), ...entries]),
  ];
  return buildPdfStructure({ fingerprint: 'f', pageCount: 2, pages }).references;
};

describe('reference lists', () => {
  it('keeps counting numbered entries past a label the text layer garbled', () => {
    const entries = SURNAMES.flatMap((name, i): LineSpec[] => [
      {
        text: `${i === 4 ? 'S' : i + 1}. ${name}, A. A study of things number ${i + 1}. In`,
        size: 9,
      },
      { text: 'Proceedings of a Conference, 1983, pp. 27-30.', size: 9, x: 84 },
    ]);
    const references = referencesOf('REFERENCES', entries);
    expect(references).toHaveLength(7);
    expect(references[4]!.text).toMatch(/^6\. Foster/);
  });

  it('splits unlabelled entries whose first line is indented and the rest at the margin', () => {
    const entries = SURNAMES.flatMap((name, i): LineSpec[] => [
      { text: `${name}, J. (19${70 + i}). On the reading of papers and the`, size: 9, x: 84 },
      { text: 'ways readers choose what to read next, part one and', size: 9 },
      { text: `part two. Journal of Reading, ${i + 3}, 1-10.`, size: 9 },
    ]);
    const references = referencesOf('References Cited', entries);
    expect(references.map((r) => r.text.split(',')[0])).toEqual(SURNAMES);
  });

  it('splits unlabelled entries with a hanging indent', () => {
    const entries = SURNAMES.flatMap((name, i): LineSpec[] => [
      { text: `${name}, J. (19${70 + i}). On the reading of papers and the`, size: 9 },
      { text: 'ways readers choose what to read next, part one and', size: 9, x: 84 },
      { text: `part two. Journal of Reading, ${i + 3}, 1-10.`, size: 9, x: 84 },
    ]);
    expect(referencesOf('Bibliography', entries)).toHaveLength(SURNAMES.length);
  });

  it('splits entries set apart only by a little extra space', () => {
    let y = 700;
    const entries = SURNAMES.flatMap((name, i): LineSpec[] => {
      const lines = [
        { text: `${name}, J., and Other, K. 19${70 + i}. On the reading`, size: 8, y },
        { text: 'of papers and the ways readers choose what to', size: 8, y: y - 10 },
        { text: 'read next. Journal of Reading.', size: 8, y: y - 20 },
      ];
      y -= 32;
      return lines;
    });
    expect(referencesOf('References', entries)).toHaveLength(SURNAMES.length);
  });

  it('reads alphabetic keys without a year as labels, but not a bracketed note', () => {
    const entries: LineSpec[] = [
      { text: '[BP] S. Brin and L. Page. The anatomy of a search engine. In WWW, 1998.', size: 9 },
      { text: '[Kle98] J. Kleinberg. Authoritative sources in a hyperlinked', size: 9 },
      { text: '[Online]. Available: http://example.org/kleinberg.', size: 9 },
      { text: '[WVS+96] R. Weiss and others. HyPursuit. In Hypertext, 1996.', size: 9 },
    ];
    expect(referencesOf('References', entries).map((r) => r.text.slice(0, 6))).toEqual([
      '[BP] S',
      '[Kle98',
      '[WVS+9',
    ]);
  });

  it('ends the list where a labelled block of author details begins', () => {
    const entries: LineSpec[] = [
      { text: 'Codd EF (1990). The Relational Model for Database Management:', size: 9 },
      { text: 'Version 2. Addison-Wesley, Boston.', size: 9, x: 84 },
      { text: 'Wickham H (2009). ggplot2: Elegant Graphics for Data Analysis.', size: 9 },
      { text: 'Springer-Verlag, New York.', size: 9, x: 84 },
      { text: 'Affiliation:', size: 9 },
      { text: 'Hadley Wickham', size: 9 },
      { text: 'Rice University', size: 9 },
      { text: 'E-mail: someone@example.org', size: 9 },
    ];
    expect(referencesOf('References', entries).map((r) => r.text.slice(0, 4))).toEqual([
      'Codd',
      'Wick',
    ]);
  });
});
