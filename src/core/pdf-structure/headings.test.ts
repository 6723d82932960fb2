import { describe, expect, it } from 'vitest';
import { buildPdfStructure } from './build-pdf-structure';
import type { PdfPageText } from './pdf-structure';
import { bodyLines, BOLD_FONT, heading, textPage } from '../../../test/fixtures/pdf/text-items';

const headingsOf = (pages: PdfPageText[]) =>
  buildPdfStructure({ fingerprint: 'f', pageCount: pages.length, pages }).headings.map((h) => [
    h.text,
    h.level,
  ]);

describe('headings above and beside numbered sections', () => {
  it('puts parts at the top level, their numbered sections one down, and joins a part to its title line', () => {
    const pages = [
      textPage(1, [
        heading('1 INTRODUCTION AND SUMMARY'),
        ...bodyLines(10),
        { text: 'PART I', size: 14, font: BOLD_FONT, x: 280 },
        { text: 'THE DISCRETE CASE', size: 14, font: BOLD_FONT, x: 240 },
        heading('2 SOURCES'),
        ...bodyLines(10),
      ]),
      textPage(2, [
        ...bodyLines(10),
        { text: 'PART II: THE CONTINUOUS CASE', size: 14, font: BOLD_FONT, x: 200 },
        heading('3 ENSEMBLES'),
        ...bodyLines(10),
      ]),
    ];
    expect(headingsOf(pages)).toEqual([
      ['1 INTRODUCTION AND SUMMARY', 1],
      ['PART I THE DISCRETE CASE', 1],
      ['2 SOURCES', 2],
      ['PART II: THE CONTINUOUS CASE', 1],
      ['3 ENSEMBLES', 2],
    ]);
  });

  it('reads thesis chapters written in words or digits, with the chapter title below', () => {
    const pages = [1, 2, 3].map((page) =>
      textPage(page, [
        { text: `Thesis running head ${page}`, size: 8, y: 800 },
        { text: page === 2 ? 'CHAPTER TWO' : `Chapter ${page}`, size: 16, font: BOLD_FONT },
        { text: ['Introduction', 'Learning to Read', 'Evaluation'][page - 1]!, size: 20 },
        heading(`${page}.1 Setting`),
        ...bodyLines(12),
      ]),
    );
    const chapters = headingsOf(pages).filter(([, level]) => level === 1);
    expect(chapters).toEqual([
      ['Chapter 1 Introduction', 1],
      ['CHAPTER TWO Learning to Read', 1],
      ['Chapter 3 Evaluation', 1],
    ]);
  });

  it('finds numbered appendices in body type and capitals, though each page has one', () => {
    const pages = [1, 2, 3].map((page) =>
      textPage(page, [
        ...(page === 1 ? [heading('1 Introduction')] : []),
        ...bodyLines(10),
        { text: `APPENDIX ${page}`, x: 270 },
        ...bodyLines(10),
      ]),
    );
    expect(headingsOf(pages)).toEqual([
      ['1 Introduction', 1],
      ['APPENDIX 1', 1],
      ['APPENDIX 2', 1],
      ['APPENDIX 3', 1],
    ]);
  });

  it('does not take a sentence about a chapter for a heading', () => {
    const pages = [
      textPage(1, [
        heading('1 Introduction'),
        ...bodyLines(10),
        { text: 'Chapter 3 describes the method, and chapter 4 evaluates it on real data.' },
        ...bodyLines(4),
      ]),
    ];
    expect(headingsOf(pages)).toEqual([['1 Introduction', 1]]);
  });
});
