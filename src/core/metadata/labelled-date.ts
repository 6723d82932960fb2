/**
 * A publication date printed with a label ("Date of Publication (online): 2021/12/13",
 * "Published: 05 May 2010", "Received 6 March 1997; accepted 26 August 1997; Available online
 * 14 April 1998"), for pages whose tags give none. Labels are ranked: a publication or issue date
 * wins over the online-availability date, which wins over acceptance and receipt dates (which come
 * first on the page, but are not when the paper was published).
 */
import { parsePageDate, type PageDate } from './dates';

/** Label patterns, best first. */
const LABELS = [
  'date of publication|publication date|date published|published(?: in print)?|issue date|date issued|issued|release date',
  'published online|first published(?: online)?|online publication date|available online|epub(?: ahead of print)?|version of record online',
  'accepted(?: for publication)?|date accepted|revised',
  'received|submitted|date received',
] as const;
// The date is looked ahead at, not consumed, so a label inside it ("Received 2 Jan / Accepted 5
// May") is still found.
// Tried online labels first, so "Published online" is not read as "Published".
const ALTERNATIVES = [LABELS[1], LABELS[0], LABELS[2], LABELS[3]];
const LABELLED = new RegExp(
  `\\b(${ALTERNATIVES.map((l) => `(?:${l})`).join('|')})\\s*(?:\\([^)\\n]{0,30}\\))?\\s*(?:on\\s+)?:?\\s*\\n?\\s*(?=([^\\n;]{4,40}))`,
  'gi',
);
const RANKS = LABELS.map((l) => new RegExp(`^(?:${l})$`, 'i'));

/** `text` is the page's visible text, with line breaks between blocks. */
export function findLabelledDate(text: string): PageDate | null {
  let best: { date: PageDate; rank: number } | null = null;
  for (const m of text.matchAll(LABELLED)) {
    const label = m[1]!.replace(/\s+/g, ' ');
    const rank = RANKS.findIndex((r) => r.test(label));
    if (rank < 0 || (best && best.rank <= rank)) continue;
    const date = parsePageDate(m[2]!, false);
    if (date) best = { date, rank };
    if (best?.rank === 0) break;
  }
  return best?.date ?? null;
}
