import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { samplePaper } from './paper';
import { samplePaperPdf } from './paper-pdf';

/** The text of each page, as pdf.js (what the extension uses) reads it. */
async function pageTexts(bytes: Uint8Array): Promise<{ pages: string[]; title: unknown }> {
  const pdf = await getDocument({ data: bytes, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, title: (info as { Title?: unknown }).Title };
}

describe('sample paper PDF', async () => {
  const { pages, title } = await pageTexts(await samplePaperPdf(samplePaper));
  const lines = pages.join('\n').split('\n');

  it('has several pages and the paper’s title in its metadata', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(title).toBe(samplePaper.title);
  });

  it('starts with the title and authors on the first page', () => {
    expect(pages[0]).toContain('Budgeted Attention: A Field Study of Three-Pass Reading in');
    expect(pages[0]).toContain(samplePaper.authors.join(', '));
    expect(pages[0]).toContain('Abstract');
  });

  it('has numbered section headings in order, from Introduction to Conclusion, then References', () => {
    const headings = lines.filter((line) => /^(\d+(\.\d+)? [A-Z][\w ]+|References)$/.test(line));
    expect(headings).toEqual([
      '1 Introduction',
      '2 Related Work',
      '3 Method',
      '3.1 Budgets',
      '4 Evaluation',
      '5 Discussion',
      '6 Conclusion',
      'References',
    ]);
  });

  it('has three figure captions and a table caption', () => {
    expect(lines.filter((line) => /^Figure \d+: /.test(line)).map((l) => l.slice(0, 9))).toEqual([
      'Figure 1:',
      'Figure 2:',
      'Figure 3:',
    ]);
    expect(lines.some((line) => line.startsWith('Table 1: '))).toBe(true);
  });

  it('ends with a numbered reference list', () => {
    const references = lines.filter((line) => /^\[\d+\] /.test(line));
    expect(references.map((line) => line.slice(0, 3))).toEqual(['[1]', '[2]', '[3]', '[4]']);
    expect(pages.at(-1)).toContain('[4] S. Okafor');
  });
});
