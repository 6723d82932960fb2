/**
 * What arXiv's abstract page says about a paper whose PDF or HTML is in the tab (title, authors,
 * version), read by the core page-metadata parser as untrusted text. The panel fetches it itself:
 * it is an extension page holding the arxiv.org host permission, and a Chrome service worker has
 * no DOMParser to read the page with. Imported lazily, so the parser stays out of the first script.
 */
import { extractPageMetadata } from '../core/metadata/extract-page-metadata';
import type { PageMetadata } from '../core/metadata/page-metadata';

/** An abstract page is ~50 KB; anything far larger is not one. */
const MAX_CHARS = 2_000_000;

export async function readArxivAbstractPage(
  url: string,
  signal: AbortSignal,
): Promise<PageMetadata | null> {
  // No cookies: the page is public, and the reader's arXiv session is none of our business.
  const response = await fetch(url, { credentials: 'omit', signal });
  if (!response.ok || !/html/i.test(response.headers.get('content-type') ?? '')) return null;
  const html = (await response.text()).slice(0, MAX_CHARS);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const metadata = extractPageMetadata(doc, response.url || url);
  return metadata.isPaper ? metadata : null;
}
