/**
 * The DOI a page without tags prints for itself: one labelled "DOI" or written as a doi.org link
 * in the text before its reference list, the first such (an article's own DOI sits in its header,
 * above the DOIs it cites). Used after soleDoiIn, when the page prints several DOIs.
 */
import { normaliseDoi } from '../identity/doi';

const REFERENCES =
  /\n\s*(?:\d+\.?\s*)?(?:references|bibliography|literature cited|works cited|notes and references)\s*\n/i;
const LABELLED_DOI =
  /(?:\bdoi\b\s*:?\s*(?:https?:\/\/(?:dx\.)?doi\.org\/)?|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/[^\s"<>]+)/i;
/** How far into the text an article's own DOI is looked for. */
const HEAD_LENGTH = 10_000;

/** `text` is the page's visible text, with line breaks between blocks. */
export function labelledDoiBeforeReferences(text: string): string | null {
  const head = text.slice(0, HEAD_LENGTH);
  const end = REFERENCES.exec(head)?.index ?? head.length;
  const m = LABELLED_DOI.exec(head.slice(0, end));
  return m ? normaliseDoi(m[1]!) : null;
}
