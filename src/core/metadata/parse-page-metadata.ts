/**
 * The boundary check for page metadata arriving from a content script: the sender is a web page's
 * process and is not trusted. Wrong types reject the whole value (null); over-long text and lists
 * are cut again, markup and control characters removed, invalid ids and non-http(s) links dropped,
 * each noted in `unreadable`.
 */
import { parseArxivId } from '../identity/arxiv';
import { normaliseDoi } from '../identity/doi';
import type { Author } from '../model';
import { cleanText } from './clean-text';
import { LIMITS } from './limits';
import type { PageMetadata } from './page-metadata';

class Malformed extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parsePageMetadata(value: unknown): PageMetadata | null {
  try {
    return parse(value);
  } catch {
    // Malformed, or a getter on a hostile object threw: either way the value is refused.
    return null;
  }
}

function parse(value: unknown): PageMetadata {
  if (!isRecord(value) || typeof value.isPaper !== 'boolean') throw new Malformed();
  const unreadable: string[] = [];
  const text = (key: string, max: number): string | undefined => {
    const raw = value[key];
    if (raw === undefined) return undefined;
    if (typeof raw !== 'string') throw new Malformed();
    const { text: clean, truncated } = cleanText(raw, max);
    if (truncated) unreadable.push(`${key} (cut at ${max} characters)`);
    return clean === '' ? undefined : clean;
  };
  const list = (key: string, max: number): unknown[] | undefined => {
    const raw = value[key];
    if (raw === undefined) return undefined;
    if (!Array.isArray(raw)) throw new Malformed();
    if (raw.length > max) unreadable.push(`${key} after the first ${max}`);
    return raw.slice(0, max);
  };

  const result: PageMetadata = {
    isPaper: value.isPaper,
    authors: (list('authors', LIMITS.authors) ?? []).map(parseAuthor).filter((a) => a.name !== ''),
    unreadable: [],
  };
  const title = text('title', LIMITS.title);
  if (title) result.title = title;
  const date = text('date', LIMITS.short);
  if (date && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) result.date = date;
  else if (date) unreadable.push('date (not an ISO date)');
  if (value.year !== undefined) {
    if (typeof value.year !== 'number') throw new Malformed();
    if (Number.isInteger(value.year) && value.year >= 1600 && value.year <= 2100)
      result.year = value.year;
    else unreadable.push('year (out of range)');
  }
  const doi = text('doi', LIMITS.short);
  if (doi) {
    const normalised = normaliseDoi(doi);
    if (normalised) result.doi = normalised;
    else unreadable.push('doi (not a DOI)');
  }
  const arxiv = text('arxivId', LIMITS.short);
  if (arxiv) {
    const parsed = parseArxivId(arxiv);
    if (parsed) result.arxivId = parsed.id;
    else unreadable.push('arxivId (not an arXiv identifier)');
  }
  const version = text('version', LIMITS.short);
  if (version && /^v\d{1,4}$/.test(version)) result.version = version;
  const abstract = text('abstract', LIMITS.abstract);
  if (abstract) result.abstract = abstract;
  const venue = text('venue', LIMITS.venue);
  if (venue) result.venue = venue;
  for (const key of ['pdfUrl', 'canonicalUrl'] as const) {
    const url = text(key, LIMITS.url);
    if (url && isHttpUrl(url)) result[key] = url;
    else if (url) unreadable.push(`${key} (not an http(s) link)`);
  }
  const subjects = list('subjects', LIMITS.subjects);
  if (subjects) {
    result.subjects = subjects.map((s) => {
      if (typeof s !== 'string') throw new Malformed();
      return cleanText(s, LIMITS.subject).text;
    });
  }
  const comments = text('comments', LIMITS.comments);
  if (comments) result.comments = comments;
  const versions = list('versions', LIMITS.versions);
  if (versions) result.versions = versions.map(parseVersion);
  const claimed = list('unreadable', LIMITS.unreadable) ?? [];
  const notes = claimed.map((n) => {
    if (typeof n !== 'string') throw new Malformed();
    return cleanText(n, 200).text;
  });
  result.unreadable = [...new Set([...notes, ...unreadable])].slice(0, LIMITS.unreadable);
  return result;
}

function parseAuthor(value: unknown): Author {
  if (!isRecord(value) || typeof value.name !== 'string' || typeof value.original !== 'string') {
    throw new Malformed();
  }
  return {
    name: cleanText(value.name, LIMITS.authorName).text,
    original: cleanText(value.original, LIMITS.authorName).text,
  };
}

function parseVersion(value: unknown): { version: string; date?: string } {
  if (!isRecord(value) || typeof value.version !== 'string' || !/^v\d{1,4}$/.test(value.version)) {
    throw new Malformed();
  }
  if (value.date === undefined) return { version: value.version };
  if (typeof value.date !== 'string' || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value.date)) {
    throw new Malformed();
  }
  return { version: value.version, date: value.date };
}

function isHttpUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
