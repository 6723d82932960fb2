/**
 * Text folding for comparisons: a title from the metadata against the printed one, a heading
 * against a known section name, extracted against labelled text in the evaluation.
 */
import { foldText as foldForSearch } from '../search/text-folding';

/**
 * Search folding (lower case, no accents) with punctuation and whitespace dropped too:
 * "Conclusions & Future-Work" -> "conclusionsfuturework".
 */
export function foldText(text: string): string {
  return foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Leading section numbering removed: "2.1. Method" -> "Method", "IV. RESULTS" -> "RESULTS", "Appendix A: Proofs" kept. */
export function stripHeadingNumber(text: string): string {
  return text
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-Z])(?:[.:)]\s*|\s+)(?=\S)/, '')
    .trim();
}
