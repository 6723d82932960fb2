/**
 * What a page says about the paper it shows, read by one small reader per way publishers state
 * it (see sources.ts for the readers and their order of trust) and merged per field, recording
 * which reader supplied each. Pure over the standard DOM (a browser document or happy-dom). Never
 * throws: a page is hostile input, so every field is cleaned and capped and whatever was dropped
 * is named in `unreadable`.
 */
import type { ArxivId } from '../identity/arxiv';
import { normaliseDoi } from '../identity/doi';
import { readArxivAbsPage } from './arxiv-abs-page';
import { cleanText, foldWhitespace, isTemplatePlaceholder } from './clean-text';
import { coinsNamesArticle, readCoins } from './coins';
import { parsePageDate, type PageDate } from './dates';
import { readDublinCoreTags } from './dublin-core-tags';
import type { FoundFields } from './found-fields';
import { readHighwireTags } from './highwire-tags';
import {
  arxivDoi,
  arxivIdOfDoi,
  arxivIdOfLink,
  chooseArxivId,
  chooseDoi,
  doiOfLink,
  type Chosen,
  type Offer,
} from './identifiers';
import { readJsonLd } from './json-ld';
import { readJsonStateAuthors } from './json-state';
import { findLabelledDate } from './labelled-date';
import { labelledDoiBeforeReferences } from './labelled-doi';
import { readLatexmlPage } from './latexml-page';
import { LIMITS } from './limits';
import { readMetaTags } from './meta-tags';
import { readMicrodata } from './microdata';
import { readNameParts } from './name-parts';
import { declaresOgArticle, readOpenGraphTags } from './open-graph-tags';
import { isChallengePage, isListingUrl, linksToManyPapers } from './page-kind';
import type { PageMetadata } from './page-metadata';
import { isPaperByEvidence } from './paper-evidence';
import { readPrismTags } from './prism-tags';
import { assemble, capped, httpUrl, note, readAuthors } from './result-fields';
import { soleDoiIn } from './sole-doi';
import type { Provenance, Source, SourceName } from './sources';
import { readVisibleHeader } from './visible-header';
import { visibleText } from './visible-text';

export interface PageReading {
  metadata: PageMetadata;
  /** Which reader supplied each field. */
  provenance: Provenance;
}

export function extractPageMetadata(doc: Document, url: string): PageMetadata {
  return readPageMetadata(doc, url).metadata;
}

export function readPageMetadata(doc: Document, url: string): PageReading {
  const unreadable: string[] = [];
  try {
    return extract(doc, String(url), unreadable);
  } catch {
    return {
      metadata: {
        isPaper: false,
        authors: [],
        unreadable: [...unreadable, 'page'].slice(0, LIMITS.unreadable),
      },
      provenance: {},
    };
  }
}

