import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPdfStructure } from './build-pdf-structure';
import type { PdfDocumentInput, PdfPageText } from './pdf-structure';
import {
  bodyLines,
  BOLD_FONT,
  heading,
  textItem,
  textPage,
} from '../../../test/fixtures/pdf/text-items';

function documentOf(pages: PdfPageText[], extra: Partial<PdfDocumentInput> = {}): PdfDocumentInput {
  return { fingerprint: 'f1', pageCount: pages.length, pages, ...extra };
}

const paperPages = (): PdfPageText[] => [
  textPage(1, [
    { text: 'Proceedings of the Workshop on Reading, 2024', size: 8 },
    { text: 'Learning to Read Papers', size: 18, font: BOLD_FONT, x: 150 },
    { text: 'Efficiently in Three Passes', size: 18, font: BOLD_FONT, x: 150 },
    { text: 'Grace Hopper, Edsger Dijkstra', size: 11, x: 200 },
    { text: 'University of Somewhere', size: 11, x: 200 },
    heading('Abstract'),
    { text: 'We show how a reader can decide quickly whether a paper deserves a second look.' },
    heading('1 Introduction'),
    ...bodyLines(12),
    { text: 'Figure 1: The passes of the method.', size: 9 },
    heading('2 Related Work'),
    ...bodyLines(6),
    heading('2.1 Older methods', 11),
    ...bodyLines(6),
  ]),
  textPage(2, [
    ...bodyLines(10),
    { text: 'Table 1: Minutes per pass.', size: 9 },
    { text: 'Figure 1 shows the passes; Table 1 lists the minutes.' },
    { text: 'Figure 7 of the earlier study shows something else entirely.' },
    heading('3 Conclusions'),
    ...bodyLines(5),
    { text: 'Figure 2. Readers per pass.', size: 9 },
    heading('References'),
    { text: '[1] S. Keshav. How to read a paper. SIGCOMM CCR, 2007.', size: 9 },
    { text: '[2] A. Writer. Another paper that has an entry on', size: 9 },
    { text: 'two lines. Journal, 2001.', size: 9, x: 84 },
    { text: '[3] B. Writer. A third paper. 2010.', size: 9 },
  ]),
];

