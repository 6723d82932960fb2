/**
 * The readers a page's metadata comes from, in the order the merge trusts them (after Zotero's
 * Embedded Metadata translator): tags a publisher writes for indexers first, then structured data,
 * then what the page shows. The merge takes each field from the first source that has it and
 * records which one did, so a regression can be traced to its reader.
 */
import type { FoundFields } from './found-fields';

export const SOURCE_ORDER = [
  /** Highwire Press citation_* (and bepress_citation_*, eprints.*): Google Scholar's tags. */
  'highwire',
  /** Dublin Core: DC.*, dc.*, dcterms.* */
  'dublin-core',
  /** PRISM: prism.* */
  'prism',
  /** schema.org in JSON-LD: ScholarlyArticle and its kin. */
  'json-ld',
  /** schema.org in microdata (itemscope/itemprop). */
  'microdata',
  /** COinS: OpenURL ContextObjects in span.Z3988. */
  'coins',
  /** arXiv's abstract-page body. */
  'arxiv-page',
  /** LaTeXML full text (arXiv HTML, ar5iv). */
  'latexml',
  /** Open Graph and article:* tags: a title and a date, never evidence of a paper. */
  'open-graph',
  /** The visible header of a page without tags: title, byline, date, a DOI printed under it. */
  'visible-header',
  /** Visible author markup: given-name/surname parts in the page body. */
  'name-parts',
  /** Embedded JSON state (<script type="application/json">): an author list, for authors only. */
  'json-state',
  /** Links that name the paper: rel=canonical, rel=cite-as, og:url. */
  'link',
  /** The page's visible text: a labelled date line, a DOI printed once. */
  'visible-text',
  /** The <title> element. */
  'document-title',
  /** Derived from another field (arXiv's DataCite DOI from the arXiv id). */
  'derived',
] as const;

export type SourceName = (typeof SOURCE_ORDER)[number];

export interface Source {
  name: SourceName;
  fields: FoundFields;
}

/** Which source supplied each field of the result. */
export type Provenance = Partial<
  Record<'title' | 'authors' | 'date' | 'doi' | 'arxivId' | 'abstract' | 'venue', SourceName>
>;