function extract(doc: Document, url: string, unreadable: string[]): PageReading {
  // The <title>'s full text: some parsers give it child elements where browsers keep raw text.
  const documentTitle = cleanText(doc.querySelector('title')?.textContent ?? '', LIMITS.title).text;
  if (isChallengePage(doc, documentTitle)) {
    return {
      metadata: {
        isPaper: false,
        authors: [],
        unreadable: ['page (bot challenge, not the paper)'],
      },
      provenance: {},
    };
  }
  const meta = readMetaTags(doc, unreadable);
  const highwire = readHighwireTags(meta);
  const dublinCore = readDublinCoreTags(meta);
  const prism = readPrismTags(meta);
  const jsonLd = readJsonLd(doc, unreadable);
  const arxivPage = readArxivAbsPage(doc);
  const taggedTitle = highwire?.title ?? dublinCore?.title ?? prism?.title;
  // Microdata and COinS live in the body: a page whose Highwire tags or scholarly JSON-LD already
  // say everything does not pay for scanning it.
  const described = highwire?.title !== undefined || jsonLd.article?.scholarly === true;
  const microdata = described ? null : readMicrodata(doc);
  const coins = described ? null : readCoins(doc);
  const scholarlyData = jsonLd.article?.scholarly === true || microdata !== null;
  const hasScholarlyTags = taggedTitle !== undefined || scholarlyData || arxivPage !== null;
  const latexml = hasScholarlyTags ? null : readLatexmlPage(doc);
  const header = hasScholarlyTags || latexml ? null : readVisibleHeader(doc, documentTitle);
  const found: [SourceName, FoundFields | null | undefined][] = [
    ['highwire', highwire],
    ['dublin-core', dublinCore],
    ['prism', prism],
    ['json-ld', jsonLd.article?.fields],
    ['microdata', microdata],
    ['coins', coins],
    ['arxiv-page', arxivPage],
    ['latexml', latexml],
    ['open-graph', readOpenGraphTags(meta)],
    ['visible-header', header],
  ];
  const sources: Source[] = found.flatMap(([name, fields]) => (fields ? [{ name, fields }] : []));
  const provenance: Provenance = {};

  const offers = (key: 'doi' | 'arxivId' | 'date'): Offer[] =>
    sources.map((s) => ({ source: s.name, value: s.fields[key] }));
  const pick = <K extends keyof FoundFields>(
    key: K,
  ): Chosen<NonNullable<FoundFields[K]>> | null => {
    for (const source of sources) {
      const value = source.fields[key];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      if (typeof value === 'string' && (value.trim() === '' || isTemplatePlaceholder(value))) {
        if (value.trim() !== '') note(unreadable, `${key} (template placeholder)`);
        continue;
      }
      return { value: value as NonNullable<FoundFields[K]>, source: source.name };
    }
    return null;
  };
  const record = <T>(field: keyof Provenance, chosen: Chosen<T> | null): T | undefined => {
    if (!chosen) return undefined;
    provenance[field] = chosen.source;
    return chosen.value;
  };

  const pickedTitle = pick('title');
  const fallbackTitle = usableDocumentTitle(documentTitle);
  const title = capped(
    record(
      'title',
      pickedTitle ?? (fallbackTitle ? { value: fallbackTitle, source: 'document-title' } : null),
    ),
    LIMITS.title,
    'title',
    unreadable,
  );
  if (title === undefined) delete provenance.title;

  // The page's visible text, read at most once and only by the fallbacks that need it.
  let bodyText: string | undefined;
  const readBodyText = () => (bodyText ??= doc.body ? visibleText(doc.body, LIMITS.bodyText) : '');

  const canonicalUrl = httpUrl(
    (doc.head ?? doc).querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      meta.first('og:url'),
    url,
  );
  const citeAs = httpUrl(
    (doc.head ?? doc).querySelector('link[rel~="cite-as"]')?.getAttribute('href'),
    url,
  );
  const linkDoi = chooseDoi([
    { source: 'link', value: doiOfLink(citeAs) },
    { source: 'link', value: doiOfLink(canonicalUrl) },
  ]);
  let doi = chooseDoi(offers('doi'));
  if (doi === null || (arxivIdOfDoi(doi.value) && linkDoi && !arxivIdOfDoi(linkDoi.value))) {
    doi = linkDoi ?? doi;
  }
  if (!doi && !hasScholarlyTags) {
    // No tags at all: a DOI printed on the page counts when it is the only one, or the one labelled
    // as a DOI above the references.
    const text = readBodyText();
    const printed = soleDoiIn(foldWhitespace(text)) ?? labelledDoiBeforeReferences(text);
    if (printed) doi = chooseDoi([{ source: 'visible-text', value: printed }]);
  }
  const citationDois = meta
    .get('citation_doi')
    .map((value): Offer => ({ source: 'highwire', value }));
  if (citationDois.length > 0 && chooseDoi(citationDois) === null) {
    note(unreadable, 'doi (citation_doi is not a DOI)');
  }
  let arxiv = chooseArxivId(offers('arxivId'), [canonicalUrl, meta.first('og:url'), url]);
  // An arXiv DataCite DOI names the arXiv paper, even beside the journal DOI that was chosen.
  arxiv ??= arxivIdInDois(
    doi ? [{ source: doi.source, value: doi.value }, ...offers('doi')] : offers('doi'),
  );
  // arXiv registers a DataCite DOI for every paper: its abstract page names the paper by it.
  if (!doi && arxiv && arxivPage) doi = { value: arxivDoi(arxiv.value.id), source: 'derived' };

  const authors = readAuthors(record('authors', pick('authors')) ?? [], unreadable);
  const date = chooseDate(offers('date'), readBodyText);
  if (date) provenance.date = date.source;

  const isPaper = isPaperByEvidence({
    hasTitle: title !== undefined,
    highwire: meta.first('citation_title', 'bepress_citation_title', 'eprints.title') !== undefined,
    scholarlyStructuredData: scholarlyData,
    arxivOrLatexml: arxivPage !== null || latexml !== null,
    coinsArticle: coinsNamesArticle(coins),
    doiLink: linkDoi !== null,
    taggedTitleWithAuthorsOrDoi:
      (dublinCore?.title ?? prism?.title) !== undefined && (authors.length > 0 || doi !== null),
    weak:
      (header !== null && authors.length > 0 && (doi !== null || date !== null)) ||
      arxiv !== null ||
      doi !== null,
    story: jsonLd.story,
    ogArticle: declaresOgArticle(meta),
    listingUrl: isListingUrl(url) && meta.get('citation_title').length === 0,
    severalPapersTagged: new Set(meta.get('citation_title')).size > 1,
    linksToManyPapers: () => linksToManyPapers(doc, arxivIdOfLink),
  });

  let finalAuthors = authors;
  if (isPaper && authors.length === 0) {
    // The last resorts, paid for only by a paper page that named no author anywhere else.
    finalAuthors = readAuthors(readNameParts(doc), unreadable);
    if (finalAuthors.length > 0) provenance.authors = 'name-parts';
    else {
      finalAuthors = readAuthors(readJsonStateAuthors(doc), unreadable);
      if (finalAuthors.length > 0) provenance.authors = 'json-state';
    }
  }
  if (doi) provenance.doi = doi.source;
  if (arxiv) provenance.arxivId = arxiv.source;
  const metadata = assemble({
    isPaper,
    title,
    authors: finalAuthors,
    date: date?.date ?? null,
    doi: doi?.value,
    arxiv: arxiv?.value ?? null,
    version: pick('version')?.value,
    pick: (key) => pick(key)?.value,
    canonicalUrl,
    url,
    unreadable,
  });
  return { metadata, provenance };
}

function arxivIdInDois(offers: Offer[]): Chosen<ArxivId> | null {
  for (const { source, value } of offers) {
    const normalised = value ? normaliseDoi(value) : null;
    const id = normalised ? arxivIdOfDoi(normalised) : null;
    if (id) return { value: id, source };
  }
  return null;
}

/** The first date a source offers that reads as a date, else a labelled date line in the text. */
function chooseDate(
  offers: Offer[],
  bodyText: () => string,
): { date: PageDate; source: SourceName } | null {
  for (const { source, value } of offers) {
    const date = value ? parsePageDate(value) : null;
    if (date) return { date, source };
  }
  const labelled = findLabelledDate(bodyText());
  return labelled ? { date: labelled, source: 'visible-text' } : null;
}

/** The <title> is a last resort: it often carries the site name, and some sites use it for nothing. */
function usableDocumentTitle(title: string): string | undefined {
  return title.length >= 3 && !isTemplatePlaceholder(title) ? title : undefined;
}
