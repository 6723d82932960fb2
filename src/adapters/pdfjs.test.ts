import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analysePdfWith, PdfAnalysisError, type PdfjsRuntime } from './pdfjs';
import { loadNodePdfjs } from './pdfjs/load-node';
import {
  htmlServedAsPdf,
  makeLongPdf,
  makePaperPdf,
  makePasswordPdf,
  makeScanPdf,
  PAPER,
} from '../../test/fixtures/pdf/test-pdfs';

let runtime: PdfjsRuntime;
let paper: Uint8Array;

beforeAll(async () => {
  runtime = await loadNodePdfjs();
  paper = await makePaperPdf();
});

async function errorKindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PdfAnalysisError);
    return (error as PdfAnalysisError).kind;
  }
  return 'no error';
}

describe('analysePdf through the pdf.js legacy build', () => {
  it('reads a generated paper: title, authors, headings, captions, references, arXiv id', async () => {
    const structure = await analysePdfWith(runtime, { data: paper });
    expect(structure.hasTextLayer).toBe(true);
    expect(structure.pageCount).toBe(3);
    expect(structure.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(structure.title).toBe(PAPER.title);
    expect(structure.authors).toEqual(PAPER.authors);
    expect(structure.headings.map((h) => h.text)).toEqual(PAPER.headings);
    expect(structure.headings[structure.conclusionsIndex!]!.text).toBe('4 Conclusions');
    expect(structure.figures).toHaveLength(PAPER.figures);
    expect(structure.tables).toHaveLength(PAPER.tables);
    expect(structure.tables[0]).toMatchObject({ number: '1', page: 2 });
    expect(structure.references).toHaveLength(PAPER.references);
    expect(structure.references[2]!.text).toBe(
      '[3] B. Author. A third paper, whose entry runs over two lines in the list of references. Proceedings of Something, 2010.',
    );
    expect(structure.arxivId).toBe(PAPER.arxivId);
  });

  it('ignores a metadata title that disagrees with the first page', async () => {
    const data = await makePaperPdf({ metadataTitle: 'Microsoft Word - draft7.docx' });
    const structure = await analysePdfWith(runtime, { data });
    expect(structure.title).toBe(PAPER.title);
    expect(structure.titleSource).toBe('typography');
  });

  it('reports progress page by page and leaves the caller’s bytes usable', async () => {
    const progress: Array<[number, number]> = [];
    await analysePdfWith(
      runtime,
      { data: paper },
      { onProgress: (read, total) => progress.push([read, total]) },
    );
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(paper.byteLength).toBeGreaterThan(0);
  });

  it('says a scan has no text layer instead of returning an empty checklist', async () => {
    const structure = await analysePdfWith(runtime, { data: await makeScanPdf() });
    expect(structure.hasTextLayer).toBe(false);
    expect(structure.notes.join(' ')).toMatch(/no text layer/);
  });

  it('caps a very long PDF and says so', async () => {
    const structure = await analysePdfWith(
      runtime,
      { data: await makeLongPdf(60) },
      { maxPages: 10 },
    );
    expect(structure.pageCount).toBe(60);
    expect(structure.pagesAnalysed).toBe(10);
    expect(structure.notes).toContain('Read the first 10 of 60 pages.');
  });

  it('rejects an HTML page served as a PDF', async () => {
    expect(await errorKindOf(analysePdfWith(runtime, { data: htmlServedAsPdf() }))).toBe('not-pdf');
  });

  it('rejects a password-protected PDF as encrypted', async () => {
    expect(await errorKindOf(analysePdfWith(runtime, { data: await makePasswordPdf() }))).toBe(
      'encrypted',
    );
  });

  it('says a truncated PDF is damaged', async () => {
    const truncated = paper.slice(0, Math.floor(paper.length * 0.7));
    expect(await errorKindOf(analysePdfWith(runtime, { data: truncated }))).toBe('corrupt');
  });

  it('rejects a PDF header followed by garbage as damaged', async () => {
    const garbage = new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(500));
    expect(await errorKindOf(analysePdfWith(runtime, { data: garbage }))).toBe('corrupt');
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const analysis = analysePdfWith(
      runtime,
      { data: await makeLongPdf(30) },
      { signal: controller.signal, onProgress: (read) => read === 2 && controller.abort() },
    );
    expect(await errorKindOf(analysis)).toBe('cancelled');
  });

  it('fuzz: mutated PDF bytes give a structure or a PdfAnalysisError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.option(fc.nat(), { nil: undefined }),
        async (edits, cut) => {
          const bytes = paper.slice(0, cut === undefined ? paper.length : cut % paper.length);
          for (const [position, value] of edits) bytes[position % bytes.length] = value;
          try {
            const structure = await analysePdfWith(runtime, { data: bytes });
            expect(structure.formatVersion).toBeGreaterThan(0);
          } catch (error) {
            expect(error).toBeInstanceOf(PdfAnalysisError);
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 5 },
    );
  }, 120_000);
});