describe('buildPdfStructure on synthetic text items', () => {
  it('reads the title from the largest text of page 1, joined across lines', () => {
    const structure = buildPdfStructure(documentOf(paperPages()));
    expect(structure.title).toBe('Learning to Read Papers Efficiently in Three Passes');
    expect(structure.titleSource).toBe('typography');
    expect(structure.authors).toEqual(['Grace Hopper', 'Edsger Dijkstra']);
  });

  it('uses the metadata title only when it agrees with the page', () => {
    const agreeing = buildPdfStructure(
      documentOf(paperPages(), {
        metadata: { title: 'Learning to read papers efficiently in three passes' },
      }),
    );
    expect(agreeing.titleSource).toBe('metadata');
    expect(agreeing.title).toBe('Learning to read papers efficiently in three passes');

    const wrong = buildPdfStructure(documentOf(paperPages(), { metadata: { title: 'paper.dvi' } }));
    expect(wrong.title).toBe('Learning to Read Papers Efficiently in Three Passes');
    expect(wrong.titleSource).toBe('typography');
  });

  it('leaves article-type banners, footnote marks and repository stamps out of the title', () => {
    const pages = [
      textPage(1, [
        { text: 'Research Article', size: 16, font: BOLD_FONT },
        { text: 'Hints for Computer System Design1', size: 16, font: BOLD_FONT },
        heading('1 Introduction'),
        ...bodyLines(10),
      ]),
    ];
    expect(buildPdfStructure(documentOf(pages)).title).toBe('Hints for Computer System Design');
    const stamped = buildPdfStructure(
      documentOf(pages, {
        metadata: { title: '[hal-00555588, v1] Hints for computer system design' },
      }),
    );
    expect(stamped.title).toBe('Hints for computer system design');
    expect(stamped.titleSource).toBe('metadata');
  });

  it('finds numbered and named headings with their level and page, and the conclusions', () => {
    const structure = buildPdfStructure(documentOf(paperPages()));
    expect(structure.headingsSource).toBe('typography');
    expect(structure.headings.map((h) => [h.text, h.level, h.page])).toEqual([
      ['Abstract', 1, 1],
      ['1 Introduction', 1, 1],
      ['2 Related Work', 1, 1],
      ['2.1 Older methods', 2, 1],
      ['3 Conclusions', 1, 2],
      ['References', 1, 2],
    ]);
    expect(structure.headings[1]!.number).toBe('1');
    expect(structure.conclusionsIndex).toBe(4);
  });

  it('reads the abstract up to the next heading', () => {
    const structure = buildPdfStructure(documentOf(paperPages()));
    expect(structure.abstract).toBe(
      'We show how a reader can decide quickly whether a paper deserves a second look.',
    );
  });

  it('counts each figure and table once, keeping the caption rather than a mention', () => {
    const structure = buildPdfStructure(documentOf(paperPages()));
    expect(structure.figures.map((f) => [f.number, f.caption, f.page])).toEqual([
      ['1', 'The passes of the method.', 1],
      ['2', 'Readers per pass.', 2],
    ]);
    expect(structure.tables.map((t) => [t.number, t.caption])).toEqual([
      ['1', 'Minutes per pass.'],
    ]);
  });

  it('keeps per-section figure numbers apart from plain ones', () => {
    const pages = [
      textPage(1, [
        heading('1 Introduction'),
        ...bodyLines(8),
        { text: 'Fig. 1.1. The first figure of section one.', size: 9 },
        { text: 'Fig. 1.2. The second figure of section one.', size: 9 },
        { text: 'Fig. 11. A figure numbered eleven.', size: 9 },
      ]),
    ];
    const structure = buildPdfStructure(documentOf(pages));
    expect(structure.figures.map((f) => f.number)).toEqual(['1.1', '1.2', '11']);
  });

  it('splits a bracketed reference list into entries, joining wrapped lines', () => {
    const structure = buildPdfStructure(documentOf(paperPages()));
    expect(structure.references.map((r) => r.text)).toEqual([
      '[1] S. Keshav. How to read a paper. SIGCOMM CCR, 2007.',
      '[2] A. Writer. Another paper that has an entry on two lines. Journal, 2001.',
      '[3] B. Writer. A third paper. 2010.',
    ]);
  });

  it('splits an author-year list by its hanging indent', () => {
    const pages = [
      textPage(1, [heading('1 Introduction'), ...bodyLines(10), heading('References')]),
      textPage(2, [
        { text: 'Keshav, S. 2007. How to read a paper. ACM SIGCOMM Computer', size: 9 },
        { text: 'Communication Review 37(3).', size: 9, x: 82 },
        { text: 'Lamport, L. 1978. Time, clocks, and the ordering of events in a', size: 9 },
        { text: 'distributed system. Communications of the ACM 21(7):558-', size: 9, x: 82 },
        { text: '565.', size: 9, x: 82 },
        { text: 'Shannon, C. E. 1948. A mathematical theory of communication.', size: 9 },
      ]),
    ];
    const structure = buildPdfStructure(documentOf(pages));
    expect(structure.references).toHaveLength(3);
    expect(structure.references[1]!.text).toBe(
      'Lamport, L. 1978. Time, clocks, and the ordering of events in a distributed system. Communications of the ACM 21(7):558-565.',
    );
  });

  it('reads roman section numbers, with lettered sub-sections one level down', () => {
    const pages = [
      textPage(1, [
        heading('I. INTRODUCTION', 10),
        ...bodyLines(8),
        heading('A. The setting', 10),
        ...bodyLines(8),
        heading('II. RESULTS', 10),
        ...bodyLines(8),
        heading('III. CONCLUSION', 10),
        ...bodyLines(4),
      ]),
    ];
    const structure = buildPdfStructure(documentOf(pages));
    expect(structure.headings.map((h) => [h.number, h.level])).toEqual([
      ['I', 1],
      ['A', 2],
      ['II', 1],
      ['III', 1],
    ]);
    expect(structure.conclusionsIndex).toBe(3);
  });

  it('does not take numbered list items or body-style lines for headings', () => {
    const pages = [
      textPage(1, [
        heading('1 Introduction'),
        ...bodyLines(6),
        { text: '1. We prove the first theorem of this paper, which is new and useful.' },
        { text: '2 apples and 3 oranges were counted.' },
        ...bodyLines(6),
      ]),
    ];
    const structure = buildPdfStructure(documentOf(pages));
    expect(structure.headings.map((h) => h.text)).toEqual(['1 Introduction']);
  });

  it('prefers a usable outline, keeping printed front and back matter', () => {
    const structure = buildPdfStructure(
      documentOf(paperPages(), {
        outline: [
          {
            title: 'Learning to Read Papers',
            page: 1,
            children: [
              { title: '1 Introduction', page: 1, children: [] },
              {
                title: '2 Related Work',
                page: 1,
                children: [{ title: '2.1 Older methods', page: 1, children: [] }],
              },
              { title: '3 Conclusions', page: 2, children: [] },
            ],
          },
        ],
      }),
    );
    expect(structure.headingsSource).toBe('outline');
    expect(structure.headings.map((h) => [h.text, h.level])).toEqual([
      ['Abstract', 1],
      ['1 Introduction', 1],
      ['2 Related Work', 1],
      ['2.1 Older methods', 2],
      ['3 Conclusions', 1],
      ['References', 1],
    ]);
  });

  it('reports a PDF without text as having no text layer, with a note', () => {
    const pages = [{ page: 1, width: 595, height: 842, items: [] }];
    const structure = buildPdfStructure(documentOf(pages));
    expect(structure.hasTextLayer).toBe(false);
    expect(structure.headings).toEqual([]);
    expect(structure.notes.join(' ')).toMatch(/no text layer/);
  });

  it('notes when only the first pages were read', () => {
    const structure = buildPdfStructure({ ...documentOf(paperPages()), pageCount: 500 });
    expect(structure.pagesAnalysed).toBe(2);
    expect(structure.notes).toContain('Read the first 2 of 500 pages.');
  });

  it("finds the paper's own arXiv id on page 1 but not ids cited later", () => {
    const pages = paperPages();
    pages[0]!.items.push({
      ...textItem('arXiv:2106.09608v2 [cs.CL] 1 Jul 2021', 20, 300),
      transform: [0, 10, -10, 0, 20, 300],
    });
    pages[1]!.items.push(textItem('[4] Someone. arXiv:1706.03762, 2017.', 72, 100, 9));
    const structure = buildPdfStructure(documentOf(pages));
    expect(structure.arxivId).toBe('2106.09608');
    expect(structure.arxivCategory).toBe('cs.CL');
  });

  it('gives no arXiv category when page 1 has no stamp', () => {
    const structure = buildPdfStructure(documentOf(paperPages()));
    expect(structure.arxivId).toBeNull();
    expect(structure).not.toHaveProperty('arxivCategory');
  });
});

