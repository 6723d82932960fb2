/**
 * A DOI printed in page text counts as the page's own only when it is the only one there: a page
 * that prints several is citing, not naming itself.
 */
import { findDoiInText, normaliseDoi } from '../identity/doi';

const ANY_DOI = /\b10\.\d{4,9}\/\S+/g;

export function soleDoiIn(text: string): string | null {
  const first = findDoiInText(text);
  if (!first) return null;
  for (const m of text.matchAll(ANY_DOI)) {
    const other = normaliseDoi(m[0]);
    if (other && other !== first) return null;
  }
  return first;
}
