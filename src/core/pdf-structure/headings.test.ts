import { describe, expect, it } from 'vitest';
import { buildPdfStructure } from './build-pdf-structure';
import type { PdfPageText } from './pdf-structure';
import {
  bodyLines,
  BOLD_FONT,
  heading,
  textItem,
  textPage,
} from '../../../test/fixtures/pdf/text-items';

const headingsOf = (pages: PdfPageText[]) =>
  buildPdfStructure({ fingerprint: 'f', pageCount: pages.length, pages }).headings.map((h) => [
    h.text,
    h.level,
  ]);

describe('headings above and beside numbered sections', () => {
  it('puts parts at the top level, their numbered sections one down, and joins a part to its title line', () => {
    const pages = [
      textPage(1, [
        { text: 'Communication Theory of Secrecy Systems', size: 18, font: BOLD_FONT },
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
    const titlePage = textPage(1, [
      { text: 'Reading in Three Passes', size: 24, font: BOLD_FONT },
      { text: 'A thesis submitted for the degree of Doctor of Philosophy', size: 12 },
    ]);
    const chapterPages = [1, 2, 3].map((chapter) =>
      textPage(chapter + 1, [
        { text: `Thesis running head ${chapter}`, size: 8, y: 800 },
        { text: chapter === 2 ? 'CHAPTER TWO' : `Chapter ${chapter}`, size: 16, font: BOLD_FONT },
        { text: ['Introduction', 'Learning to Read', 'Evaluation'][chapter - 1]!, size: 20 },
        heading(`${chapter}.1 Setting`),
        ...bodyLines(12),
      ]),
    );
    const chapters = headingsOf([titlePage, ...chapterPages]).filter(([, level]) => level === 1);
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

/** A paragraph whose first line opens with `lead` in `font` (at `size`), then body text. */
function runInPage(
  page: number,
  leads: { lead: string; font?: string; size?: number }[],
): PdfPageText {
  const items = leads.flatMap(({ lead, font = BOLD_FONT, size = 10 }, i) => {
    const y = 740 - i * 120;
    const leadItem = { ...textItem(lead, 72, y, size, font), hasEOL: false };
    const rest = textItem('Let the body text follow on the line.', 72 + leadItem.width + 4, y);
    return [
      leadItem,
      rest,
      ...bodyLines(8).map((line, j) => textItem(line.text, 72, y - 13 * (j + 1))),
    ];
  });
  return { page, width: 595, height: 842, items };
}

describe('run-in headings', () => {
  it('takes a bold numbered lead phrase opening a paragraph as its heading', () => {
    const pages = [
      runInPage(1, [
        { lead: '1. Introduction.' },
        { lead: '2. The Abstracted Problem' },
        { lead: '2.1 A detail.' },
      ]),
    ];
    expect(headingsOf(pages)).toEqual([
      ['1. Introduction', 1],
      ['2. The Abstracted Problem', 1],
      ['2.1 A detail', 2],
    ]);
  });

  it('reads a lead in capitals in the body font, as older papers set them', () => {
    const pages = [
      textPage(1, [
        { text: '1. INTRODUCTION. The problem we study is an old one and still open.' },
        ...bodyLines(10),
        { text: '2. RESULTS: We find that the method works on every input we tried.' },
        ...bodyLines(10),
      ]),
    ];
    expect(headingsOf(pages)).toEqual([
      ['1. INTRODUCTION', 1],
      ['2. RESULTS', 1],
    ]);
  });

  it('does not take unnumbered labels (theorems, a structured abstract) for sections', () => {
    const pages = [
      runInPage(1, [
        { lead: 'Background:' },
        { lead: 'Theorem 2.' },
        { lead: 'Proof.' },
        { lead: 'Conclusions:' },
      ]),
    ];
    expect(headingsOf(pages)).toEqual([]);
  });
});
