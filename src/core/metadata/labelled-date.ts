/**
 * A publication date printed with a label ("Date of Publication (online): 2021/12/13",
 * "Published: 05 May 2010", "Issue date: September 2010"), for pages whose tags give none.
 */
import { parsePageDate, type PageDate } from './dates';

const LABELLED =
  /\b(?:date of publication|publication date|date published|published(?: online)?|release date|issue date|date issued|issued)\s*(?:\([^)\n]{0,30}\))?\s*:?\s*\n?\s*([^\n]{4,40})/gi;

/** `text` is the page's visible text, with line breaks between blocks. */
export function findLabelledDate(text: string): PageDate | null {
  for (const m of text.matchAll(LABELLED)) {
    const date = parsePageDate(m[1]!, false);
    if (date) return date;
  }
  return null;
}
