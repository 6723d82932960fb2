/**
 * The body of an arXiv abstract page (arxiv.org/abs/ID), for when its citation_* tags are missing
 * or incomplete: title, authors, abstract, comments, subjects, journal reference, related DOI and
 * the submission history with its versions. Recognised by arXiv's own markup, not by URL, so a
 * mirror or a saved copy is read the same way.
 */
import { parseArxivCategory } from '../identity/arxiv';
import type { FoundFields } from './found-fields';
import { LIMITS } from './limits';
import { textOf, visibleText } from './visible-text';

/** A subject ends in its category code: "Machine Learning (cs.LG)". */
const SUBJECT_CODE = /\(([^()]{1,40})\)\s*$/;

const DESCRIPTOR = /^\s*(?:title|authors?|abstract)\s*:\s*/i;
const VERSION_ENTRY = /\[v(\d{1,4})\]\s*(?:\w{3},\s*)?(\d{1,2}\s+\w{3,9}\s+\d{4})?/g;
const THIS_VERSION = /this version,\s*(v\d{1,4})/i;

/** arXiv's abstract page wraps its record in #abs (an id lookup, cheap on any page). */
function isArxivAbsPage(doc: Document): boolean {
  const abs = doc.getElementById('abs');
  return abs !== null && abs.querySelector('h1.title, blockquote.abstract') !== null;
}

export function readArxivAbsPage(doc: Document): FoundFields | null {
  if (!isArxivAbsPage(doc)) return null;
  const strip = (s: string | undefined) => s?.replace(DESCRIPTOR, '');
  const authorLinks = doc.querySelectorAll('div.authors a');
  const authors: string[] = [];
  for (let i = 0; i < authorLinks.length && authors.length < LIMITS.authors; i++) {
    authors.push(visibleText(authorLinks[i]!, LIMITS.authorName));
  }
  const history = textOf(doc, 'div.submission-history', 10_000) ?? '';
  const versions: { version: string; date?: string }[] = [];
  for (const m of history.matchAll(VERSION_ENTRY)) {
    if (versions.length >= LIMITS.versions) break;
    versions.push(m[2] ? { version: `v${m[1]}`, date: m[2] } : { version: `v${m[1]}` });
  }
  const dateline = textOf(doc, 'div.dateline', 1_000) ?? '';
  const subjects = (textOf(doc, 'td.subjects', 5_000) ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  // "(or arXiv:2106.09608v2 for this version)" names the version shown.
  const citeVersion = textOf(doc, 'td.arxividv', 500);
  return {
    title: strip(textOf(doc, 'h1.title', LIMITS.title * 2)),
    authors,
    abstract: strip(textOf(doc, 'blockquote.abstract', LIMITS.abstract * 2)),
    comments: textOf(doc, 'td.comments', LIMITS.comments * 2),
    subjects,
    venue: textOf(doc, 'td.jref', LIMITS.venue * 2),
    doi: textOf(doc, 'td.doi', 1_000),
    arxivId: citeVersion ?? textOf(doc, 'td.arxivid, span.arxivid', 500),
    version: shownVersion(doc) ?? THIS_VERSION.exec(dateline)?.[1],
    date: versions[0]?.date,
    versions,
  };
}

/** In the submission history the version on show is the one entry that is not a link. */
function shownVersion(doc: Document): string | undefined {
  const entries = doc.querySelectorAll('div.submission-history strong');
  for (let i = 0; i < entries.length && i < LIMITS.versions; i++) {
    const entry = entries[i]!;
    const m = /^\s*\[(v\d{1,4})\]\s*$/.exec(visibleText(entry, 50));
    if (m && entry.querySelector('a') === null) return m[1];
  }
  return undefined;
}

/**
 * The paper's primary arXiv category ("cs.LG"), from the subjects its abstract page lists: the
 * primary one comes first. Undefined when that subject carries no valid category.
 */
export function primaryArxivCategory(subjects: readonly string[] | undefined): string | undefined {
  const code = SUBJECT_CODE.exec(subjects?.[0] ?? '')?.[1];
  return (code && parseArxivCategory(code)) || undefined;
}
