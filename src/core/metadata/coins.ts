/**
 * COinS: an OpenURL ContextObject in the title attribute of a span with class Z3988, as library
 * systems and older publisher pages embed for reference managers. One span names one work; a page
 * with several (a listing) gives none.
 */
import type { FoundFields } from './found-fields';
import { LIMITS } from './limits';

export function readCoins(doc: Document): FoundFields | null {
  const spans = doc.getElementsByClassName('Z3988');
  if (spans.length !== 1) return null;
  const raw = spans[0]!.getAttribute('title');
  if (!raw || raw.length > LIMITS.metaValue) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw.replace(/&amp;/g, '&'));
  } catch {
    return null;
  }
  const authors: string[] = [];
  const whole = params.getAll('rft.au');
  if (whole.length > 0) authors.push(...whole.slice(0, LIMITS.authors));
  else {
    const last = params.get('rft.aulast');
    const first = params.get('rft.aufirst') ?? params.get('rft.auinit');
    if (last) authors.push(first ? `${first} ${last}` : last);
  }
  const ids = params.getAll('rft_id');
  const doi = ids
    .map((id) => /^(?:info:doi\/|https?:\/\/(?:dx\.)?doi\.org\/)(10\..+)$/i.exec(id.trim())?.[1])
    .find((d) => d !== undefined);
  return {
    title:
      params.get('rft.atitle') ?? params.get('rft.title') ?? params.get('rft.btitle') ?? undefined,
    authors,
    date: params.get('rft.date') ?? undefined,
    doi,
    venue: params.get('rft.jtitle') ?? params.get('rft.stitle') ?? undefined,
  };
}

/** Kept for the evidence rule: a COinS naming an article (not a web page or a book listing). */
export function coinsNamesArticle(fields: FoundFields | null): boolean {
  return (
    fields !== null &&
    fields.title !== undefined &&
    (fields.doi !== undefined || (fields.authors?.length ?? 0) > 0)
  );
}
