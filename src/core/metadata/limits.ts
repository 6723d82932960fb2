/**
 * How much of a page the extractor will keep. Pages are untrusted: a hostile one can put megabytes
 * in a meta tag or thousands of tags in its head, so every field is capped here, once, for both
 * the extractor and the boundary check.
 */
export const LIMITS = {
  title: 1_000,
  abstract: 20_000,
  authorName: 300,
  authors: 500,
  venue: 500,
  comments: 2_000,
  subject: 200,
  subjects: 50,
  versions: 100,
  url: 2_048,
  /** Short fields: ids, dates, versions. */
  short: 300,
  /** Meta elements read per page; later ones are ignored (and recorded as unreadable). */
  metaTags: 2_000,
  /** One meta value longer than this is not read at all: no real tag needs it. */
  metaValue: 1_000_000,
  /** JSON-LD scripts read, and the longest one parsed. */
  jsonLdScripts: 10,
  jsonLdLength: 200_000,
  /** Characters of body text searched by the visible-text fallbacks. */
  bodyText: 50_000,
  unreadable: 50,
} as const;
