import { describe, expect, it } from 'vitest';
import { buildPdfStructure } from './build-pdf-structure';
import type { PdfOutlineNode } from './pdf-structure';
import { bodyLines, heading, textPage } from '../../../test/fixtures/pdf/text-items';

const pages = [
  textPage(1, [
    heading('1 Introduction'),
    ...bodyLines(10),
    heading('2 Methods'),
    ...bodyLines(10),
    heading('3 Conclusion'),
    ...bodyLines(5),
  ]),
];

const entry = (title: string, page?: number): PdfOutlineNode => ({
  title,
  ...(page ? { page } : {}),
  children: [],
});

const structureWith = (outline: PdfOutlineNode[]) =>
  buildPdfStructure({ fingerprint: 'f', pageCount: 1, pages, outline });

describe('the outline, trusted where the page agrees', () => {
  it('keeps the bookmarks the pages print and drops those for sections they do not contain', () => {
    const structure = structureWith([
      entry('Introduction', 1),
      entry('Methods', 1),
      entry('Complications of the method'),
      entry('Conclusion', 1),
    ]);
    expect(structure.headingsSource).toBe('outline');
    expect(structure.headings.map((h) => h.text)).toEqual([
      'Introduction',
      'Methods',
      'Conclusion',
    ]);
  });

  it('reads the printed headings when the outline mostly names something else', () => {
    const structure = structureWith([
      entry('htmldoc797.html'),
      entry('Chapter one'),
      entry('Methods'),
    ]);
    expect(structure.headingsSource).toBe('typography');
    expect(structure.headings.map((h) => h.text)).toEqual([
      '1 Introduction',
      '2 Methods',
      '3 Conclusion',
    ]);
  });
});
