/** Which paper, if any, a tab shows: from its URL, its PDF-ness, or its page's metadata. */
import { parseArxivId } from './arxiv';
import { canonicalUrl } from './canonical-url';
import { identifyPdfUrl, identifyUrl } from './identify-url';
import { identityFromDoi } from './identity-from-doi';
import { makeIdentity, type PaperIdentity } from './paper-identity';
import type { PageMetadata } from '../metadata/page-metadata';

export interface TabPage {
  url: string;
  title: string;
  contentType?: string;
  metadata?: PageMetadata;
}

export function identifyTab(tab: TabPage): PaperIdentity | null {
  if (tab.contentType === 'application/pdf' || looksLikePdf(tab.url))
    return identifyPdfUrl(tab.url);
  const fromUrl = identifyUrl(tab.url);
  if (fromUrl) return fromUrl;
  const metadata = tab.metadata;
  if (!metadata?.isPaper) return null;
  // A publisher's landing page: the identifiers it names, else its own address.
  const fromDoi = metadata.doi ? identityFromDoi(metadata.doi, metadata.version, 'abstract') : null;
  if (fromDoi) return fromDoi;
  const arxiv = metadata.arxivId ? parseArxivId(metadata.arxivId) : null;
  if (arxiv) return makeIdentity('arxiv', arxiv.id, arxiv.version ?? metadata.version, 'abstract');
  const address = canonicalUrl(tab.url);
  return address ? makeIdentity('url', address, undefined, 'abstract') : null;
}

/** Where no content script can look (Firefox's PDF viewer, sites not granted), the URL is all we have. */
function looksLikePdf(url: string): boolean {
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
