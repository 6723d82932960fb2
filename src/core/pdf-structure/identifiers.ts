/**
 * The paper's own arXiv id and DOI, read from its metadata and first page only: later pages
 * cite other papers' identifiers. arXiv's side stamp also names the primary category:
 * "arXiv:2106.09608v1 [cs.LG] 17 Jun 2021".
 */
import { findArxivIdInText, parseArxivCategory } from '../identity/arxiv';
import { findDoiInText } from '../identity/doi';

export function findIdentifiers(
  firstPageText: string,
  metadataText: string,
): {
  arxivId: string | null;
  arxivCategory: string | null;
  doi: string | null;
} {
  const text = `${metadataText}\n${firstPageText}`;
  const arxivId = findArxivIdInText(text)?.id ?? null;
  return {
    arxivId,
    arxivCategory: arxivId === null ? null : stampedCategory(firstPageText, arxivId),
    doi: findDoiInText(text),
  };
}

/** The bracketed category right after the id in the stamp; null when the id is not stamped so. */
function stampedCategory(firstPageText: string, arxivId: string): string | null {
  const id = arxivId.replace(/[.\\/-]/g, '\\$&');
  const stamp = new RegExp(`\\barxiv:\\s{0,2}${id}(?:v\\d{1,4})?\\s{0,4}\\[([^\\]]{1,40})\\]`, 'i');
  const category = stamp.exec(firstPageText)?.[1];
  return category === undefined ? null : parseArxivCategory(category);
}
