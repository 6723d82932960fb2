import { describe, expect, it } from 'vitest';
import { buildPdfStructure } from './build-pdf-structure';
import type { PdfPageText } from './pdf-structure';
import { bodyLines, BOLD_FONT, textPage } from '../../../test/fixtures/pdf/text-items';

const titleOf = (pages: PdfPageText[], metadataTitle?: string) =>
  buildPdfStructure({
    fingerprint: 'f',
    pageCount: pages.length,
    pages,
    ...(metadataTitle ? { metadata: { title: metadataTitle } } : {}),
  });

describe('the title', () => {
  it('is not a section heading set as large as the title and read before it', () => {
    const pages = [
      textPage(1, [
        { text: 'Summary', size: 14, font: BOLD_FONT, x: 150, y: 600 },
        ...bodyLines(6).map((line) => ({ ...line, x: 72 })),
        { text: '1. Introduction', size: 14, font: BOLD_FONT },
        ...bodyLines(6),
        { text: 'A fast algorithm for searching a database', size: 14, x: 330, y: 710 },
      ]),
    ];
    const structure = titleOf(pages);
    expect(structure.title).toBe('A fast algorithm for searching a database');
    // The title is no heading, wherever it falls in the reading order.
    expect(structure.headings.map((h) => h.text)).toEqual(['Summary', '1. Introduction']);
  });

  it('skips what report and thesis covers print larger than the title', () => {
    const report = textPage(1, [
      { text: 'NATIONAL LABORATORY FOR READING', size: 20, font: BOLD_FONT, y: 780 },
      { text: 'TECHNICAL REPORT 1942-7', size: 16, font: BOLD_FONT },
      { text: 'On the Speed of Reading Papers', size: 16, font: BOLD_FONT, y: 600 },
      { text: 'by A. Reader', size: 12, y: 560 },
    ]);
    expect(titleOf([report, textPage(2, bodyLines(30))]).title).toBe(
      'On the Speed of Reading Papers',
    );
    const thesis = textPage(1, [
      { text: 'UNIVERSITY OF SOMEWHERE', size: 20, font: BOLD_FONT, y: 780 },
      { text: 'Learning to Read in Three Passes', size: 18, font: BOLD_FONT, y: 650 },
      { text: 'A Dissertation Submitted in Partial Fulfillment of the', size: 18, y: 400 },
      { text: 'Requirements for the Degree of Doctor of Philosophy', size: 18 },
    ]);
    expect(titleOf([thesis, textPage(2, bodyLines(30))]).title).toBe(
      'Learning to Read in Three Passes',
    );
  });

  it('skips journal banners, article types and open-access stamps above the title', () => {
    const pages = [
      textPage(1, [
        { text: 'OPEN ACCESS', size: 18, font: BOLD_FONT, y: 800 },
        { text: 'Journal of Reading Research', size: 18, y: 780 },
        { text: 'ORIGINAL ARTICLE', size: 18, font: BOLD_FONT, y: 740 },
        { text: 'Citation: Reader A (2024) Passes.', size: 18, y: 720 },
        { text: 'How Readers Skim', size: 16, font: BOLD_FONT, y: 680 },
        ...bodyLines(20),
      ]),
    ];
    expect(titleOf(pages).title).toBe('How Readers Skim');
  });

  it('takes the metadata title when the page prints it word for word in its opening text', () => {
    const pages = [
      textPage(1, [
        { text: 'Physics. - On the attraction between two perfectly conducting' },
        { text: 'plates. By A. N. AUTHOR.', x: 100 },
        { text: 'dE = - 23 hc / R', size: 12.5, x: 200 },
        ...bodyLines(20),
      ]),
    ];
    const structure = titleOf(pages, 'On the attraction between two perfectly conducting plates');
    expect(structure.title).toBe('On the attraction between two perfectly conducting plates');
    expect(titleOf(pages, 'paper.dvi').titleSource).toBe('typography');
  });
});
