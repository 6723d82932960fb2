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
});
