/**
 * The last step of extraction: the merged fields cleaned, capped and put in the shape the rest of
 * the extension reads (PageMetadata), with whatever was cut or dropped noted in `unreadable`.
 */
import type { ArxivId } from '../identity/arxiv';
import type { Author } from '../model';
import { normaliseAuthorName } from './author-name';
import { cleanText, isTemplatePlaceholder } from './clean-text';
import { parsePageDate, type PageDate } from './dates';
import type { FoundFields } from './found-fields';
import { LIMITS } from './limits';
import type { PageMetadata } from './page-metadata';

export function note(unreadable: string[], what: string): void {
  if (unreadable.length < LIMITS.unreadable * 2) unreadable.push(what);
}

/** Cleaned and capped text, noting a cut; undefined for empty text. */
export function capped(
  raw: string | undefined,
  max: number,
  field: string,
  unreadable: string[],
): string | undefined {
  if (raw === undefined) return undefined;
  const { text, truncated } = cleanText(raw, max);
  if (truncated) note(unreadable, `${field} (cut at ${max} characters)`);
  return text === '' ? undefined : text;
}

export function readAuthors(raw: readonly string[], unreadable: string[]): Author[] {
  if (raw.length > LIMITS.authors) note(unreadable, `authors after the first ${LIMITS.authors}`);
  const authors: Author[] = [];
  for (const name of raw.slice(0, LIMITS.authors)) {
    if (isTemplatePlaceholder(name)) continue;
    if (name.length > LIMITS.authorName * 4) note(unreadable, 'author (too long)');
    const author = normaliseAuthorName(name);
    if (author) authors.push(author);
  }
  return authors;
}

/** An http(s) URL resolved against the page, or undefined. */
export function httpUrl(raw: string | undefined | null, base: string): string | undefined {
  if (!raw || raw.length > LIMITS.url) return undefined;
  try {
    const resolved = new URL(raw.trim(), base);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:'
      ? resolved.href
      : undefined;
  } catch {
    return undefined;
  }
}

export interface MergedFields {
  isPaper: boolean;
  title: string | undefined;
  authors: Author[];
  date: PageDate | null;
  doi: string | undefined;
  arxiv: ArxivId | null;
  version: string | undefined;
  /** The merge's choice for the remaining fields. */
  pick: <K extends keyof FoundFields>(key: K) => FoundFields[K] | undefined;
  canonicalUrl: string | undefined;
  url: string;
  unreadable: string[];
}

export function assemble(f: MergedFields): PageMetadata {
  const { unreadable } = f;
  const result: PageMetadata = { isPaper: f.isPaper, authors: f.authors, unreadable: [] };
  if (f.title !== undefined) result.title = f.title;
  if (f.date) {
    result.date = f.date.iso;
    result.year = f.date.year;
  }
  if (f.doi) result.doi = f.doi;
  if (f.arxiv) {
    result.arxivId = f.arxiv.id;
    const version = (f.version ?? f.arxiv.version)?.trim();
    if (version && /^v\d{1,4}$/.test(version)) result.version = version;
  }
  const abstract = capped(f.pick('abstract'), LIMITS.abstract, 'abstract', unreadable);
  if (abstract) result.abstract = abstract;
  const venue = capped(f.pick('venue'), LIMITS.venue, 'venue', unreadable);
  if (venue) result.venue = venue;
  const pdfUrl = httpUrl(f.pick('pdfUrl'), f.url);
  if (pdfUrl) result.pdfUrl = pdfUrl;
  if (f.canonicalUrl) result.canonicalUrl = f.canonicalUrl;
  const subjects = (f.pick('subjects') ?? [])
    .slice(0, LIMITS.subjects)
    .map((s) => cleanText(s, LIMITS.subject).text)
    .filter((s) => s !== '');
  if (subjects.length > 0) result.subjects = subjects;
  const comments = capped(f.pick('comments'), LIMITS.comments, 'comments', unreadable);
  if (comments) result.comments = comments;
  const versions = (f.pick('versions') ?? []).slice(0, LIMITS.versions).map((v) => {
    const when = v.date ? parsePageDate(v.date) : null;
    return when ? { version: v.version, date: when.iso } : { version: v.version };
  });
  if (versions.length > 0) result.versions = versions;
  result.unreadable = [...new Set(unreadable)].slice(0, LIMITS.unreadable);
  return result;
}