const itemArbitrary = fc.record({
  str: fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      'References',
      '1 Introduction',
      'Figure 1:',
      'Table II',
      '[1] A. B.',
      'IV. RESULTS',
      'Abstract',
      'A. Proofs',
    ),
  ),
  transform: fc.tuple(
    fc.double({ min: -50, max: 50, noNaN: true }),
    fc.double({ min: -5, max: 5, noNaN: true }),
    fc.double({ min: -5, max: 5, noNaN: true }),
    fc.double({ min: -50, max: 50, noNaN: true }),
    fc.double({ min: -100, max: 700, noNaN: true }),
    fc.double({ min: -100, max: 900, noNaN: true }),
  ),
  width: fc.double({ min: 0, max: 600, noNaN: true }),
  height: fc.double({ min: 0, max: 50, noNaN: true }),
  fontName: fc.constantFrom('f1', 'f2', 'f3'),
  hasEOL: fc.boolean(),
});

describe('buildPdfStructure on arbitrary text items', () => {
  it('fuzz: always returns a well-formed structure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(itemArbitrary, { maxLength: 60 }), { minLength: 1, maxLength: 4 }),
        (pageItems) => {
          const pages = pageItems.map((items, i) => ({
            page: i + 1,
            width: 595,
            height: 842,
            items,
          }));
          const structure = buildPdfStructure(documentOf(pages));
          expect(structure.pagesAnalysed).toBe(pages.length);
          for (const h of structure.headings) {
            expect(h.level).toBeGreaterThanOrEqual(1);
            expect(h.page).toBeGreaterThanOrEqual(1);
            expect(h.page).toBeLessThanOrEqual(pages.length);
          }
          if (structure.conclusionsIndex !== null) {
            expect(structure.headings[structure.conclusionsIndex]).toBeDefined();
          }
          structure.references.forEach((r, i) => expect(r.index).toBe(i + 1));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 5 },
    );
  });
});
