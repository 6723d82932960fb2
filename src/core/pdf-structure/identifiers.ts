/**
 * The paper's own arXiv id and DOI, read from its metadata and first page only: later pages
 * cite other papers' identifiers.
 */
import { findArxivIdInText } from '../identity/arxiv';
import { findDoiInText } from '../identity/doi';

export function findIdentifiers(
  firstPageText: string,
  metadataText: string,
): {
  arxivId: string | null;
  doi: string | null;
} {
  const text = `${metadataText}\n${firstPageText}`;
  return { arxivId: findArxivIdInText(text)?.id ?? null, doi: findDoiInText(text) };
}
