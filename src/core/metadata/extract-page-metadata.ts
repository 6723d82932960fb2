/**
 * What a page says about the paper it shows, from every source a publisher or repository uses:
 * Highwire citation_* tags, Dublin Core, PRISM, Open Graph, the canonical link, JSON-LD
 * ScholarlyArticle, arXiv's abstract-page body, and, failing all of those, the visible header.
 * Pure over the standard DOM (a browser document or happy-dom). Never throws: a page is hostile
 * input, so every field is cleaned and capped and whatever was dropped is named in `unreadable`.
 */
import { findArxivIdInText, parseArxivId, type ArxivId } from '../identity/arxiv';
import { findDoiInText, normaliseDoi } from '../identity/doi';
import { identifyUrl } from '../identity/identify-url';
import type { Author } from '../model';
import { readArxivAbsPage } from './arxiv-abs-page';
import { normaliseAuthorName } from './author-name';
import { cleanText, foldWhitespace, isTemplatePlaceholder } from './clean-text';
import { parsePageDate } from './dates';
import type { FoundFields } from './found-fields';
import { readScholarlyJsonLd } from './json-ld';
import { readLatexmlPage } from './latexml-page';
import { findLabelledDate } from './labelled-date';
import { LIMITS } from './limits';
import { readMetaTags, type MetaTags } from './meta-tags';
import { isChallengePage, isListingUrl, linksToManyPapers } from './page-kind';
import type { PageMetadata } from './page-metadata';
import { soleDoiIn } from './sole-doi';
import { readVisibleHeader } from './visible-header';
import { visibleText } from './visible-text';

export function extractPageMetadata(doc: Document, url: string): PageMetadata {
  const unreadable: string[] = [];
  try {
    return extract(doc, String(url), unreadable);
  } catch {
    return {
      isPaper: false,
      authors: [],
      unreadable: [...unreadable, 'page'].slice(0, LIMITS.unreadable),
    };
  }
}

/** The arXiv-issued DataCite DOI names the arXiv paper itself: it is an arXiv id, not a journal DOI. */
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

