/**
 * The DOI a page without tags prints for itself: one labelled "DOI" or written as a doi.org link
 * at the start of a short line of its own (not cited in running prose) before its reference list, the first such (an article's own DOI sits in its header,
 * above the DOIs it cites). Used after soleDoiIn, when the page prints several DOIs.
 */
import { normaliseDoi } from '../identity/doi';

const REFERENCES =
  /\n\s*(?:\d+\.?\s*)?(?:references|bibliography|literature cited|works cited|notes and references)\s*\n/i;
/** A line that starts with the DOI, after at most a short label ("Cite as:", "Article DOI:"). */
const LABELLED_DOI =
  /^\s*(?:[\p{L} ]{1,24}:\s*)?(?:\bdoi\b\s*:?\s*(?:https?:\/\/(?:dx\.)?doi\.org\/)?|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/[^\s"<>]+)/iu;
/** How far into the text an article's own DOI is looked for. */
const HEAD_LENGTH = 10_000;
const MAX_LINE = 160;

/** `text` is the page's visible text, with line breaks between blocks. */
export function labelledDoiBeforeReferences(text: string): string | null {
  const head = text.slice(0, HEAD_LENGTH);
  const end = REFERENCES.exec(head)?.index ?? head.length;
  for (const line of head.slice(0, end).split('\n')) {
    // A line of its own, as in a header or a "Cite as" box, not a DOI cited in running prose.
    if (line.length > MAX_LINE) continue;
    const m = LABELLED_DOI.exec(line);
    if (m) return normaliseDoi(m[1]!);
  }
  return null;
}
