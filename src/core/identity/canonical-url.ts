/**
 * One spelling per address, so the same PDF opened from two links is one paper: lower-case host
 * and no default port (the URL parser does both), no fragment, no tracking parameters, the rest of
 * the query sorted.
 */

const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/** Canonical spelling of `url`, or null when it is not a URL. */
export function canonicalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  parsed.hash = '';
  const params = new URLSearchParams(
    [...parsed.searchParams].filter(([name]) => !isTrackingParam(name)),
  );
  params.sort();
  // Assigning even an empty query drops a dangling "?".
  parsed.search = params.toString();
  return parsed.href;
}
