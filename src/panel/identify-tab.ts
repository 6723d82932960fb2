/** Which paper, if any, the tab the panel serves shows: from its URL, its PDF-ness, or its page's metadata. */
import { parseArxivId } from '../core/identity/arxiv';
import { canonicalUrl } from '../core/identity/canonical-url';
import { identifyPdfUrl, identifyUrl } from '../core/identity/identify-url';
import { identityFromDoi } from '../core/identity/identity-from-doi';
import { makeIdentity, type PaperIdentity } from '../core/identity/paper-identity';
import type { PageMetadata } from '../core/metadata/page-metadata';

export interface TabPage {
  url: string;
  title: string;
  contentType?: string;
  metadata?: PageMetadata;
}

export function identifyTab(tab: TabPage): PaperIdentity | null {
  if (tab.contentType === 'application/pdf') return identifyPdfUrl(tab.url);
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
