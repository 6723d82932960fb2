/**
 * Which stored paper a PDF belongs to when the tab only knows its address: the keys its text
 * names (arXiv id, DOI) and its fingerprint, looked up in the library after analysis.
 */
import { identityFromDoi } from './identity/identity-from-doi';
import { identityKey } from './identity/paper-identity';
import type { Paper } from './model';
import type { PdfStructure } from './pdf-structure/pdf-structure';

type PdfKeys = Pick<PdfStructure, 'arxivId' | 'doi' | 'fingerprint'>;

/** The keys a PDF names, most specific first: its arXiv id, its DOI, its fingerprint. */
export function pdfIdentityKeys(pdf: PdfKeys): string[] {
  const keys: string[] = [];
  if (pdf.arxivId) keys.push(identityKey('arxiv', pdf.arxivId));
  const fromDoi = pdf.doi ? identityFromDoi(pdf.doi) : null;
  if (fromDoi) keys.push(fromDoi.key);
  if (pdf.doi) keys.push(identityKey('doi', pdf.doi.toLowerCase()));
  if (pdf.fingerprint) keys.push(identityKey('fingerprint', pdf.fingerprint));
  return [...new Set(keys)];
}

/**
 * Only a paper known by nothing but its address (its URL, a venue's own number in it such as IEEE's
 * stamp.jsp?arnumber=N, or a file's fingerprint) is looked for elsewhere: the same paper may be in
 * the library under the DOI its landing page named.
 */
const LINKABLE = /^(?:url|venue|fingerprint):/;

/**
 * The keys to look the paper up by, or none: a paper already named by an identifier stays as it
 * is, and so does one already in the library (its notes are there, not to be moved silently).
 */
export function keysToLinkPdf(shown: { key: string; stored: boolean }, pdf: PdfKeys): string[] {
  if (shown.stored || !LINKABLE.test(shown.key)) return [];
  return pdfIdentityKeys(pdf).filter((key) => key !== shown.key);
}

/** The found paper, now also known by the PDF's address, so the next visit finds it at once. */
export function withPdfAddress(found: Paper, addressKey: string): Paper {
  if (found.key === addressKey || found.aliases.includes(addressKey)) return found;
  return { ...found, aliases: [...found.aliases, addressKey] };
}
