/**
 * Pages that are certainly not one paper, whatever their tags say: bot-challenge interstitials
 * (Cloudflare and the like) and listings or searches (many papers on one page).
 */

const CHALLENGE_TITLES =
  /^(?:just a moment|attention required|checking your browser|please wait|access denied|verifying you are human|ddos-guard|one more step|are you a robot|human verification|security check|bot verification|captcha)|\|\s*cloudflare\s*$/i;
// Looked up by id (constant time), because every real paper page pays for this check.
const CHALLENGE_IDS = [
  'challenge-form',
  'challenge-running',
  'challenge-stage',
  'cf-challenge-running',
  'cf-wrapper',
  'cf-please-wait',
  'px-captcha',
  'challenge-error-text',
  'cf-error-details',
];

/** A bot-check or block page standing in front of the real one. */
export function isChallengePage(doc: Document, title: string): boolean {
  return (
    CHALLENGE_TITLES.test(title.trim()) ||
    CHALLENGE_IDS.some((id) => doc.getElementById(id) !== null)
  );
}

/** Path segments and query keys that mark a listing or a search rather than one paper. */
const LISTING_SEGMENT = /^(?:list|lists|search|catchup|toc|results|browse-results)$/i;
const SEARCH_KEYS = ['query', 'q', 'searchtype', 'search', 'terms'];

export function isListingUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.pathname.split('/').some((segment) => LISTING_SEGMENT.test(segment))) return true;
  return SEARCH_KEYS.some((key) => parsed.searchParams.has(key));
}

const MAX_LINKS = 2_000;

/**
 * A page without tags of its own that links to several arXiv abstracts (a listing, a search, a
 * reading list) is about many papers, not one.
 */
export function linksToManyPapers(
  doc: Document,
  identify: (url: string) => string | null,
): boolean {
  const links = doc.getElementsByTagName('a');
  const seen = new Set<string>();
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const href = links[i]!.getAttribute('href');
    if (!href || !/\/abs\//.test(href)) continue;
    const id = identify(href);
    if (id !== null) seen.add(id);
    if (seen.size >= 3) return true;
  }
  return false;
}