function extract(doc: Document, url: string, unreadable: string[]): PageMetadata {
  // The <title>'s full text: some parsers give it child elements where browsers keep raw text.
  const titleElement = doc.querySelector('title');
  const documentTitle = cleanText(titleElement?.textContent ?? '', LIMITS.title).text;
  if (isChallengePage(doc, documentTitle)) {
    return { isPaper: false, authors: [], unreadable: ['page (bot challenge, not the paper)'] };
  }
  const meta = readMetaTags(doc, unreadable);
  const tags = fromMetaTags(meta);
  const jsonLd = readScholarlyJsonLd(doc, unreadable);
  const arxivPage = readArxivAbsPage(doc);
  const hasScholarlyTags = tags.title !== undefined || jsonLd !== null || arxivPage !== null;
  const latexml = hasScholarlyTags ? null : readLatexmlPage(doc);
  const header = hasScholarlyTags || latexml ? null : readVisibleHeader(doc, documentTitle);
  const social: FoundFields = { title: meta.first('og:title', 'twitter:title') };
  const sources = [tags, jsonLd, arxivPage, latexml, social, header].filter(
    (s): s is FoundFields => s !== null,
  );

  const pick = <K extends keyof FoundFields>(key: K): FoundFields[K] | undefined => {
    for (const source of sources) {
      const value = source[key];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      if (typeof value === 'string' && (value.trim() === '' || isTemplatePlaceholder(value))) {
        if (value.trim() !== '') note(unreadable, `${key} (template placeholder)`);
        continue;
      }
      return value;
    }
    return undefined;
  };

  const title = capped(
    pick('title') ?? usableDocumentTitle(documentTitle),
    LIMITS.title,
    'title',
    unreadable,
  );
  const authors = readAuthors(pick('authors') ?? [], unreadable);
  // The page's visible text, read at most once and only by the fallbacks that need it.
  let bodyText: string | undefined;
  const readBodyText = () => (bodyText ??= doc.body ? visibleText(doc.body, LIMITS.bodyText) : '');
  const taggedDate = pick('date') ?? meta.first('citation_online_date', 'article:published_time');
  const date = taggedDate ? parsePageDate(taggedDate) : findLabelledDate(readBodyText());
  const canonicalUrl = httpUrl(
    (doc.head ?? doc).querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      meta.first('og:url'),
    url,
  );
  const arxiv = readArxivId(sources, meta, canonicalUrl, url);
  const doi = readDoi(
    sources,
    meta,
    canonicalUrl,
    hasScholarlyTags ? null : readBodyText,
    unreadable,
  );
  const arxivId = arxiv ?? (doi?.arxiv ? parseArxivId(doi.arxiv) : null);

  const listing = isListingUrl(url) && meta.get('citation_title').length === 0;
  const manyPapers = new Set(meta.get('citation_title')).size > 1;
  // Highwire-style tags name one paper by convention; Dublin Core is on many non-paper pages too,
  // so it counts only with an author or a DOI beside it.
  const highwire =
    meta.first('citation_title', 'bepress_citation_title', 'eprints.title') !== undefined;
  const strong =
    latexml !== null ||
    jsonLd !== null ||
    arxivPage !== null ||
    highwire ||
    (tags.title !== undefined && (authors.length > 0 || doi?.doi !== undefined));
  const weak = header !== null && authors.length > 0 && (doi?.doi !== undefined || date !== null);
  // Only pages without tags of their own pay for this scan of their links.
  const manyLinked = !strong && linksToManyPapers(doc, arxivIdOfLink);
  const isPaper =
    title !== undefined &&
    !listing &&
    !manyPapers &&
    !manyLinked &&
    (strong || weak || arxivId !== null || doi?.doi !== undefined);

  const result: PageMetadata = { isPaper, authors, unreadable: [] };
  if (title !== undefined) result.title = title;
  if (date) {
    result.date = date.iso;
    result.year = date.year;
  }
  if (doi?.doi) result.doi = doi.doi;
  if (arxivId) {
    result.arxivId = arxivId.id;
    const version = (pick('version') ?? arxivId.version)?.trim();
    if (version && /^v\d{1,4}$/.test(version)) result.version = version;
  }
  const abstract = capped(pick('abstract'), LIMITS.abstract, 'abstract', unreadable);
  if (abstract) result.abstract = abstract;
  const venue = capped(pick('venue'), LIMITS.venue, 'venue', unreadable);
  if (venue) result.venue = venue;
  const pdfUrl = httpUrl(pick('pdfUrl'), url);
  if (pdfUrl) result.pdfUrl = pdfUrl;
  if (canonicalUrl) result.canonicalUrl = canonicalUrl;
  const subjects = (pick('subjects') ?? [])
    .slice(0, LIMITS.subjects)
    .map((s) => cleanText(s, LIMITS.subject).text)
    .filter((s) => s !== '');
  if (subjects.length > 0) result.subjects = subjects;
  const comments = capped(pick('comments'), LIMITS.comments, 'comments', unreadable);
  if (comments) result.comments = comments;
  const versions = (pick('versions') ?? []).slice(0, LIMITS.versions).map((v) => {
    const when = v.date ? parsePageDate(v.date) : null;
    return when ? { version: v.version, date: when.iso } : { version: v.version };
  });
  if (versions.length > 0) result.versions = versions;
  result.unreadable = [...new Set(unreadable)].slice(0, LIMITS.unreadable);
  return result;
}

function note(unreadable: string[], what: string): void {
  if (unreadable.length < LIMITS.unreadable * 2) unreadable.push(what);
}

