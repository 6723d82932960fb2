/**
 * pdf.js alone, with nothing of ours: the text of every page. The benchmark's baseline for the
 * full analysis (same pdf.js build, same bytes, same run).
 */
import type { PdfjsRuntime } from './read-pdf';

export async function readPlainText(runtime: PdfjsRuntime, data: Uint8Array): Promise<string[]> {
  const task = runtime.pdfjs.getDocument({
    data: data.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    ...runtime.documentOptions,
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
