import { describe, expect, it } from 'vitest';
import { buildPdfStructure } from './build-pdf-structure';
import type { PdfPageText } from './pdf-structure';
import { pageLines } from './text-lines';
import { bodyLines, heading, textItem, textPage } from '../../../test/fixtures/pdf/text-items';

/** A landscape table page as a portrait page prints it: every line turned to run upwards. */
function sidewaysPage(page: number): PdfPageText {
  const width = 595;
  const lines = [
    { text: 'Table 2 Parameters of every model we fitted.', x: 72, y: 520 },
    { text: 'Model', x: 72, y: 500 },
    { text: 'Likelihood', x: 300, y: 500 },
    { text: 'M0', x: 72, y: 485 },
    { text: '-572.97', x: 300, y: 485 },
  ];
  return {
    page,
    width,
    height: 842,
    items: lines.map(({ text, x, y }) => {
      const item = textItem(text, x, y, 9);
      return { ...item, transform: [0, 9, -9, 0, width - y, x] };
    }),
  };
}

describe('pages printed sideways', () => {
  it('reads a page whose text all runs upwards as an upright landscape page', () => {
    const lines = pageLines(sidewaysPage(3));
    expect(lines.map((line) => line.text)).toEqual([
      'Table 2 Parameters of every model we fitted.',
      'Model',
      'Likelihood',
      'M0',
      '-572.97',
    ]);
    expect(lines[0]!.pageWidth).toBe(842);
  });

  it('counts the caption of a table turned sideways', () => {
    const pages = [
      textPage(1, [
        heading('1 Introduction'),
        ...bodyLines(10),
        { text: 'Table 1: Data.', size: 9 },
      ]),
      textPage(2, bodyLines(20)),
      sidewaysPage(3),
    ];
    const structure = buildPdfStructure({ fingerprint: 'f', pageCount: 3, pages });
    expect(structure.tables.map((table) => [table.number, table.page])).toEqual([
      ['1', 1],
      ['2', 3],
    ]);
  });

  it('leaves a stamp running up the margin of an upright page out of its lines', () => {
    const page = textPage(1, bodyLines(5));
    page.items.push({
      ...textItem('arXiv:2401.00001v1 [cs.CL] 1 Jan 2024', 20, 300),
      transform: [0, 20, -20, 0, 20, 300],
    });
    expect(pageLines(page).map((line) => line.text)).toEqual(bodyLines(5).map((line) => line.text));
  });
});
