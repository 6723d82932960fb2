/**
 * The address that opens a PDF at one page in the browser's viewer (`#page=N`, which Chromium's
 * and Firefox's viewers both follow). Only for http(s) PDFs: other schemes are not ours to open.
 */
export function pdfPageLink(pdfUrl: string | undefined, page: number): string | null {
  if (!pdfUrl || !Number.isSafeInteger(page) || page < 1) return null;
  try {
    const url = new URL(pdfUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.hash = `page=${page}`;
    return url.href;
  } catch {
    return null;
  }
}