/** Cleaned and capped text, noting a cut; undefined for empty text. */
function capped(
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

/** The <title> is a last resort: it often carries the site name, and some sites use it for nothing. */
function usableDocumentTitle(title: string): string | undefined {
  return title.length >= 3 && !isTemplatePlaceholder(title) ? title : undefined;
}

function fromMetaTags(meta: MetaTags): FoundFields {
  // bepress (Digital Commons) and EPrints repositories use their own prefixes for the same fields.
  const authors = firstNonEmpty(meta, 'citation_author', 'bepress_citation_author');
  const plural = meta.first('citation_authors');
  return {
    title: meta.first(
      'citation_title',
      'bepress_citation_title',
      'dc.title',
      'dcterms.title',
      'prism.title',
      'eprints.title',
    ),
    authors:
      authors.length > 0
        ? [...authors]
        : plural
          ? plural.split(';')
          : [
              ...firstNonEmpty(
                meta,
                'dc.creator',
                'dcterms.creator',
                'dc.contributor',
                'dcterms.contributor',
                'eprints.creators_name',
              ),
            ],
    date: meta.first(
      'citation_publication_date',
      'citation_date',
      'citation_cover_date',
      'bepress_citation_date',
      'dc.date.issued',
      'dcterms.issued',
      'dc.date',
      'dcterms.date',
      'prism.publicationdate',
      'prism.coverdate',
      'eprints.date',
      'datepublished',
    ),
    abstract: meta.first(
      'citation_abstract',
      'dcterms.abstract',
      'dc.description',
      'dcterms.description',
    ),
    venue: meta.first(
      'citation_journal_title',
      'citation_conference_title',
      'citation_inbook_title',
      'bepress_citation_journal_title',
      'prism.publicationname',
      'eprints.publication',
    ),
    pdfUrl: meta.first('citation_pdf_url', 'bepress_citation_pdf_url'),
  };
}

function firstNonEmpty(meta: MetaTags, ...names: string[]): readonly string[] {
  for (const name of names) {
    const values = meta.get(name);
    if (values.length > 0) return values;
  }
  return [];
}

function readAuthors(raw: readonly string[], unreadable: string[]): Author[] {
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
function httpUrl(raw: string | undefined | null, base: string): string | undefined {
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

function readArxivId(
  sources: FoundFields[],
  meta: MetaTags,
  canonicalUrl: string | undefined,
  url: string,
): ArxivId | null {
  const candidates = [
    ...sources.map((s) => s.arxivId),
    meta.first('citation_arxiv_id'),
    ...meta.get('dc.identifier').filter((v) => /arxiv/i.test(v)),
  ];
  let found: ArxivId | null = null;
  for (const candidate of candidates) {
    if (!candidate) continue;
    found = parseArxivId(candidate) ?? findArxivIdInText(candidate);
    if (found) break;
  }
  // A URL of the paper itself (arxiv.org/abs|pdf|html, mirrors) may carry the version the page does not print.
  for (const link of [canonicalUrl, meta.first('og:url'), url]) {
    const identity = link ? identifyUrl(link) : null;
    if (identity?.kind !== 'arxiv') continue;
    const fromLink: ArxivId = identity.version
      ? { id: identity.id, version: identity.version }
      : { id: identity.id };
    if (!found) return fromLink;
    if (fromLink.id === found.id && !found.version && fromLink.version) return fromLink;
  }
  return found;
}

/** The arXiv id an "/abs/ID" link points to (relative links too: saved pages keep them), or null. */
function arxivIdOfLink(href: string): string | null {
  const tail = /\/abs\/([^?#]{1,80})/.exec(href)?.[1];
  return tail ? (parseArxivId(tail.replace(/\/$/, ''))?.id ?? null) : null;
}

interface DoiResult {
  doi?: string;
  /** The arXiv id inside an arXiv DataCite DOI. */
  arxiv?: string;
}

function classify(doi: string): DoiResult {
  if (foldWhitespace(doi) !== doi) return {}; // an invisible character decoded from a link
  const m = ARXIV_DOI.exec(doi);
  return m ? { arxiv: m[1] } : { doi };
}

function readDoi(
  sources: FoundFields[],
  meta: MetaTags,
  canonicalUrl: string | undefined,
  /** Given only for pages without tags, where a DOI printed in the text may be the page's own. */
  bodyText: (() => string) | null,
  unreadable: string[],
): DoiResult | undefined {
  const tagged = [
    ...meta.get('citation_doi'),
    ...meta.get('prism.doi'),
    ...meta.get('bepress_citation_doi'),
    ...meta.get('eprints.id_number'),
    ...meta.get('dc.identifier'),
    ...meta.get('dcterms.identifier'),
    ...sources.map((s) => s.doi),
  ];
  let arxiv: DoiResult | undefined;
  for (const candidate of tagged) {
    if (!candidate) continue;
    const doi =
      normaliseDoi(candidate) ?? (candidate.length < 1_000 ? findDoiInText(candidate) : null);
    if (!doi) continue;
    const result = classify(doi);
    if (result.doi) return result;
    arxiv ??= result;
  }
  if (meta.get('citation_doi').length > 0) note(unreadable, 'doi (citation_doi is not a DOI)');
  const fromUrl = canonicalUrl ? identifyUrl(canonicalUrl) : null;
  if (fromUrl?.kind === 'doi') return classify(fromUrl.id);
  if (bodyText) {
    // No tags at all: a DOI printed on the page counts only when it is the page's only one.
    const sole = soleDoiIn(foldWhitespace(bodyText()));
    if (sole) return classify(sole);
  }
  return arxiv;
}
